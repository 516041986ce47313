// The throttled sender on its own, with a fake delivery function: rate, concurrency, 429 with
// Retry-After (global pause), exponential backoff, 403/404 unreachable, bounded retries.
import pino from 'pino';
import { retryAfterMs, ThrottledSender, type Deliver } from '../../src/teams/proactive/throttledSender';

const logger = pino({ level: 'silent' });
const target = { reference: { conversation: { id: 'c' } } as never, conversationRecordId: 'user:x' };

function httpError(statusCode: number, retryAfter?: string): Error {
  return Object.assign(new Error(`HTTP ${statusCode}`), { statusCode, response: { headers: { get: (n: string) => (n === 'retry-after' ? retryAfter : undefined) } } });
}

describe('ThrottledSender', () => {
  it('keeps to the rate and the concurrency', async () => {
    let active = 0;
    let overLimit = 0;
    const starts: number[] = [];
    const deliver: Deliver = async () => {
      starts.push(Date.now());
      // The limit is the sender's current concurrency (at least the setting, more when calls are
      // slow: rate × latency), so a busy machine that slows the timers may raise it, never break it.
      if (++active > sender.concurrency) overLimit++;
      await new Promise((r) => setTimeout(r, 30));
      active--;
    };
    const sender = new ThrottledSender(deliver, { ratePerSecond: 50, concurrency: 3 }, logger);
    const t0 = Date.now();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => sender.send(target, { text: 'x' })));
    expect(outcomes.every((o) => o.status === 'sent')).toBe(true);
    expect(overLimit).toBe(0);
    // 20 starts at 50/s need at least 19 intervals of 20 ms.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(19 * 20 - 5);
  });

  it('starts no more calls than its concurrency before it knows how long a call takes', async () => {
    let active = 0;
    let maxActive = 0;
    const deliver: Deliver = async () => {
      maxActive = Math.max(maxActive, ++active);
      await new Promise((r) => setTimeout(r, 100));
      active--;
    };
    const sender = new ThrottledSender(deliver, { ratePerSecond: 1000, concurrency: 2 }, logger);
    const sends = Array.from({ length: 6 }, () => sender.send(target, {}));
    await new Promise((r) => setTimeout(r, 60));
    // No call has finished yet, so no latency is known: the setting is the limit.
    expect(maxActive).toBe(2);
    await Promise.all(sends);
  });

  it('waits the Retry-After of a 429 (pausing everyone) and then delivers', async () => {
    let calls = 0;
    const times: number[] = [];
    const deliver: Deliver = async () => {
      times.push(Date.now());
      if (++calls === 1) throw httpError(429, '0.3');
    };
    const sender = new ThrottledSender(deliver, { ratePerSecond: 1000, concurrency: 2, baseBackoffMs: 5000 }, logger);
    const t0 = Date.now();
    const first = sender.send(target, {});
    await new Promise((r) => setTimeout(r, 20));
    const second = sender.send(target, {});
    expect(await first).toEqual({ status: 'sent', attempts: 2 });
    expect(await second).toEqual({ status: 'sent', attempts: 1 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
    // The header, not the backoff (2.5 to 5 s here), decides the wait: an upper bound too.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(290);
    expect(times[1]! - times[0]!).toBeLessThan(1500);
    expect(sender.throttled).toBe(1);
  });

  it('waits the Retry-After of a 429 even when the backoff would be much shorter', async () => {
    const times: number[] = [];
    const deliver: Deliver = async () => {
      times.push(Date.now());
      if (times.length === 1) throw httpError(429, '0.4');
    };
    const sender = new ThrottledSender(deliver, { ratePerSecond: 1000, concurrency: 1, baseBackoffMs: 10, maxBackoffMs: 20 }, logger);
    expect(await sender.send(target, {})).toEqual({ status: 'sent', attempts: 2 });
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(390);
    expect(times[1]! - times[0]!).toBeLessThan(1500);
  });

  it('backs off exponentially on server errors and gives up after maxAttempts (failed)', async () => {
    const times: number[] = [];
    const deliver: Deliver = async () => {
      times.push(Date.now());
      throw httpError(502);
    };
    const sender = new ThrottledSender(deliver, { ratePerSecond: 1000, maxAttempts: 4, baseBackoffMs: 20, maxBackoffMs: 1000 }, logger);
    const outcome = await sender.send(target, {});
    expect(outcome).toMatchObject({ status: 'failed', attempts: 4, error: expect.stringContaining('502') });
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps[2]!).toBeGreaterThanOrEqual(40); // 80 ms with jitter down to 50 %
  });

  it.each([403, 404])('%i: unreachable at once, never retried, conversation marked', async (status) => {
    let calls = 0;
    const marked: string[] = [];
    const conversations = { markUnreachable: async (id: string) => void marked.push(id) } as never;
    const sender = new ThrottledSender(async () => {
      calls++;
      throw httpError(status);
    }, {}, logger, conversations);
    expect(await sender.send(target, {})).toMatchObject({ status: 'unreachable', attempts: 1 });
    expect(calls).toBe(1);
    expect(marked).toEqual(['user:x']);
  });

  it('does not retry other client errors', async () => {
    let calls = 0;
    const sender = new ThrottledSender(async () => {
      calls++;
      throw httpError(400);
    }, {}, logger);
    expect(await sender.send(target, {})).toMatchObject({ status: 'failed', attempts: 1 });
    expect(calls).toBe(1);
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    expect(retryAfterMs(httpError(429, '2'))).toBe(2000);
    expect(retryAfterMs(httpError(429, new Date(10_000).toUTCString()), 4000)).toBe(6000);
    expect(retryAfterMs(httpError(429))).toBeUndefined();
  });
});

