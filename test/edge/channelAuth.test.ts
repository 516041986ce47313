// Channel authentication proven end to end with a local identity provider: the SDK's OpenID
// metadata points (through a test-only seam of createApp) at a loopback server with a test key.
import { ConversationRepository } from '../../src/storage/repositories/conversationRepository';
import { personalMessage, testUser, TENANT_ID } from '../support/activities';
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';
import { capturedLogger } from '../support/capturedLog';
import { CHANNEL_ISSUER, newRsaKey, startIdentityProvider, testCredentials, type IdentityProvider } from '../support/identityProvider';

const APP_ID = 'a1b2c3d4-0000-0000-0000-000000000000';

let idp: IdentityProvider;
let connector: Connector;
let bot: BotUnderTest;
const log = capturedLogger();

beforeAll(async () => {
  idp = await startIdentityProvider();
  connector = await startConnector();
  bot = await startBot({
    env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: TENANT_ID, ALLOWED_SERVICE_URLS: connector.url, OPENID_TIMEOUT_MS: '500' },
    auth: { openIdMetadataUrl: idp.metadataUrl, credentialsFactory: testCredentials(APP_ID) },
    logger: log.logger,
  });
});
afterAll(async () => {
  await bot.stop();
  await connector.stop();
  await idp.stop();
});
beforeEach(() => connector.clear());

const now = () => Math.floor(Date.now() / 1000);
const goodClaims = () => ({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: connector.url, nbf: now() - 60, exp: now() + 3600 });

async function postWith(authorization: string | undefined, n: number) {
  const user = testUser(n);
  const res = await fetch(`${bot.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization === undefined ? {} : { authorization }) },
    body: JSON.stringify(personalMessage({ serviceUrl: connector.url, user, text: 'hjelp' })),
  });
  const stored = await new ConversationRepository(bot.app.store).findByUser(user.aadObjectId);
  return { status: res.status, body: await res.text(), stored };
}

describe('channel authentication with a local identity provider', () => {
  it('accepts a valid token: the turn runs and the reply is sent', async () => {
    const res = await postWith(`Bearer ${idp.sign(goodClaims())}`, 1);
    expect(res.status).toBe(200);
    expect(connector.sent()).toHaveLength(1);
  });

  const cases: Array<[string, () => string | undefined]> = [
    ['missing', () => undefined],
    ['garbage', () => 'Bearer not.a.token'],
    ['another scheme', () => `Basic ${idp.sign(goodClaims())}`],
    ['alg none', () => `Bearer ${idp.sign(goodClaims(), { alg: 'none' })}`],
    ['signed with the wrong key', () => `Bearer ${idp.sign(goodClaims(), { key: newRsaKey() })}`],
    ['an unknown key id', () => `Bearer ${idp.sign(goodClaims(), { kid: 'other-key' })}`],
    ['the wrong audience', () => `Bearer ${idp.sign({ ...goodClaims(), aud: 'someone-else' })}`],
    ['the wrong issuer', () => `Bearer ${idp.sign({ ...goodClaims(), iss: 'https://issuer.invalid' })}`],
    ['expired', () => `Bearer ${idp.sign({ ...goodClaims(), exp: now() - 3600 })}`],
    ['a serviceurl claim that differs from the activity', () => `Bearer ${idp.sign({ ...goodClaims(), serviceurl: 'http://127.0.0.1:1/' })}`],
  ];

  it.each(cases)('refuses a token that is %s with 401, storing and sending nothing', async (_name, token) => {
    const stderr = jest.spyOn(console, 'error');
    log.lines.length = 0;
    const res = await postWith(token(), 100 + cases.findIndex(([n]) => n === _name));
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toEqual({ error: 'unauthorized' });
    expect(res.stored).toBeUndefined();
    expect(connector.sent()).toHaveLength(0);
    // One JSON log line, not the SDK's stack traces on stderr.
    expect(stderr).not.toHaveBeenCalled();
    const refusals = log.lines.filter((l) => l.msg === 'rejected token');
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toEqual(expect.objectContaining({ level: 40, reason: expect.any(String) }));
    expect(JSON.stringify(log.lines)).not.toMatch(/"stack"|eyJ/);
    stderr.mockRestore();
  });

  it('does not let forged key ids hammer the identity endpoint', async () => {
    await postWith(`Bearer ${idp.sign(goodClaims())}`, 300); // keys are loaded
    const before = idp.hits;
    for (let i = 0; i < 5; i++) {
      expect((await postWith(`Bearer ${idp.sign(goodClaims(), { kid: `forged-${i}` })}`, 301 + i)).status).toBe(401);
    }
    expect(idp.hits - before).toBeLessThanOrEqual(2); // at most one refresh: metadata + keys
  });

  it('keeps the last good keys when the identity endpoint stalls, within its time limit', async () => {
    // Make the cached keys old enough to be refreshed on the next request.
    jest.useFakeTimers({ doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'performance', 'hrtime', 'setInterval', 'clearInterval'] });
    jest.setSystemTime(Date.now() + 25 * 60 * 60 * 1000);
    idp.stall = true;
    try {
      const claims = goodClaims();
      const started = Date.now();
      const t0 = performance.now();
      const res = await postWith(`Bearer ${idp.sign(claims)}`, 200);
      const waited = performance.now() - t0;
      expect(res.status).toBe(200);
      expect(waited).toBeGreaterThanOrEqual(400); // it did try the endpoint
      expect(waited).toBeLessThan(3000); // and gave up at OPENID_TIMEOUT_MS, not after 90 s
      expect(started).toBeGreaterThan(0);
    } finally {
      idp.stall = false;
      jest.useRealTimers();
    }
  });
});
