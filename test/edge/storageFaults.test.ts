// Storage faults inside a turn: a stalled store gets the user one short apology in time, the turn
// writes nothing more, and nothing is sent late when the stalled call finally completes.
// Readiness means the store can write.
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import type { BaseDoc, Collection, DocumentStore } from '../../src/storage/documentStore';
import type { ContainerName } from '../../src/storage/containers';
import { personalMessage, personalConversationId, testUser } from '../support/activities';
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

/** Wraps a store so a test can stall every call (released later) or make writes fail. */
function faultyStore(inner: DocumentStore) {
  const control = { stall: false, failWrites: false, released: Promise.resolve(), release: () => undefined as void, lateCalls: 0 };
  const gate = <T>(call: () => Promise<T>, write: boolean): Promise<T> => {
    if (write && control.failWrites) return Promise.reject(new Error('disk full'));
    if (!control.stall) return call();
    return control.released.then(() => {
      control.lateCalls++;
      return call();
    });
  };
  const store: DocumentStore = {
    kind: inner.kind,
    init: () => inner.init(),
    ping: () => inner.ping(),
    close: () => inner.close(),
    collection<T extends BaseDoc>(name: ContainerName): Collection<T> {
      const c = inner.collection<T>(name);
      return {
        name,
        read: (id, pk) => gate(() => c.read(id, pk), false),
        query: (q) => gate(() => c.query(q), false),
        create: (d) => gate(() => c.create(d), true),
        replace: (d, e) => gate(() => c.replace(d, e), true),
        upsert: (d) => gate(() => c.upsert(d), true),
        delete: (id, pk, e) => gate(() => c.delete(id, pk, e), true),
      };
    },
  };
  const stallNow = () => {
    control.stall = true;
    control.released = new Promise<void>((resolve) => (control.release = () => resolve()));
  };
  return { store, control, stallNow };
}

let connector: Connector;
let bot: BotUnderTest;
let faulty: ReturnType<typeof faultyStore>;

beforeAll(async () => {
  connector = await startConnector();
});
afterAll(async () => {
  await connector.stop();
  await stopSharedCosmosServer();
});

describe.each(STORE_KINDS)('a stalled store inside a turn (%s)', (kind) => {
  beforeAll(async () => {
    faulty = faultyStore(await freshStore(kind));
    bot = await startBot({ store: faulty.store, env: { STORAGE_TIMEOUT_MS: '300', READINESS_CACHE_MS: '0' } });
    connector.clear();
  });
  afterAll(async () => {
    faulty.control.stall = false;
    faulty.control.release();
    await bot.stop();
  });

  it('answers in time with one apology, and sends nothing late once the store wakes up', async () => {
    const user = testUser(1);
    faulty.stallNow();
    const started = performance.now();
    const res = await bot.post(personalMessage({ serviceUrl: connector.url, user, text: 'hjelp' }));
    const took = performance.now() - started;
    expect(res.status).toBe(200);
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(3000);
    const sent = connector.sentTo(personalConversationId(user));
    expect(sent.map((a: any) => a.text)).toEqual(['Beklager, dette tok for lang tid hos meg. Prøv igjen om litt – ingenting blir lagret to ganger.']);

    // The stalled call completes after its timeout: the turn must not carry on from there.
    faulty.control.stall = false;
    faulty.control.release();
    await new Promise((r) => setTimeout(r, 300));
    expect(faulty.control.lateCalls).toBeGreaterThan(0);
    expect(connector.sentTo(personalConversationId(user))).toHaveLength(1);

    // The store answers again: the same message now gets the normal answer.
    const again = await bot.post(personalMessage({ serviceUrl: connector.url, user, text: 'hjelp' }));
    expect(again.status).toBe(200);
    expect(connector.sentTo(personalConversationId(user))).toHaveLength(2);
  });

  it('is ready when the store can write, and not ready when writes fail although reads work', async () => {
    expect((await fetch(`${bot.baseUrl}/readyz`)).status).toBe(200);
    faulty.control.failWrites = true;
    try {
      const res = await fetch(`${bot.baseUrl}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'storage unreachable' });
    } finally {
      faulty.control.failWrites = false;
    }
    expect((await fetch(`${bot.baseUrl}/readyz`)).status).toBe(200);
  });
});

describe('a handler that swallows a storage timeout', () => {
  it('cannot send anything more in that turn, and cannot write either', async () => {
    const { createAdapter } = await import('../../src/teams/adapter');
    const { parseConfig } = await import('../../src/config');
    const { timeLimitedStore } = await import('../../src/storage/timeLimitedStore');
    const pino = (await import('pino')).default;
    const adapter = createAdapter(parseConfig({}), pino({ level: 'silent' }));
    const slow = faultyStore(new SqliteDocumentStore(':memory:'));
    await slow.store.init();
    const limited = timeLimitedStore(slow.store, 50);
    const user = testUser(2);
    let secondWrite: unknown;
    slow.stallNow();
    const result = await adapter.handle(personalMessage({ serviceUrl: connector.url, user, text: 'x' }) as any, undefined, async (ctx) => {
      await limited.collection<any>('profiles').read('p').catch(() => undefined);
      slow.control.stall = false;
      secondWrite = await limited.collection<any>('profiles').upsert({ id: 'p' }).catch((err: Error) => err.name);
      await ctx.sendActivity('too late');
    });
    slow.control.release();
    expect(result.status).toBe(200);
    expect(secondWrite).toBe('StorageTimeoutError');
    expect(connector.sentTo(personalConversationId(user))).toHaveLength(0);
    expect(await slow.store.collection<any>('profiles').read('p')).toBeUndefined();
    await slow.store.close();
  });
});