describe('ThrottledSender lanes and operations', () => {
  it('lets interactive messages (card updates, notices) go before a queued reminder run', async () => {
    const order: string[] = [];
    const deliver: Deliver = async (_t, d) => {
      order.push(d.kind === 'send' ? String(d.activity.text) : d.kind);
      await new Promise((r) => setTimeout(r, 5));
    };
    const sender = new ThrottledSender(deliver, { ratePerSecond: 1000, concurrency: 1 }, logger);
    const bulk = Array.from({ length: 10 }, (_, i) => sender.send(target, { text: `nudge ${i}` }, 'bulk'));
    const notice = sender.send(target, { text: 'notice' });
    await Promise.all([...bulk, notice]);
    // The first nudge was already on its way; the notice goes next, not eleventh.
    expect(order.indexOf('notice')).toBe(1);
  });

  it('passes the activity id of a new message and the reference of a new chat back', async () => {
    const deliver: Deliver = async (_t, d) => (d.kind === 'createConversation' ? { activityId: 'a1', reference: { conversation: { id: 'new-chat' } as never } } : { activityId: 'a2' });
    const sender = new ThrottledSender(deliver, {}, logger);
    expect(await sender.send(target, {})).toMatchObject({ status: 'sent', activityId: 'a2' });
    expect(await sender.createConversation(target, {} as never, {})).toMatchObject({ status: 'sent', reference: { conversation: { id: 'new-chat' } } });
  });
});

describe('ThrottledSender: updates of one message are coalesced', () => {
  it('twenty quick updates: a few deliveries, never two at once, the newest content last', async () => {
    const delivered: string[] = [];
    let active = 0;
    let maxActive = 0;
    const deliver: Deliver = async (_t, d) => {
      if (d.kind !== 'update') return;
      maxActive = Math.max(maxActive, ++active);
      await new Promise((r) => setTimeout(r, 30));
      delivered.push(String(d.activity.text));
      active--;
    };
    const sender = new ThrottledSender(deliver, { ratePerSecond: 1000, concurrency: 8, updateIntervalMs: 50 }, logger);
    const outcomes: Array<Promise<unknown>> = [];
    for (let i = 1; i <= 20; i++) {
      outcomes.push(sender.update(target, 'card-1', { text: `count ${i}` }));
      await new Promise((r) => setTimeout(r, 5));
    }
    expect((await Promise.all(outcomes)).every((o) => (o as { status: string }).status === 'sent')).toBe(true);
    expect(maxActive).toBe(1);
    expect(delivered[delivered.length - 1]).toBe('count 20');
    expect(delivered.length).toBeGreaterThanOrEqual(2);
    expect(delivered.length).toBeLessThanOrEqual(6);
  });

  it('does not hold back updates of different messages', async () => {
    let active = 0;
    let maxActive = 0;
    const deliver: Deliver = async () => {
      maxActive = Math.max(maxActive, ++active);
      await new Promise((r) => setTimeout(r, 30));
      active--;
    };
    const sender = new ThrottledSender(deliver, { ratePerSecond: 1000, concurrency: 4, updateIntervalMs: 1000 }, logger);
    const t0 = Date.now();
    await Promise.all(['a', 'b', 'c'].map((id) => sender.update(target, id, {})));
    expect(maxActive).toBe(3);
    expect(Date.now() - t0).toBeLessThan(500);
  });
});

describe('ThrottledSender adapts to Teams', () => {
  it('a 429 slows the whole sender down, and successes bring it back up to the setting', async () => {
    let calls = 0;
    const deliver: Deliver = async () => {
      if (++calls === 3) throw httpError(429, '0');
    };
    const sender = new ThrottledSender(deliver, { ratePerSecond: 100, concurrency: 1 }, logger);
    for (let i = 0; i < 3; i += 1) await sender.send(target, {});
    expect(sender.throttled).toBe(1);
    expect(sender.currentRate).toBeLessThan(100);
    expect(sender.currentRate).toBeGreaterThanOrEqual(25);
    // Back to the setting within about a second of sending.
    await Promise.all(Array.from({ length: 120 }, () => sender.send(target, {})));
    expect(sender.currentRate).toBe(100);
  });

  it('keeps enough calls in flight for the rate when each call takes a while (rate × latency)', async () => {
    let active = 0;
    let maxActive = 0;
    const deliver: Deliver = async () => {
      maxActive = Math.max(maxActive, ++active);
      await new Promise((r) => setTimeout(r, 100));
      active--;
    };
    const sender = new ThrottledSender(deliver, { ratePerSecond: 100, concurrency: 2 }, logger);
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 60 }, () => sender.send(target, {})));
    const elapsed = Date.now() - t0;
    // At 2 in flight, 60 calls of 100 ms would take 3 s; at 100/s they need 0.6 s plus one call.
    expect(elapsed).toBeGreaterThanOrEqual(590);
    expect(elapsed).toBeLessThan(1800);
    expect(maxActive).toBeGreaterThan(2);
    expect(maxActive).toBeLessThanOrEqual(64);
  });
});
