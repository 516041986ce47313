// The benchmark suite's own instruments: if they lie, every figure in docs/BENCHMARKS.md does.
// The rate-limited connector must throttle beyond its rate (429 with Retry-After) and count
// every delivered message per conversation; the counting store must count what it passes on.
import { CountingStore } from '../../fixtures/countingStore';
import { closedLoop, percentile } from '../../bench/support/load';
import { startLoopbackConnector, type LoopbackConnector } from '../../bench/support/loopbackConnector';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';

async function send(connector: LoopbackConnector, conversationId: string): Promise<Response> {
  return fetch(`${connector.url}v3/conversations/${encodeURIComponent(conversationId)}/activities`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'message', text: 'hei' }),
  });
}

describe('the rate-limited loopback connector', () => {
  let connector: LoopbackConnector;
  afterEach(() => connector.stop());

  it('allows a burst of `burst` requests, then answers 429 with Retry-After', async () => {
    // One token a second: the eight requests arrive together, long before the next token.
    connector = await startLoopbackConnector({ ratePerSecond: 1, burst: 5 });
    const responses = await Promise.all(Array.from({ length: 8 }, (_, i) => send(connector, `a:c-${i}`)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    const throttled = responses.find((r) => r.status === 429)!;
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(connector.stats()).toMatchObject({ requests: 8, posts: 5, throttled: 3 });
    // Throttled calls are not deliveries.
    expect([...connector.postsByConversation.values()].reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('refills at the rate: the next request passes after 1/rate seconds, not before', async () => {
    connector = await startLoopbackConnector({ ratePerSecond: 1, burst: 1 });
    expect((await send(connector, 'a:x')).status).toBe(200);
    // The token was taken when the first answer was made, at the latest now.
    const served = Date.now();
    await new Promise((r) => setTimeout(r, 200));
    expect((await send(connector, 'a:x')).status).toBe(429);
    expect(Date.now() - served).toBeLessThan(1000); // else the check above proved nothing
    await new Promise((r) => setTimeout(r, Math.max(0, 1100 - (Date.now() - served))));
    expect((await send(connector, 'a:x')).status).toBe(200);
    expect(connector.postsByConversation.get('a:x')).toBe(2);
  });

  it('counts duplicates per conversation', async () => {
    connector = await startLoopbackConnector();
    await send(connector, 'a:once');
    await send(connector, 'a:twice');
    await send(connector, 'a:twice');
    expect(Object.fromEntries(connector.postsByConversation)).toEqual({ 'a:once': 1, 'a:twice': 2 });
  });
});

describe('the counting store', () => {
  it('counts reads, writes, queries and conflicts, per container', async () => {
    const store = new CountingStore(new SqliteDocumentStore(':memory:'));
    await store.init();
    const profiles = store.collection<{ id: string; name: string }>('profiles');
    const created = await profiles.create({ id: 'p1', name: 'Kari' });
    await profiles.read('p1');
    await profiles.query({});
    await expect(profiles.replace({ id: 'p1', name: 'Ola' }, 'stale-etag')).rejects.toThrow();
    await profiles.replace({ id: 'p1', name: 'Ola' }, created.etag);
    expect(store.counts).toMatchObject({ reads: 1, writes: 3, queries: 1, conflicts: 1, byContainer: { profiles: { reads: 1, writes: 3, queries: 1 } } });
    expect(store.reset().writes).toBe(3);
    expect(store.counts.writes).toBe(0);
    await store.close();
  });
});

describe('the closed-loop load generator', () => {
  it('counts timed requests apart from untimed set-up requests, and every post', async () => {
    const connector = await startLoopbackConnector();
    let timedSteps = 0;
    let untimedSteps = 0;
    const result = await closedLoop(connector.url, 2, 0.3, async (_w, post) => {
      await post({ type: 'message' });
      if ((timedSteps + untimedSteps) % 2 === 0) {
        timedSteps++;
        return 5;
      }
      untimedSteps++;
      return undefined;
    });
    await connector.stop();
    expect(result.requests).toBe(timedSteps);
    expect(result.posts).toBe(timedSteps + untimedSteps);
    expect(result.latencies.every((ms) => ms === 5)).toBe(true);
    // The loopback connector has no /api/messages: every post is an error, and counted as one.
    expect(result.errors).toBe(result.posts);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
  });
});
