// The foundation over HTTP: install, welcome, help, language, conversation references,
// probes, malformed requests, restart durability and graceful shutdown.
import { botAddedToPersonalChat, botAddedToTeam, installationUpdate, personalMessage, testUser, TENANT_ID } from '../support/activities';
import { startBot, startConnector, tempDataDir, useBot } from '../support/botHarness';
import { ConversationRepository } from '../../src/storage/repositories/conversationRepository';
import { cosmosStore, freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { startCosmosServer } from '../support/cosmosServer';

afterAll(() => stopSharedCosmosServer());

function cardOf(activity: any): any {
  return activity?.attachments?.[0]?.content;
}

function cardTitle(activity: any): string | undefined {
  return cardOf(activity)?.body?.[0]?.text;
}

describe.each(STORE_KINDS)('foundation over HTTP (%s store)', (kind) => {
  const c = useBot(async () => ({ store: await freshStore(kind) }), { clearEachTest: true });

  it('greets once in Norwegian on install and saves the conversation reference', async () => {
    const user = testUser(1);
    const install = installationUpdate({ serviceUrl: c.connector.url, user, action: 'add' });
    const added = botAddedToPersonalChat({ serviceUrl: c.connector.url, user });
    // Teams sends both events on install; they may arrive together.
    const [r1, r2] = await Promise.all([c.bot.post(install), c.bot.post(added)]);
    expect([r1.status, r2.status]).toEqual([200, 200]);

    const sent = c.connector.sent();
    expect(sent).toHaveLength(1);
    expect(cardTitle(sent[0])).toBe('Hei! Jeg er Innovasjonsbot');
    // Not on the roster: no leader buttons (they would be refused), the search and the profile.
    const actions = cardOf(sent[0]).actions.map((a: any) => a.data.verb);
    expect(actions).toEqual(['explore', 'profile']);

    const saved = await new ConversationRepository(c.bot.app.store).findByUser(user.aadObjectId);
    expect(saved?.value).toMatchObject({ installed: true, tenantId: TENANT_ID, aadObjectId: user.aadObjectId, scope: 'personal' });
    expect(saved?.value.reference).toMatchObject({ serviceUrl: c.connector.url, conversation: { tenantId: TENANT_ID } });
  });

  it('answers hjelp with the help card in Norwegian, and help in English for an English Teams', async () => {
    const user = testUser(2);
    await c.bot.post(personalMessage({ serviceUrl: c.connector.url, user, text: 'hjelp' }));
    await c.bot.post(personalMessage({ serviceUrl: c.connector.url, user, text: 'help', locale: 'en-US' }));
    const [nb, en] = c.connector.sent();
    expect(cardTitle(nb)).toBe('Hei! Jeg er Innovasjonsbot');
    expect(cardOf(nb).actions[0].title).toBe('Utforsk tiltak');
    expect(cardTitle(en)).toBe('Hi! I am Innovasjonsbot');
    expect(cardOf(en).actions[0].title).toBe('Explore initiatives');
  });

  it('gives a friendly answer with the options to text it does not understand', async () => {
    const user = testUser(3);
    await c.bot.post(personalMessage({ serviceUrl: c.connector.url, user, text: 'hva er klokka?' }));
    const [reply] = c.connector.sent();
    expect(reply.text).toMatch(/forstod jeg ikke/);
    expect(cardOf(reply).actions.length).toBeGreaterThan(0);
  });

  it('marks the conversation gone on uninstall, and greets again on reinstall', async () => {
    const user = testUser(4);
    await c.bot.post(installationUpdate({ serviceUrl: c.connector.url, user, action: 'add' }));
    await c.bot.post(installationUpdate({ serviceUrl: c.connector.url, user, action: 'remove' }));
    const repo = new ConversationRepository(c.bot.app.store);
    expect((await repo.findByUser(user.aadObjectId))?.value).toMatchObject({ installed: false });
    await c.bot.post(installationUpdate({ serviceUrl: c.connector.url, user, action: 'add' }));
    expect((await repo.findByUser(user.aadObjectId))?.value).toMatchObject({ installed: true });
    expect(c.connector.sent()).toHaveLength(2);
  });

  it('says hello in the channel when added to a team', async () => {
    const user = testUser(5);
    await c.bot.post(botAddedToTeam({ serviceUrl: c.connector.url, user, teamId: '19:team-1@thread.tacv2' }));
    const [hello] = c.connector.sentTo('19:team-1@thread.tacv2');
    expect(hello.text).toMatch(/dele ideer/);
  });

  it('answers the probes', async () => {
    expect((await fetch(`${c.bot.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${c.bot.baseUrl}/readyz`)).status).toBe(200);
  });

  it.each([
    ['broken JSON', '{"type": "message",', 'application/json'],
    ['a JSON array', '[1,2,3]', 'application/json'],
    ['an object that is no activity', '{"hello":"world"}', 'application/json'],
    ['plain text', 'hei', 'text/plain'],
  ])('rejects %s with a 4xx and keeps running', async (_name, body, contentType) => {
    const res = await fetch(`${c.bot.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await fetch(`${c.bot.baseUrl}/healthz`)).status).toBe(200);
  });
});

describe('embedded store durability and shutdown', () => {
  it('keeps saved data across a restart', async () => {
    const data = tempDataDir();
    const connector = await startConnector();
    try {
      const user = testUser(10);
      const first = await startBot({ dataDir: data.dir });
      await first.post(installationUpdate({ serviceUrl: connector.url, user, action: 'add' }));
      await first.stop();

      const second = await startBot({ dataDir: data.dir });
      const saved = await new ConversationRepository(second.app.store).findByUser(user.aadObjectId);
      expect(saved?.value).toMatchObject({ installed: true, aadObjectId: user.aadObjectId });
      // Already greeted before the restart: a repeated install event does not greet again.
      connector.clear();
      await second.post(botAddedToPersonalChat({ serviceUrl: connector.url, user }));
      expect(connector.sent()).toHaveLength(0);
      await second.stop();
    } finally {
      await connector.stop();
      data.remove();
    }
  });

  it('finishes the turn in flight when stopped, then refuses new work', async () => {
    const connector = await startConnector();
    const bot = await startBot();
    try {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let reached!: () => void;
      const replyStarted = new Promise<void>((r) => (reached = r));
      connector.delay = async () => {
        reached();
        await held;
      };
      const inFlight = bot.post(personalMessage({ serviceUrl: connector.url, user: testUser(11), text: 'hjelp' }));
      await replyStarted;
      const stopping = bot.stop();
      // A new request while draining is not accepted.
      await expect(fetch(`${bot.baseUrl}/healthz`)).rejects.toThrow();
      release();
      expect((await inFlight).status).toBe(200);
      await stopping;
      expect(connector.sent()).toHaveLength(1);
    } finally {
      await connector.stop();
    }
  });
});

describe('readiness with Cosmos DB', () => {
  it('answers 200 while Cosmos answers and 503 when the endpoint is unreachable', async () => {
    const server = await startCosmosServer();
    const bot = await startBot({ store: await cosmosStore(server), env: { READINESS_CACHE_MS: '0' } });
    try {
      expect((await fetch(`${bot.baseUrl}/readyz`)).status).toBe(200);
      await server.stop();
      const res = await fetch(`${bot.baseUrl}/readyz`);
      expect(res.status).toBe(503);
      expect((await fetch(`${bot.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await bot.stop().catch(() => undefined);
    }
  });
});

describe('authentication', () => {
  it('rejects requests without a Bot Framework token when an app id is configured', async () => {
    const connector = await startConnector();
    const bot = await startBot({ env: { MicrosoftAppId: 'a1b2c3d4-0000-0000-0000-000000000000', MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppTenantId: TENANT_ID } });
    try {
      const res = await bot.post(personalMessage({ serviceUrl: connector.url, user: testUser(20), text: 'hjelp' }));
      expect(res.status).toBe(401);
      expect(connector.sent()).toHaveLength(0);
    } finally {
      await bot.stop();
      await connector.stop();
    }
  });
});
