// The one storage contract: every DocumentStore adapter (embedded SQLite, Cosmos DB) runs this
// suite, so the app can rely on the same semantics whichever store is configured.
import { DocumentBotStateStorage, stateDocumentId, type BotStateDoc } from '../../src/storage/botStateStorage';
import {
  ConflictError,
  StorageError,
  type BaseDoc,
  type Collection,
  type ConflictReason,
  type DocumentStore,
  type Query,
  type Versioned,
} from '../../src/storage/documentStore';

export interface StoreUnderTest {
  store: DocumentStore;
  cleanup: () => Promise<void>;
}

export interface ContractCapabilities {
  /**
   * The backend itself removes documents whose `ttl` (seconds) has passed in a TTL container.
   * True for the embedded store (it emulates Cosmos) and for real Cosmos DB; false for
   * @vercel/cosmosdb-server, which stores `ttl` and `defaultTtl` but never expires anything.
   */
  ttlExpiry: boolean;
}

interface Initiative extends BaseDoc {
  title: string;
  rank: number;
  sector?: string;
  score?: number | string;
  active?: boolean;
  tags?: string[];
  owner?: { name: string; unit?: string };
  closedAt?: string | null;
  label?: string;
  flags?: boolean[];
  ttl?: number;
}

interface Counter extends BaseDoc {
  n: number;
  log?: string[];
}

interface Report extends BaseDoc {
  initiativeId: string;
  text: string;
  period?: number;
}

interface Lease extends BaseDoc {
  owner: string;
  ttl?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function expectConflict(promise: Promise<unknown>, reason: ConflictReason): Promise<ConflictError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConflictError);
  expect((err as ConflictError).reason).toBe(reason);
  return err as ConflictError;
}

/** Read, increment, conditional replace; on an etag conflict read again and retry. Returns the attempts. */
async function incrementWithRetry(counters: Collection<Counter>, id: string): Promise<number> {
  for (let attempt = 1; attempt <= 1000; attempt++) {
    const current = await counters.read(id);
    if (!current) throw new Error(`counter ${id} vanished`);
    try {
      await counters.replace({ ...current.value, n: current.value.n + 1 }, current.etag);
      return attempt;
    } catch (err) {
      if (!(err instanceof ConflictError) || err.reason !== 'etag') throw err;
      await sleep(Math.random() * 5);
    }
  }
  throw new Error('gave up after 1000 conflicts');
}

const ids = <T extends BaseDoc>(rows: Versioned<T>[]) => rows.map((r) => r.value.id);
const sortedIds = <T extends BaseDoc>(rows: Versioned<T>[]) => ids(rows).sort();

const SEED: Initiative[] = [
  { id: 'i1', title: 'Alpha', rank: 3, sector: 'helse', score: 3, active: true, tags: ['ai', 'care'], owner: { name: 'Kari', unit: 'u1' }, closedAt: null },
  { id: 'i2', title: 'Bravo', rank: 7, sector: 'skole', score: 7, active: false, tags: ['care'], owner: { name: 'Ola', unit: 'u2' }, closedAt: '2024-05-01' },
  { id: 'i3', title: 'Charlie', rank: 5, sector: 'helse', score: 5, active: true, tags: [], owner: { name: 'Per', unit: 'u1' } },
  // score is the string '5': typed comparisons must not confuse it with the number 5.
  { id: 'i4', title: 'Delta', rank: 1, sector: 'teknisk', score: '5', tags: ['ai'], owner: { name: 'Anne', unit: 'u3' }, label: 'ai' },
  { id: 'i5', title: 'Echo', rank: 9, score: 9.5, active: false, tags: ['ai', 'x'], owner: { name: 'Bo' }, closedAt: '2025-01-01', flags: [true] },
];

