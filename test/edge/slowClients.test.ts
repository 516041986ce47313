// Slow and idle clients over raw TCP: a body trickled in byte by byte is cut off at the body
// deadline (408, connection closed), a body that arrives in time is served, and a few hundred
// idle connections do not stop the bot from answering.
import net from 'node:net';
import { personalMessage, testUser } from '../support/activities';
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';

const BODY_TIMEOUT_MS = 1000;
let bot: BotUnderTest;
let connector: Connector;
let port: number;

beforeAll(async () => {
  connector = await startConnector();
  bot = await startBot({ env: { BODY_TIMEOUT_MS: String(BODY_TIMEOUT_MS) } });
  port = Number(new URL(bot.baseUrl).port);
});
afterAll(async () => {
  await bot.stop();
  await connector.stop();
});
beforeEach(() => connector.clear());

const body = () => JSON.stringify(personalMessage({ serviceUrl: connector.url, user: testUser(950), text: 'hjelp' }));

/** Sends the headers, then the body in `chunks` pieces `gapMs` apart; resolves when the server closes. */
function trickle(payload: string, chunks: number, gapMs: number): Promise<{ answer: string; closedAfterMs: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    const size = Math.ceil(payload.length / chunks);
    let sent = 0;
    const next = () => {
      if (socket.destroyed || sent >= payload.length) return;
      socket.write(payload.slice(sent, sent + size));
      sent += size;
      timer = setTimeout(next, gapMs);
    };
    socket.on('connect', () => {
      socket.write(`POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(payload)}\r\nConnection: close\r\n\r\n`);
      next();
    });
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve({ answer, closedAfterMs: Date.now() - started });
    });
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`connection still open after 10 s; answer so far: ${answer.slice(0, 80)}`));
    }, 10_000);
  });
}

describe('slow and idle clients', () => {
  it('cuts off a body trickled in slowly at the body deadline with 408 and closes the connection', async () => {
    // 200 pieces 100 ms apart would take 20 s; the deadline is 1 s.
    const { answer, closedAfterMs } = await trickle(body(), 200, 100);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('request timeout');
    expect(closedAfterMs).toBeGreaterThanOrEqual(BODY_TIMEOUT_MS - 50);
    expect(closedAfterMs).toBeLessThan(BODY_TIMEOUT_MS + 1500);
    expect(connector.sent()).toHaveLength(0);
  });

  it('serves a body that arrives in pieces within the deadline', async () => {
    const { answer } = await trickle(body(), 3, 150);
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
  });

  it('keeps answering while three hundred idle connections are open', async () => {
    const idle = await Promise.all(
      Array.from({ length: 300 }, (_, i) => new Promise<net.Socket>((resolve) => {
        const s = net.connect(port, '127.0.0.1', () => {
          // Half send nothing, half stop in the middle of the headers.
          if (i % 2) s.write('POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n');
          resolve(s);
        });
        s.on('error', () => undefined);
      })),
    );
    try {
      const res = await bot.post(JSON.parse(body()));
      expect(res.status).toBe(200);
    } finally {
      idle.forEach((s) => s.destroy());
    }
  });
});
