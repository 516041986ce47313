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
    let maxActive = 0;
    const starts: number[] = [];
    const deliver: Deliver = async () => {
      starts.push(Date.now());
      maxActive = Math.max(maxActive, ++active);
      await new Promise((r) => setTimeout(r, 30));
      active--;
    };
    const sender = new ThrottledSender(deliver, { ratePerSecond: 50, concurrency: 3 }, logger);
    const t0 = Date.now();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => sender.send(target, { text: 'x' })));
    expect(outcomes.every((o) => o.status === 'sent')).toBe(true);
    expect(maxActive).toBeLessThanOrEqual(3);
    // 20 starts at 50/s need at least 19 intervals of 20 ms.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(19 * 20 - 5);
  });

  it('waits the Retry-After of a 429 (pausing everyone) and then delivers', async () => {
    let calls = 0;
    const deliver: Deliver = async () => {
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
    expect(sender.throttled).toBe(1);
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
