// InitiativeRepository and ReportRepository on both storage adapters.
import type { Initiative, InitiativeProposal, ProgressReport } from '../../src/domain/initiative/initiative';
import { newInitiative } from '../../src/domain/initiative/rules';
import type { DocumentStore } from '../../src/storage/documentStore';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { ReportRepository } from '../../src/storage/repositories/reportRepository';
import { OutboxRepository } from '../../src/storage/repositories/outboxRepository';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

afterAll(async () => {
  await stopSharedCosmosServer();
});

const proposal: InitiativeProposal = {
  title: 'Digitalt tilsyn',
  problem: 'p',
  goal: 'g',
  beneficiaries: ['users'],
  innovationTypes: ['service'],
  employeeInvolvement: ['testing'],
  employeesInvolved: 3,
  benefits: [{ type: 'efficiency', description: 'Spart tid' }],
  phase: 'insight',
  startDate: '2026-01-15',
  plannedInUseDate: '2026-06-01',
};

function makeInitiative(id: string, ownerId: string, unit: string, createdAt: string, over: Partial<Initiative> = {}): Initiative {
  return {
    ...newInitiative({ id, proposal, owner: { id: ownerId, name: ownerId, unit, sector: 'Helse' }, now: new Date(createdAt) }),
    ...over,
  };
}

function makeReport(id: string, initiativeId: string, reportedAt: string): ProgressReport {
  return {
    id,
    initiativeId,
    reportedById: 'u1',
    reportedByName: 'Kari',
    reportedAt,
    phaseBefore: 'insight',
    phase: 'pilot',
    status: 'active',
    progress: 'on_track',
    doneSinceLast: 'd',
    nextSteps: 'n',
    nextStepsDate: '2026-03-01',
    employeeInvolvement: 'e',
    helpNeeded: ['none'],
    measurements: [],
    spreadActions: [],
  };
}

