// The announcement fan-out through the exactly-once outbox, with a fake messenger: 500 roster
// leaders, some who never opened the bot, some who blocked it, a few failures; the run is
// stopped halfway and started again. Every reachable leader gets exactly one message and the
// report names those who could not be reached. The concurrency cases run on both stores.
import { deliveryKey } from '../../src/domain/announcements/announcement';
import type { RosterEntry } from '../../src/domain/roster/roster';
import { AnnouncementFanOut } from '../../src/announcements/announcementFanOut';
import type { AnnouncementMessenger, AnnouncementRecipientRef, DeliveryOutcome } from '../../src/announcements/announcementMessenger';
import type { DocumentStore } from '../../src/storage/documentStore';
import { AnnouncementRepository } from '../../src/storage/repositories/announcementRepository';
import { ConversationRepository } from '../../src/storage/repositories/conversationRepository';
import { OutboxRepository } from '../../src/storage/repositories/outboxRepository';
import { RosterRepository } from '../../src/storage/repositories/rosterRepository';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

afterAll(async () => {
  await stopSharedCosmosServer();
});

const NOW = new Date('2026-03-02T10:00:00Z');
/** 500 on the embedded store; fewer on the Cosmos emulator, which is slow to seed (same semantics). */
const LEADERS_BY_STORE = { embedded: 500, cosmos: 150 } as const;
const aadOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** Never opened the bot: every 10th leader (50). */
const neverOpened = (n: number) => n % 10 === 0;
/** Blocked the app: the send is refused (403). */
const blocked = (n: number) => n % 37 === 1;
/** A server error after all retries. */
const fails = (n: number) => n % 101 === 5;

class FakeMessenger implements AnnouncementMessenger {
  readonly sends = new Map<string, number>();
  onSend?: (count: number) => void;
  async send(r: AnnouncementRecipientRef): Promise<DeliveryOutcome> {
    this.sends.set(r.key, (this.sends.get(r.key) ?? 0) + 1);
    const total = [...this.sends.values()].reduce((a, b) => a + b, 0);
    this.onSend?.(total);
    await new Promise((res) => setImmediate(res));
    const n = Number(r.key.match(/\d+/)![0]);
    if (blocked(n)) return { status: 'unreachable', attempts: 1, error: '403' };
    if (fails(n)) return { status: 'failed', attempts: 5, error: '502' };
    return { status: 'sent', attempts: 1 };
  }
}

async function seed(store: DocumentStore, leaders: number): Promise<void> {
  const roster = new RosterRepository(store, () => NOW);
  const conversations = new ConversationRepository(store, () => NOW);
  const seedOne = async (n: number) => {
    const entry: RosterEntry = { id: `leder${n}@kommune.no`, name: `Leder ${n}`, email: `leder${n}@kommune.no`, aadObjectId: aadOf(n), unit: `Enhet ${n}`, sector: n % 2 ? 'Oppvekst skole' : 'Helse og sosial', importedAt: NOW.toISOString(), updatedAt: NOW.toISOString() };
    await roster.upsert(entry);
    if (!neverOpened(n)) await conversations.remember({ scope: 'personal', conversationId: `a:chat-${n}`, aadObjectId: aadOf(n), reference: { conversation: { id: `a:chat-${n}` } } });
  };
  for (let n = 1; n <= leaders; n += 50) await Promise.all(Array.from({ length: 50 }, (_, i) => seedOne(n + i)));
  await new AnnouncementRepository(store, () => NOW).createIfAbsent({
    id: 'ann-1',
    title: 'Takk for innsatsen',
    text: 'Dere gjør en flott jobb.',
    link: { url: 'https://kommune.no/innovasjon' },
    audience: { kind: 'all_leaders' },
    createdBy: { aadObjectId: 'admin-aad', name: 'Kommunaldirektøren' },
    createdAt: NOW.toISOString(),
  });
}

