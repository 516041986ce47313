// The tenant fence and the service URL allowlist: a foreign tenant gets nothing and stores
// nothing; replies and proactive sends (from a stored reference) go only to allowed service URLs.
import pino from 'pino';
import { parseConfig } from '../../src/config';
import { ConversationRepository } from '../../src/storage/repositories/conversationRepository';
import { createAdapter } from '../../src/teams/adapter';
import { isAllowedServiceUrl } from '../../src/teams/trust/serviceUrlAllowlist';
import { installationUpdate, personalMessage, testUser, TENANT_ID } from '../support/activities';
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';
import { capturedLogger } from '../support/capturedLog';

let trusted: Connector;
let untrusted: Connector;
let bot: BotUnderTest;
const log = capturedLogger();

beforeAll(async () => {
  trusted = await startConnector();
  untrusted = await startConnector();
  bot = await startBot({ env: { ALLOWED_TENANT_IDS: TENANT_ID, ALLOWED_SERVICE_URLS: trusted.url }, logger: log.logger });
});
afterAll(async () => {
  await bot.stop();
  await trusted.stop();
  await untrusted.stop();
});
beforeEach(() => {
  trusted.clear();
  untrusted.clear();
  log.lines.length = 0;
});

const stored = (n: number) => new ConversationRepository(bot.app.store).findByUser(testUser(n).aadObjectId);

describe('the tenant fence', () => {
  it('serves the allowed tenant', async () => {
    expect((await bot.post(personalMessage({ serviceUrl: trusted.url, user: testUser(1), text: 'hjelp' }))).status).toBe(200);
    expect(trusted.sent()).toHaveLength(1);
  });

  it.each([
    ['another tenant', { channelData: { tenant: { id: 'other-tenant' } }, conversation: { id: 'a:x', conversationType: 'personal', tenantId: 'other-tenant' } }],
    ['no tenant at all', { channelData: {}, conversation: { id: 'a:x', conversationType: 'personal' } }],
    ['tenants that disagree', { conversation: { id: 'a:x', conversationType: 'personal', tenantId: 'other-tenant' } }],
  ])('gives %s no reply and stores nothing', async (_name, override) => {
    const n = 10 + _name.length;
    const activity = { ...installationUpdate({ serviceUrl: trusted.url, user: testUser(n), action: 'add' }), ...override };
    const res = await bot.post(activity);
    expect(res.status).toBe(403);
    expect(trusted.sent()).toHaveLength(0);
    expect(await stored(n)).toBeUndefined();
    expect(log.lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual(['ignored an activity from a tenant that is not allowed']);
  });
});

describe('the service URL allowlist', () => {
  it('refuses an activity naming a service URL not on the list: no reply, nothing stored', async () => {
    const res = await bot.post(installationUpdate({ serviceUrl: untrusted.url, user: testUser(30), action: 'add' }));
    expect(res.status).toBe(403);
    expect(untrusted.calls).toHaveLength(0);
    expect(await stored(30)).toBeUndefined();
  });

  it('refuses a proactive send from a stored reference whose service URL was changed', async () => {
    const config = parseConfig({ ALLOWED_SERVICE_URLS: trusted.url });
    const adapter = createAdapter(config, pino({ level: 'silent' }));
    const reference = { serviceUrl: untrusted.url, channelId: 'msteams', conversation: { id: 'a:tampered', isGroup: false, conversationType: 'personal', name: '' }, bot: { id: '28:bot', name: 'bot' } };
    await expect(adapter.continueConversationAsync('', reference, async (ctx) => void (await ctx.sendActivity('hei')))).rejects.toThrow(/not allowed/);
    expect(untrusted.calls).toHaveLength(0);
    // The same send to the allowed URL goes through.
    await adapter.continueConversationAsync('', { ...reference, serviceUrl: trusted.url }, async (ctx) => void (await ctx.sendActivity('hei')));
    expect(trusted.sent()).toHaveLength(1);
  });

  it('matches scheme, host and port exactly and the path as a prefix', () => {
    const list = ['https://smba.trafficmanager.net/', 'http://127.0.0.1:*/'];
    expect(isAllowedServiceUrl('https://smba.trafficmanager.net/emea/', list)).toBe(true);
    expect(isAllowedServiceUrl('http://127.0.0.1:4711/', list)).toBe(true);
    for (const bad of [
      'http://smba.trafficmanager.net/emea/',
      'https://smba.trafficmanager.net.evil.example/',
      'https://evil.example/smba.trafficmanager.net/',
      'https://smba.trafficmanager.net:8443/',
      'https://user:pw@smba.trafficmanager.net/',
      'http://localhost:4711/',
      'not a url',
      42,
    ]) {
      expect([bad, isAllowedServiceUrl(bad, list)]).toEqual([bad, false]);
    }
  });
});

describe('configuration that fails closed', () => {
  it('refuses production without an app id or without a tenant list', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/MicrosoftAppId is required when NODE_ENV=production/);
    expect(() => parseConfig({ NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'MultiTenant' })).toThrow(
      /ALLOWED_TENANT_IDS is required when NODE_ENV=production/,
    );
    const ok = parseConfig({ NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppPassword: 'pw', MicrosoftAppTenantId: TENANT_ID });
    expect(ok.security).toMatchObject({ authEnabled: true, allowedTenantIds: [TENANT_ID], allowedServiceUrls: ['https://smba.trafficmanager.net/'] });
    expect(ok.host).toBe('0.0.0.0');
  });

  it('binds to loopback only and allows only local service URLs with authentication off', () => {
    const local = parseConfig({});
    expect(local.host).toBe('127.0.0.1');
    expect(local.security.allowedServiceUrls).toEqual(['http://127.0.0.1:*/', 'http://localhost:*/']);
    expect(parseConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });
});
