// The HTTP edge over real HTTP: encodings and content types refused before any byte is read,
// nothing written to disk, the size limit on parsed bytes, 400 for bad JSON and bad shapes,
// and no internal error text in any answer.
import { readdirSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { personalMessage, testUser } from '../support/activities';
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';
import { MAX_BODY_BYTES } from '../../src/server/httpServer';

let bot: BotUnderTest;
let connector: Connector;

beforeAll(async () => {
  connector = await startConnector();
  bot = await startBot();
});
afterAll(async () => {
  await bot.stop();
  await connector.stop();
});

/** Files a multipart parser (formidable, behind restify's body parser) leaves in the temp folder. */
const uploads = () => new Set(readdirSync(os.tmpdir()).filter((f) => f.startsWith('upload_')));
beforeEach(() => connector.clear());

async function post(body: string | Buffer, headers: Record<string, string>) {
  const res = await fetch(`${bot.baseUrl}/api/messages`, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

async function stillServes() {
  const res = await bot.post(personalMessage({ serviceUrl: connector.url, user: testUser(900), text: 'hjelp' }));
  expect(res.status).toBe(200);
}

const validBody = () => JSON.stringify(personalMessage({ serviceUrl: connector.url, user: testUser(901), text: 'hjelp' }));

describe('the HTTP edge', () => {
  it.each([
    ['gzip that is not gzip', 'not gzip', 'gzip'],
    ['a real gzip body', gzipSync('{"type":"message"}'), 'gzip'],
    ['deflate', 'x', 'deflate'],
    ['br', 'x', 'br'],
  ])('refuses Content-Encoding (%s) with 415 and keeps running', async (_name, body, encoding) => {
    const res = await post(body, { 'content-type': 'application/json', 'content-encoding': encoding });
    expect(res.status).toBe(415);
    expect(connector.sent()).toHaveLength(0);
    await stillServes();
  });

  it('refuses a gzip bomb before inflating anything', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20));
    const before = process.memoryUsage().rss;
    const res = await post(bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    expect(res.status).toBe(415);
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
    await stillServes();
  });

  it.each([
    ['text/plain', 'hei'],
    ['application/x-www-form-urlencoded', 'type=message'],
    ['application/json; charset=latin1', '{}'],
  ])('refuses content type %s with 415', async (type, body) => {
    expect((await post(body, { 'content-type': type })).status).toBe(415);
  });

  it('refuses multipart with a file part with 415 and writes nothing to disk', async () => {
    const before = uploads();
    const form = new FormData();
    form.append('activity', validBody());
    form.append('file', new Blob([Buffer.alloc(64 * 1024, 0x41)]), 'payload.bin');
    const res = await fetch(`${bot.baseUrl}/api/messages`, { method: 'POST', body: form });
    expect(res.status).toBe(415);
    await new Promise((r) => setTimeout(r, 50));
    expect([...uploads()].filter((f) => !before.has(f))).toEqual([]);
    expect(connector.sent()).toHaveLength(0);
  });

  it('applies the size limit to the bytes parsed: 413 just over it, accepted just under it', async () => {
    const activity = JSON.parse(validBody());
    const padded = (size: number) => {
      const text = JSON.stringify({ ...activity, channelData: { ...activity.channelData, pad: '' } });
      return text.replace('"pad":""', `"pad":"${'x'.repeat(size - text.length)}"`);
    };
    const over = padded(MAX_BODY_BYTES + 1);
    expect(Buffer.byteLength(over)).toBe(MAX_BODY_BYTES + 1);
    expect((await post(over, { 'content-type': 'application/json' })).status).toBe(413);
    const under = padded(MAX_BODY_BYTES);
    expect((await post(under, { 'content-type': 'application/json' })).status).toBe(200);
  });

  it.each([
    ['broken JSON', '{"type": "message",'],
    ['not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
    ['a JSON array', '[1,2,3]'],
    ['deeply nested JSON', 'DEEP'],
  ])('answers %s with 400 and no internal text', async (_name, raw) => {
    const body = raw === 'DEEP' ? validBody().replace(/}$/, `,"value":${'['.repeat(5000)}${']'.repeat(5000)}}`) : raw;
    const res = await post(body, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text)).toEqual({ error: 'bad request' });
  });

  it.each([
    ['locale', 42],
    ['serviceUrl', { href: 'x' }],
    ['type', null],
    ['from', 'someone'],
    ['conversation', { id: 7 }],
    ['channelData', { tenant: { id: ['t'] } }],
  ])('answers an activity whose %s has the wrong type with 400, never 500', async (field, value) => {
    const activity = { ...JSON.parse(validBody()), [field]: value };
    const res = await post(JSON.stringify(activity), { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.text).not.toMatch(/Error|at |\.ts|stack/);
    expect(connector.sent()).toHaveLength(0);
  });
});