export function describeDocumentStoreContract(
  name: string,
  makeStore: () => Promise<StoreUnderTest>,
  capabilities: ContractCapabilities = { ttlExpiry: true },
): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore;
    let cleanup: (() => Promise<void>) | undefined;

    beforeEach(async () => {
      ({ store, cleanup } = await makeStore());
    });

    afterEach(async () => {
      await cleanup?.();
      cleanup = undefined;
    });

    const initiatives = () => store.collection<Initiative>('initiatives');
    const counters = () => store.collection<Counter>('outbox');
    const reports = () => store.collection<Report>('reports');

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    describe('single documents', () => {
      it('reads an absent document as undefined', async () => {
        expect(await initiatives().read('nope')).toBeUndefined();
      });

      it('creates and reads back the same document and etag, without system properties', async () => {
        const doc: Initiative = { id: 'a1', title: 'Æ ø å', rank: 1, tags: ['x'], owner: { name: 'Kari' }, closedAt: null };
        const created = await initiatives().create(doc);
        expect(created.value).toEqual(doc);
        expect(typeof created.etag).toBe('string');
        expect(created.etag).not.toBe('');
        const read = await initiatives().read('a1');
        expect(read?.value).toEqual(doc);
        expect(read?.etag).toBe(created.etag);
      });

      it('rejects creating an id twice with ConflictError(exists) and keeps the first', async () => {
        await initiatives().create({ id: 'dup', title: 'first', rank: 1 });
        const err = await expectConflict(initiatives().create({ id: 'dup', title: 'second', rank: 2 }), 'exists');
        expect(err.id).toBe('dup');
        expect(err.container).toBe('initiatives');
        expect((await initiatives().read('dup'))?.value.title).toBe('first');
      });

      it('replaces with the current etag and returns a new etag', async () => {
        const created = await initiatives().create({ id: 'r', title: 'v1', rank: 1 });
        const replaced = await initiatives().replace({ id: 'r', title: 'v2', rank: 2 }, created.etag);
        expect(replaced.value).toEqual({ id: 'r', title: 'v2', rank: 2 });
        expect(replaced.etag).not.toBe(created.etag);
        const read = await initiatives().read('r');
        expect(read).toEqual({ value: { id: 'r', title: 'v2', rank: 2 }, etag: replaced.etag });
      });

      it('rejects a replace with a stale etag with ConflictError(etag) and leaves the document unchanged', async () => {
        const v1 = await initiatives().create({ id: 's', title: 'v1', rank: 1 });
        const v2 = await initiatives().replace({ id: 's', title: 'v2', rank: 2 }, v1.etag);
        await expectConflict(initiatives().replace({ id: 's', title: 'v3', rank: 3 }, v1.etag), 'etag');
        expect(await initiatives().read('s')).toEqual({ value: { id: 's', title: 'v2', rank: 2 }, etag: v2.etag });
      });

      it('rejects a replace of a missing document with ConflictError(missing)', async () => {
        const other = await initiatives().create({ id: 'other', title: 'x', rank: 1 });
        await expectConflict(initiatives().replace({ id: 'ghost', title: 'x', rank: 1 }, other.etag), 'missing');
        expect(await initiatives().read('ghost')).toBeUndefined();
      });

      it('upserts: creates when absent, overwrites unconditionally when present', async () => {
        const first = await initiatives().upsert({ id: 'u', title: 'one', rank: 1 });
        expect((await initiatives().read('u'))?.value).toEqual({ id: 'u', title: 'one', rank: 1 });
        const second = await initiatives().upsert({ id: 'u', title: 'two', rank: 2 });
        expect(second.etag).not.toBe(first.etag);
        expect(await initiatives().read('u')).toEqual({ value: { id: 'u', title: 'two', rank: 2 }, etag: second.etag });
        // The first etag is now stale.
        await expectConflict(initiatives().replace({ id: 'u', title: 'three', rank: 3 }, first.etag), 'etag');
      });

      it('deletes: absent is fine, a stale etag rejects, the current etag or none deletes', async () => {
        await expect(initiatives().delete('never-was')).resolves.toBeUndefined();
        await expect(initiatives().delete('never-was', undefined, '"some-etag"')).resolves.toBeUndefined();

        const v1 = await initiatives().create({ id: 'd', title: 'v1', rank: 1 });
        const v2 = await initiatives().replace({ id: 'd', title: 'v2', rank: 2 }, v1.etag);
        await expectConflict(initiatives().delete('d', undefined, v1.etag), 'etag');
        expect(await initiatives().read('d')).toBeDefined();
        await initiatives().delete('d', undefined, v2.etag);
        expect(await initiatives().read('d')).toBeUndefined();

        await initiatives().create({ id: 'd2', title: 'x', rank: 1 });
        await initiatives().delete('d2');
        expect(await initiatives().read('d2')).toBeUndefined();
        // The id is free again.
        await initiatives().create({ id: 'd2', title: 'again', rank: 1 });
        expect((await initiatives().read('d2'))?.value.title).toBe('again');
      });
    });

    describe('concurrency', () => {
      it('lets exactly one of two racing writers win; the loser re-reads and then succeeds', async () => {
        await counters().create({ id: 'race', n: 0, log: [] });
        const [a, b] = await Promise.all([counters().read('race'), counters().read('race')]);
        expect(a!.etag).toBe(b!.etag);
        const results = await Promise.allSettled([
          counters().replace({ id: 'race', n: 1, log: ['a'] }, a!.etag),
          counters().replace({ id: 'race', n: 1, log: ['b'] }, b!.etag),
        ]);
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
        expect((lost[0]!.reason as ConflictError).reason).toBe('etag');

        const loser = results[0]!.status === 'rejected' ? 'a' : 'b';
        const fresh = await counters().read('race');
        expect(fresh!.value.n).toBe(1);
        await counters().replace({ id: 'race', n: fresh!.value.n + 1, log: [...(fresh!.value.log ?? []), loser] }, fresh!.etag);
        const final = await counters().read('race');
        expect(final!.value.n).toBe(2);
        expect([...final!.value.log!].sort()).toEqual(['a', 'b']);
      });

      it('ends a 50-way concurrent increment loop (retry on conflict) at exactly 50', async () => {
        await counters().create({ id: 'counter', n: 0 });
        const attempts = await Promise.all(Array.from({ length: 50 }, () => incrementWithRetry(counters(), 'counter')));
        expect((await counters().read('counter'))!.value.n).toBe(50);
        // The writers really did collide (otherwise this test would prove nothing).
        expect(attempts.reduce((sum, a) => sum + a, 0)).toBeGreaterThan(50);
      });
    });

    describe('partitioned collection (reports by initiativeId)', () => {
      beforeEach(async () => {
        await reports().create({ id: 'r1', initiativeId: 'i1', text: 'first', period: 1 });
        await reports().create({ id: 'r2', initiativeId: 'i1', text: 'second', period: 2 });
        // The same id in another partition is another document.
        await reports().create({ id: 'r1', initiativeId: 'i2', text: 'other', period: 1 });
      });

      it('reads with an explicit partition key', async () => {
        expect((await reports().read('r1', 'i1'))?.value).toEqual({ id: 'r1', initiativeId: 'i1', text: 'first', period: 1 });
        expect((await reports().read('r1', 'i2'))?.value.text).toBe('other');
        expect(await reports().read('r2', 'i2')).toBeUndefined();
        // Without a partition key the id is used as the partition key.
        expect(await reports().read('r2')).toBeUndefined();
      });

      it('queries one partition, or all of them', async () => {
        const one = await reports().query({ partitionKey: 'i1', orderBy: { field: 'period' } });
        expect(one.map((r) => [r.value.id, r.value.initiativeId])).toEqual([
          ['r1', 'i1'],
          ['r2', 'i1'],
        ]);
        const filtered = await reports().query({ partitionKey: 'i2', where: [{ field: 'period', op: '=', value: 1 }] });
        expect(filtered.map((r) => r.value.text)).toEqual(['other']);
        const all = await reports().query({ orderBy: { field: 'text' } });
        expect(all.map((r) => r.value.text)).toEqual(['first', 'other', 'second']);
      });

      it('replaces and deletes within the right partition', async () => {
        const current = (await reports().read('r1', 'i2'))!;
        await reports().replace({ ...current.value, text: 'changed' }, current.etag);
        await reports().delete('r2', 'i1');
        expect((await reports().read('r1', 'i2'))?.value.text).toBe('changed');
        expect((await reports().read('r1', 'i1'))?.value.text).toBe('first');
        expect(await reports().read('r2', 'i1')).toBeUndefined();
      });

      it('rejects a document without its partition key field', async () => {
        await expect(reports().create({ id: 'r9', text: 'x' } as Report)).rejects.toBeInstanceOf(StorageError);
      });
    });

    describe('queries', () => {
      beforeEach(async () => {
        for (const doc of SEED) await initiatives().create(doc);
      });

      const q = async (query: Query) => sortedIds(await initiatives().query(query));
      const where = (...conditions: NonNullable<Query['where']>) => q({ where: conditions });

      it('returns everything without conditions, with values and etags as read', async () => {
        const all = await initiatives().query();
        expect(sortedIds(all)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
        const i1 = all.find((r) => r.value.id === 'i1')!;
        expect(i1).toEqual(await initiatives().read('i1'));
      });

      it('= and != compare values of the same type only', async () => {
        expect(await where({ field: 'sector', op: '=', value: 'helse' })).toEqual(['i1', 'i3']);
        expect(await where({ field: 'score', op: '=', value: 5 })).toEqual(['i3']);
        expect(await where({ field: 'score', op: '=', value: '5' })).toEqual(['i4']);
        expect(await where({ field: 'score', op: '=', value: 9.5 })).toEqual(['i5']);
        // A missing field never matches !=.
        expect(await where({ field: 'sector', op: '!=', value: 'helse' })).toEqual(['i2', 'i4']);
        expect(await where({ field: 'score', op: '!=', value: 5 })).toEqual(['i1', 'i2', 'i5']);
      });

      it('<, <=, >, >= on numbers and strings', async () => {
        expect(await where({ field: 'score', op: '<', value: 5 })).toEqual(['i1']);
        expect(await where({ field: 'score', op: '<=', value: 5 })).toEqual(['i1', 'i3']);
        expect(await where({ field: 'score', op: '>', value: 5 })).toEqual(['i2', 'i5']);
        expect(await where({ field: 'score', op: '>=', value: 5 })).toEqual(['i2', 'i3', 'i5']);
        expect(await where({ field: 'title', op: '>=', value: 'C' })).toEqual(['i3', 'i4', 'i5']);
        expect(await where({ field: 'title', op: '<', value: 'Bz' })).toEqual(['i1', 'i2']);
        // Ordering comparisons with null or booleans match nothing.
        expect(await where({ field: 'closedAt', op: '<', value: null })).toEqual([]);
        expect(await where({ field: 'active', op: '>', value: false })).toEqual([]);
      });

      it('in', async () => {
        expect(await where({ field: 'sector', op: 'in', value: ['skole', 'teknisk', 'nope'] })).toEqual(['i2', 'i4']);
        expect(await where({ field: 'score', op: 'in', value: [5, 7] })).toEqual(['i2', 'i3']);
        expect(await where({ field: 'active', op: 'in', value: [false] })).toEqual(['i2', 'i5']);
        // null in the list matches a stored null, not a missing field.
        expect(await where({ field: 'closedAt', op: 'in', value: [null, '2024-05-01'] })).toEqual(['i1', 'i2']);
        expect(await where({ field: 'sector', op: 'in', value: [] })).toEqual([]);
      });

      it('contains matches elements of arrays only, of the same type', async () => {
        expect(await where({ field: 'tags', op: 'contains', value: 'ai' })).toEqual(['i1', 'i4', 'i5']);
        expect(await where({ field: 'tags', op: 'contains', value: 'care' })).toEqual(['i1', 'i2']);
        expect(await where({ field: 'tags', op: 'contains', value: 'nope' })).toEqual([]);
        // `label` is the string 'ai', not an array; `flags` holds true, which is not the number 1.
        expect(await where({ field: 'label', op: 'contains', value: 'ai' })).toEqual([]);
        expect(await where({ field: 'flags', op: 'contains', value: 1 })).toEqual([]);
      });

      it('= null also matches a missing field; != null matches present non-null values', async () => {
        expect(await where({ field: 'closedAt', op: '=', value: null })).toEqual(['i1', 'i3', 'i4']);
        expect(await where({ field: 'closedAt', op: '!=', value: null })).toEqual(['i2', 'i5']);
        expect(await where({ field: 'owner.unit', op: '=', value: null })).toEqual(['i5']);
      });

      it('boolean equality', async () => {
        expect(await where({ field: 'active', op: '=', value: true })).toEqual(['i1', 'i3']);
        expect(await where({ field: 'active', op: '=', value: false })).toEqual(['i2', 'i5']);
        // i4 has no `active`: it matches neither.
        expect(await where({ field: 'active', op: '!=', value: true })).toEqual(['i2', 'i5']);
      });

      it('dotted field paths', async () => {
        expect(await where({ field: 'owner.unit', op: '=', value: 'u1' })).toEqual(['i1', 'i3']);
        expect(await where({ field: 'owner.name', op: 'in', value: ['Ola', 'Bo'] })).toEqual(['i2', 'i5']);
        const byOwner = await initiatives().query({ orderBy: { field: 'owner.name' } });
        expect(ids(byOwner)).toEqual(['i4', 'i5', 'i1', 'i2', 'i3']);
      });

      it('orderBy asc/desc (ties by id) and limit', async () => {
        expect(ids(await initiatives().query({ orderBy: { field: 'title' } }))).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
        expect(ids(await initiatives().query({ orderBy: { field: 'title', direction: 'asc' } }))).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
        expect(ids(await initiatives().query({ orderBy: { field: 'rank', direction: 'desc' } }))).toEqual(['i5', 'i2', 'i3', 'i1', 'i4']);
        expect(ids(await initiatives().query({ orderBy: { field: 'rank', direction: 'desc' }, limit: 2 }))).toEqual(['i5', 'i2']);
        expect(ids(await initiatives().query({ orderBy: { field: 'rank' }, limit: 3 }))).toEqual(['i4', 'i1', 'i3']);
        expect(await initiatives().query({ limit: 2 })).toHaveLength(2);
        expect(await initiatives().query({ limit: 0 })).toEqual([]);
        const sectors = await initiatives().query({
          where: [{ field: 'sector', op: 'in', value: ['helse', 'skole'] }],
          orderBy: { field: 'sector', direction: 'desc' },
        });
        expect(ids(sectors)).toEqual(['i2', 'i1', 'i3']);
      });

      it('ANDs combined conditions', async () => {
        expect(
          await where(
            { field: 'sector', op: '=', value: 'helse' },
            { field: 'active', op: '=', value: true },
            { field: 'tags', op: 'contains', value: 'ai' },
          ),
        ).toEqual(['i1']);
        expect(
          await where({ field: 'rank', op: '>=', value: 3 }, { field: 'rank', op: '<', value: 9 }, { field: 'closedAt', op: '=', value: null }),
        ).toEqual(['i1', 'i3']);
        const ordered = await initiatives().query({
          where: [{ field: 'tags', op: 'contains', value: 'ai' }, { field: 'score', op: '>', value: 0 }],
          orderBy: { field: 'score', direction: 'desc' },
          limit: 5,
        });
        expect(ids(ordered)).toEqual(['i5', 'i1']);
      });

      it('rejects invalid field names', async () => {
        for (const field of ['', 'a b', 'x"]', '1a', 'a..b', 'a.', "title') OR 1=1 --", 'c["x"]']) {
          await expect(initiatives().query({ where: [{ field, op: '=', value: 1 }] })).rejects.toBeInstanceOf(StorageError);
        }
        await expect(initiatives().query({ orderBy: { field: 'rank; DROP' } })).rejects.toBeInstanceOf(StorageError);
      });
    });

    it('expires a document with a numeric ttl in a TTL container (leases), and frees its id', async () => {
      const leases = store.collection<Lease>('leases');
      await leases.create({ id: 'reminder-job', owner: 'instance-a', ttl: 1 });
      await initiatives().create({ id: 'no-ttl-container', title: 'stays', rank: 1, ttl: 1 });
      expect((await leases.read('reminder-job'))?.value).toEqual({ id: 'reminder-job', owner: 'instance-a', ttl: 1 });

      if (!capabilities.ttlExpiry) {
        // This backend keeps the ttl field but never expires documents (cosmosdb-server has no
        // TTL). Real Cosmos DB expires them natively (containers.ts: leases has defaultTtl -1,
        // which the Cosmos adapter's init() sets and checks), so only the storing half is tested.
        return;
      }
      await sleep(2200);
      expect(await leases.read('reminder-job')).toBeUndefined();
      expect(ids(await leases.query())).not.toContain('reminder-job');
      const again = await leases.create({ id: 'reminder-job', owner: 'instance-b', ttl: 60 });
      expect(again.value.owner).toBe('instance-b');
      expect((await leases.read('reminder-job'))?.value.owner).toBe('instance-b');
      // `ttl` only means something in a TTL container.
      expect(await initiatives().read('no-ttl-container')).toBeDefined();
    });

    describe('DocumentBotStateStorage on this store', () => {
      const convKey = 'msteams/conversations/19:abc@thread.tacv2;messageid=17/users/29:1xYz';
      const oddKey = 'msteams/users/a?b#c\\d*e%f';

      it('round-trips state with eTags, rejects a stale eTag, and handles keys with /', async () => {
        const storage = new DocumentBotStateStorage(store.collection<BotStateDoc>('botstate'));
        expect(await storage.read([convKey])).toEqual({});

        await storage.write({ [convKey]: { dialogState: { stack: [{ id: 'main' }] }, count: 1 }, [oddKey]: { other: true } });
        const first = await storage.read([convKey, oddKey, 'msteams/absent']);
        expect(Object.keys(first).sort()).toEqual([convKey, oddKey].sort());
        const item = first[convKey]!;
        expect(item).toEqual({ dialogState: { stack: [{ id: 'main' }] }, count: 1, eTag: expect.any(String) });
        expect(first[oddKey]).toEqual({ other: true, eTag: expect.any(String) });

        // The stored document id is a valid Cosmos id, and the original key is kept.
        const stored = await store.collection<BotStateDoc>('botstate').read(stateDocumentId(convKey));
        expect(stored?.value.key).toBe(convKey);
        expect(stored?.value.id).not.toMatch(/[/\\?#]/);

        await storage.write({ [convKey]: { ...item, count: 2 } });
        await expect(storage.write({ [convKey]: { ...item, count: 3 } })).rejects.toBeInstanceOf(StorageError);
        const second = await storage.read([convKey]);
        expect(second[convKey]?.count).toBe(2);
        expect(second[convKey]?.eTag).not.toBe(item.eTag);

        // '*' (and no eTag) writes unconditionally.
        await storage.write({ [convKey]: { ...item, count: 4, eTag: '*' } });
        expect((await storage.read([convKey]))[convKey]?.count).toBe(4);

        await storage.delete([convKey, oddKey, 'msteams/absent']);
        expect(await storage.read([convKey, oddKey])).toEqual({});
      });
    });
  });
}