describe.each(STORE_KINDS)('repositories on %s store', (kind) => {
  let store: DocumentStore;
  let initiatives: InitiativeRepository;
  let reports: ReportRepository;
  const NOW = new Date('2026-02-01T08:00:00Z');

  beforeEach(async () => {
    store = await freshStore(kind);
    await store.init();
    initiatives = new InitiativeRepository(store, () => NOW);
    reports = new ReportRepository(store);
  });

  afterEach(async () => {
    await store.close();
  });

  describe('InitiativeRepository', () => {
    it('creates once; a second create with the same id returns the stored one', async () => {
      const first = makeInitiative('ini-a', 'u1', 'Solsiden', '2026-01-01T10:00:00Z');
      expect(await initiatives.createIfAbsent(first)).toEqual({ initiative: first, created: true });
      const second = await initiatives.createIfAbsent({ ...first, title: 'Annen tittel' });
      expect(second.created).toBe(false);
      expect(second.initiative.title).toBe('Digitalt tilsyn');
      expect((await initiatives.get('ini-a'))?.value).toEqual(first);
    });

    it('creates exactly once under concurrent double submits', async () => {
      const i = makeInitiative('ini-race', 'u1', 'Solsiden', '2026-01-01T10:00:00Z');
      const results = await Promise.all([1, 2, 3, 4].map(() => initiatives.createIfAbsent(i)));
      expect(results.filter((r) => r.created)).toHaveLength(1);
    });

    it('get returns undefined when absent', async () => {
      expect(await initiatives.get('nope')).toBeUndefined();
    });

    it('update applies the change and stamps updatedAt', async () => {
      await initiatives.createIfAbsent(makeInitiative('ini-a', 'u1', 'Solsiden', '2026-01-01T10:00:00Z'));
      const updated = await initiatives.update('ini-a', (i) => ({ ...i, title: 'Ny tittel' }));
      expect(updated?.title).toBe('Ny tittel');
      expect(updated?.updatedAt).toBe(NOW.toISOString());
      expect((await initiatives.get('ini-a'))?.value.title).toBe('Ny tittel');
    });

    it('update writes nothing when change returns undefined, or the initiative is absent', async () => {
      const i = makeInitiative('ini-a', 'u1', 'Solsiden', '2026-01-01T10:00:00Z');
      await initiatives.createIfAbsent(i);
      expect(await initiatives.update('ini-a', () => undefined)).toEqual(i);
      const change = jest.fn((x: Initiative) => x);
      expect(await initiatives.update('missing', change)).toBeUndefined();
      expect(change).not.toHaveBeenCalled();
      expect(await initiatives.get('missing')).toBeUndefined();
    });

    it('concurrent updates lose nothing', async () => {
      await initiatives.createIfAbsent(makeInitiative('ini-a', 'u1', 'Solsiden', '2026-01-01T10:00:00Z'));
      await Promise.all(
        Array.from({ length: 8 }, (_, n) => initiatives.update('ini-a', (i) => ({ ...i, linkedIdeaIds: [...i.linkedIdeaIds, `idea-${n}`] }))),
      );
      expect((await initiatives.get('ini-a'))?.value.linkedIdeaIds).toHaveLength(8);
    });

    it('lists by owner (owner or co-owner), by unit and all, oldest first', async () => {
      await initiatives.createIfAbsent(makeInitiative('ini-3', 'u1', 'Solsiden', '2026-01-03T10:00:00Z'));
      await initiatives.createIfAbsent(makeInitiative('ini-1', 'u2', 'Solsiden', '2026-01-01T10:00:00Z', { coOwnerIds: ['u1'] }));
      await initiatives.createIfAbsent(makeInitiative('ini-2', 'u2', 'Skolen', '2026-01-02T10:00:00Z'));
      await initiatives.createIfAbsent(makeInitiative('ini-4', 'u1', 'Skolen', '2026-01-04T10:00:00Z', { coOwnerIds: ['u1'] }));
      const ids = (list: Initiative[]) => list.map((i) => i.id);
      expect(ids(await initiatives.listByOwner('u1'))).toEqual(['ini-1', 'ini-3', 'ini-4']);
      expect(ids(await initiatives.listByOwner('u2'))).toEqual(['ini-1', 'ini-2']);
      expect(ids(await initiatives.listByOwner('u9'))).toEqual([]);
      expect(ids(await initiatives.listByUnit('Solsiden'))).toEqual(['ini-1', 'ini-3']);
      expect(ids(await initiatives.listAll())).toEqual(['ini-1', 'ini-2', 'ini-3', 'ini-4']);
    });
  });

  describe('ReportRepository', () => {
    it('adds once; a duplicate id returns the stored report', async () => {
      const r = makeReport('rep-1', 'ini-a', '2026-02-01T10:00:00.000Z');
      expect(await reports.add(r)).toEqual({ report: r, created: true });
      const again = await reports.add({ ...r, doneSinceLast: 'changed' });
      expect(again).toEqual({ report: r, created: false });
      expect(await reports.get('ini-a', 'rep-1')).toEqual(r);
    });

    it('history is one initiative, oldest first', async () => {
      await reports.add(makeReport('rep-2', 'ini-a', '2026-03-01T10:00:00.000Z'));
      await reports.add(makeReport('rep-1', 'ini-a', '2026-02-01T10:00:00.000Z'));
      await reports.add(makeReport('rep-x', 'ini-b', '2026-02-15T10:00:00.000Z'));
      await reports.add(makeReport('rep-3', 'ini-a', '2026-04-01T10:00:00.000Z'));
      expect((await reports.history('ini-a')).map((r) => r.id)).toEqual(['rep-1', 'rep-2', 'rep-3']);
      expect((await reports.history('ini-b')).map((r) => r.id)).toEqual(['rep-x']);
      expect(await reports.history('ini-none')).toEqual([]);
    });
  });

  describe('OutboxRepository.claimSlot', () => {
    const record = { kind: 'owner_notice', period: '2026-02-01', recipientKey: 'owner', recipientName: 'Eier', runId: 'test' };
    const keys = ['scope:2026-02-01:1', 'scope:2026-02-01:2', 'scope:2026-02-01:3'];

    it('ten different messages racing for three slots: exactly three are claimed, each slot once', async () => {
      const outbox = new OutboxRepository(store, () => NOW);
      const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => outbox.claimSlot(keys, `save-${i}`, record)));
      const claimed = claims.flatMap((c) => (c.outcome === 'claimed' ? [c.key] : []));
      expect(claimed.sort()).toEqual(keys);
      expect(claims.filter((c) => c.outcome === 'full')).toHaveLength(7);
      expect((await outbox.all()).map((r) => r.holder).sort()).toHaveLength(3);
    });

    it('the same message again (a retry, or another instance) finds its own slot and takes no other', async () => {
      const outbox = new OutboxRepository(store, () => NOW);
      const first = await Promise.all([outbox.claimSlot(keys, 'save-a', record), outbox.claimSlot(keys, 'save-a', record)]);
      expect(first.map((c) => c.outcome).sort()).toEqual(['claimed', 'held']);
      expect(await outbox.claimSlot(keys, 'save-b', record)).toEqual({ outcome: 'claimed', key: keys[1] });
      expect(await outbox.claimSlot(keys, 'save-a', record)).toEqual({ outcome: 'held', key: keys[0] });
      expect(await outbox.all()).toHaveLength(2);
    });
  });
});
