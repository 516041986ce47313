// Lease, outbox and roster repositories on both stores (embedded SQLite and Cosmos DB).
import { LeaseRepository } from '../../src/storage/repositories/leaseRepository';
import { OutboxRepository } from '../../src/storage/repositories/outboxRepository';
import { RosterRepository } from '../../src/storage/repositories/rosterRepository';
import { parseRosterCsv } from '../../src/domain/roster/roster';
import type { DocumentStore } from '../../src/storage/documentStore';
import { StoredIdeaSource } from '../../src/storage/queries/reminderFacts';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

afterAll(() => stopSharedCosmosServer());

const T0 = new Date('2026-11-30T08:30:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe.each(STORE_KINDS)('reminder storage (%s)', (kind) => {
  let store: DocumentStore;
  beforeAll(async () => {
    store = await freshStore(kind);
    await store.init();
  });
  afterAll(() => store.close());

  it('lease: one holder at a time, taken over only after expiry, released by its owner', async () => {
    const leases = new LeaseRepository(store);
    const results = await Promise.all(['a', 'b', 'c', 'd'].map((owner) => leases.acquire('job', owner, 60_000, T0)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const holder = ['a', 'b', 'c', 'd'][results.indexOf(true)]!;
    const other = holder === 'a' ? 'b' : 'a';
    expect(await leases.acquire('job', other, 60_000, later(30_000))).toBe(false);
    expect(await leases.renew('job', holder, 60_000, later(30_000))).toBe(true);
    expect(await leases.acquire('job', other, 60_000, later(80_000))).toBe(false);
    expect(await leases.acquire('job', other, 60_000, later(91_000))).toBe(true);
    await leases.release('job', holder); // not the owner any more: no effect
    expect((await leases.get('job'))?.owner).toBe(other);
    await leases.release('job', other);
    expect(await leases.get('job')).toBeUndefined();
  });

  it('outbox: a key is claimed once however many try; the outcome is recorded', async () => {
    const outbox = new OutboxRepository(store, () => T0);
    const record = { key: 'nudge:kari@k.no:2026-W49', kind: 'nudge', period: '2026-W49', recipientKey: 'kari@k.no', recipientName: 'Kari', runId: 'r1' };
    const claims = await Promise.all(Array.from({ length: 5 }, () => outbox.claim(record)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await outbox.finish(record.key, { status: 'sent', attempts: 2 });
    expect(await outbox.get(record.key)).toMatchObject({ status: 'sent', attempts: 2, sentAt: T0.toISOString() });
    expect((await outbox.byPeriod('2026-W49')).map((r) => r.key)).toEqual([record.key]);
  });

  it('ideas: unanswered (status new) ideas are grouped by unit for the ideas rule', async () => {
    const ideas = store.collection<{ id: string; unit?: string; status: string; createdAt: string }>('ideas');
    await ideas.upsert({ id: 'idea-1', unit: 'Enhet', status: 'new', createdAt: '2026-11-02T10:00:00Z' });
    await ideas.upsert({ id: 'idea-2', unit: 'Enhet', status: 'reviewing', createdAt: '2026-11-02T10:00:00Z' });
    await ideas.upsert({ id: 'idea-3', status: 'new', createdAt: '2026-11-02T10:00:00Z' });
    const byUnit = await new StoredIdeaSource(store).unansweredByUnit();
    expect([...byUnit]).toEqual([['Enhet', [{ id: 'idea-1', createdAt: '2026-11-02T10:00:00Z' }]]]);
  });

  it('roster: import reports added / changed / unchanged / rejected, and re-import is idempotent', async () => {
    const roster = new RosterRepository(store, () => T0);
    const csv = 'name;email;aadObjectId;unit;sector;sectorHeadEmail\nKari;kari@k.no;;Enhet;Sektor;\nPer;per@k.no;;Enhet;Sektor;\nUgyldig;;;;;\n';
    const parsed = parseRosterCsv(csv);
    const first = await roster.import(parsed.rows, parsed.rejected);
    expect(first).toMatchObject({ added: ['kari@k.no', 'per@k.no'], changed: [], unchanged: [], rejected: [{ line: 4 }] });
    await roster.snooze('kari@k.no', later(7 * 86_400_000));
    expect(await roster.import(parsed.rows)).toMatchObject({ added: [], changed: [], unchanged: ['kari@k.no', 'per@k.no'] });
    const changed = parseRosterCsv(csv.replace('Per;per@k.no;;Enhet', 'Per;per@k.no;;Ny enhet').replace('Kari;kari@k.no;;Enhet', 'Kari;kari@k.no;;Annen'));
    expect(await roster.import(changed.rows)).toMatchObject({ changed: ['kari@k.no', 'per@k.no'] });
    expect(await roster.get('KARI@k.no')).toMatchObject({ unit: 'Annen', snoozedUntil: later(7 * 86_400_000).toISOString() });
    expect(await roster.matchIdentity('kari@k.no', 'AAD-1')).toMatchObject({ matchedAadObjectId: 'aad-1' });
    expect((await roster.findByAadObjectId('aad-1'))?.id).toBe('kari@k.no');
  });
});