describe.each(STORE_KINDS)('announcement fan-out on %s store', (kind) => {
  let store: DocumentStore;
  /** Cases without concurrency run on the embedded store only (keeps the suite fast). */
  const itEmbedded = kind === 'embedded' ? it : it.skip;
  const LEADERS = LEADERS_BY_STORE[kind];
  beforeEach(async () => {
    store = await freshStore(kind);
    await store.init();
    await seed(store, LEADERS);
  });
  afterEach(async () => {
    await store.close();
  });

  const expected = () => {
    const ns = Array.from({ length: LEADERS }, (_, i) => i + 1);
    const reachable = ns.filter((n) => !neverOpened(n));
    return {
      reachable,
      sent: reachable.filter((n) => !blocked(n) && !fails(n)).length,
      unreachable: ns.filter((n) => neverOpened(n) || blocked(n)).map((n) => `Leder ${n}`).sort(),
      failed: reachable.filter((n) => !blocked(n) && fails(n)).map((n) => `Leder ${n}`).sort(),
    };
  };

  it('stopped halfway and started again: each reachable leader exactly once, and the right report', async () => {
    const messenger = new FakeMessenger();
    const stop = new AbortController();
    messenger.onSend = (count) => {
      if (count === Math.floor(expected().reachable.length / 2)) stop.abort();
    };
    const first = await new AnnouncementFanOut(store, messenger, { now: () => NOW, reportEvery: 50 }).run('ann-1', stop.signal);
    expect(first.state).toBe('stopped');
    const sentInFirst = [...messenger.sends.values()].reduce((a, b) => a + b, 0);
    expect(sentInFirst).toBeGreaterThanOrEqual(Math.floor(expected().reachable.length / 2));
    expect(sentInFirst).toBeLessThan(expected().reachable.length);
    const saved = await new AnnouncementRepository(store).get('ann-1');
    expect(saved?.report?.pending).toBeGreaterThan(0);

    messenger.onSend = undefined;
    const second = await new AnnouncementFanOut(store, messenger, { now: () => NOW }).run('ann-1');
    expect(second.state).toBe('finished');

    const want = expected();
    expect([...messenger.sends.keys()].sort()).toEqual(want.reachable.map((n) => `leder${n}@kommune.no`).sort());
    expect([...messenger.sends.values()].every((c) => c === 1)).toBe(true);
    if (second.state !== 'finished') throw new Error('not finished');
    expect(second.report).toMatchObject({ total: LEADERS, sent: want.sent, pending: 0, finished: true });
    expect(second.report.unreachable.map((u) => u.name).sort()).toEqual(want.unreachable);
    expect(second.report.unreachable.filter((u) => u.reason === 'no_chat')).toHaveLength(LEADERS / 10);
    expect(second.report.failed.map((f) => f.name).sort()).toEqual(want.failed);
    expect((await new AnnouncementRepository(store).get('ann-1'))?.finishedAt).toBe(NOW.toISOString());

    // A third run (a retried «Send») sends nothing.
    await new AnnouncementFanOut(store, messenger, { now: () => NOW }).run('ann-1');
    expect([...messenger.sends.values()].every((c) => c === 1)).toBe(true);
  });

  it('two runs at once: the lease lets one work, and no one gets two copies', async () => {
    const messenger = new FakeMessenger();
    const results = await Promise.all([1, 2].map(() => new AnnouncementFanOut(store, messenger, { now: () => NOW }).run('ann-1')));
    expect(results.map((r) => r.state).sort()).toEqual(['busy', 'finished']);
    expect([...messenger.sends.values()].every((c) => c === 1)).toBe(true);
  });

  it('two runs at once whose leases expired (a slow run): the outbox still lets one copy out per leader', async () => {
    const messenger = new FakeMessenger();
    const slowRun = () => new AnnouncementFanOut(store, messenger, { now: () => NOW, leaseMs: 0 }).run('ann-1');
    let second: ReturnType<typeof slowRun> | undefined;
    messenger.onSend = (count) => {
      if (count === 10) second = slowRun();
    };
    const first = await slowRun();
    expect(second).toBeDefined();
    expect([first.state, (await second!).state]).not.toContain('busy');
    expect(messenger.sends.size).toBe(expected().reachable.length);
    expect([...messenger.sends.values()].every((c) => c === 1)).toBe(true);
  });

  itEmbedded('a send left pending by a crashed run is reported failed, not sent again', async () => {
    const outbox = new OutboxRepository(store, () => new Date(NOW.getTime() - 3600_000));
    await outbox.claim({ key: deliveryKey('ann-1', 'leder3@kommune.no'), kind: 'announcement', period: 'announcement:ann-1', recipientKey: 'leder3@kommune.no', recipientName: 'Leder 3', runId: 'dead-run' });
    const messenger = new FakeMessenger();
    const result = await new AnnouncementFanOut(store, messenger, { now: () => NOW }).run('ann-1');
    expect(messenger.sends.has('leder3@kommune.no')).toBe(false);
    if (result.state !== 'finished') throw new Error(result.state);
    expect(result.report.failed.map((f) => f.name)).toContain('Leder 3');
  });

  itEmbedded('a sector audience takes only that kommunalområde', async () => {
    await new AnnouncementRepository(store, () => NOW).createIfAbsent({
      id: 'ann-2', title: 't', text: 'x', audience: { kind: 'sector', sector: 'Helse og sosial' }, createdBy: { aadObjectId: 'a', name: 'A' }, createdAt: NOW.toISOString(),
    });
    const messenger = new FakeMessenger();
    const result = await new AnnouncementFanOut(store, messenger, { now: () => NOW }).run('ann-2');
    if (result.state !== 'finished') throw new Error(result.state);
    expect(result.report.total).toBe(LEADERS / 2);
    expect([...messenger.sends.keys()].every((k) => Number(k.match(/\d+/)![0]) % 2 === 0)).toBe(true);
  });
});
