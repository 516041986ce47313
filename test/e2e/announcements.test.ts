// An announcement to 500 roster leaders over HTTP: some never opened the bot, some removed it.
// Each reachable leader gets exactly one message, also when the process is stopped halfway and
// started again on the same store; the admin's delivery report names those not reached.
import { randomUUID } from 'node:crypto';
import { BOT_ID, personalConversationId, testUser, type TestUser } from '../support/activities';
import { startBot, startConnector, tempDataDir, type BotUnderTest, type Connector } from '../support/botHarness';
import { actionsIn, cardsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { cosmosStore, sharedCosmosServer, STORE_KINDS, stopSharedCosmosServer, type StoreKind } from '../support/stores';
import { AnnouncementRepository } from '../../src/storage/repositories/announcementRepository';
import { ConversationRepository } from '../../src/storage/repositories/conversationRepository';
import { RosterRepository } from '../../src/storage/repositories/rosterRepository';
import type { DocumentStore } from '../../src/storage/documentStore';

const ADMIN = testUser('admin');
const LEADERS = Array.from({ length: 500 }, (_, i) => ({ user: testUser(`leader-${i}`), n: i }));
const hasChat = (n: number) => n % 10 !== 0; // 50 never opened the bot
const refuses = (n: number) => n % 45 === 1; // 12 removed the app: Teams answers 403
const TITLE = 'Takk for innsatsen i år';
const TEXT = 'Dere har fått til mye. Se oversikten over tiltakene.';
const LINK = 'https://kommune.no/innovasjon';

async function seed(store: DocumentStore, connector: Connector): Promise<void> {
  await new RosterRepository(store).import(
    LEADERS.map(({ user, n }) => ({ line: n + 2, row: { name: `Leder ${n}`, email: `leder${n}@kommune.no`, aadObjectId: user.aadObjectId, unit: `Enhet ${n % 40}`, sector: n % 2 ? 'Helse og sosial' : 'Oppvekst' } })),
  );
  const conversations = new ConversationRepository(store);
  for (const { user, n } of LEADERS.filter(({ n }) => hasChat(n))) {
    const conversationId = personalConversationId(user);
    await conversations.remember({
      scope: 'personal',
      conversationId,
      aadObjectId: user.aadObjectId,
      reference: { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: conversationId, conversationType: 'personal' }, user: { id: user.id, aadObjectId: user.aadObjectId }, bot: { id: BOT_ID } },
    });
    void n;
  }
}

const received = (connector: Connector, user: TestUser) => connector.sentTo(personalConversationId(user)).flatMap(cardsIn).filter((c) => textOf(c).includes(TITLE));
const allReceived = (connector: Connector) => LEADERS.reduce((sum, { user }) => sum + received(connector, user).length, 0);

async function until(check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

afterAll(async () => {
  await stopSharedCosmosServer();
});

describe.each(STORE_KINDS)('announcement to 500 leaders (%s store)', (kind: StoreKind) => {
  it('each reachable leader gets exactly one message across a restart; the report counts and names the rest', async () => {
    const connector = await startConnector();
    const data = tempDataDir();
    const database = `db-${randomUUID()}`;
    const env = { ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId, SEND_RATE_PER_SECOND: '40', SEND_CONCURRENCY: '8', DATA_DIR: data.dir };
    const start = async (): Promise<BotUnderTest> =>
      kind === 'embedded' ? startBot({ env, dataDir: data.dir }) : startBot({ env, store: await cosmosStore(await sharedCosmosServer(), database) });
    connector.fault = (call) => {
      const n = LEADERS.find(({ user }) => call.conversationId === personalConversationId(user))?.n;
      return n !== undefined && refuses(n) && call.method === 'POST' ? { status: 403, body: { error: { code: 'BotNotInConversationRoster' } } } : undefined;
    };
    let bot = await start();
    try {
      await seed(bot.app.store, connector);
      const admin = new ChatSession(bot, connector, ADMIN);
      // Not for leaders.
      expect(texts(await new ChatSession(bot, connector, LEADERS[3]!.user).say('kunngjøring'))).toContain('Dette er bare for programadministratorene');

      const form = lastCard(await admin.say('kunngjøring'));
      const previewButton = actionsIn(form).find((a) => a.data?.verb === 'announcementPreview');
      // A javascript: link is refused on the server.
      const refused = lastCard(await admin.press(previewButton, { title: TITLE, text: TEXT, linkUrl: 'javascript:alert(1)', audience: 'all_leaders' }));
      expect(textOf(refused)).toContain('https://');
      const preview = await admin.press(previewButton, { title: TITLE, text: TEXT, linkUrl: LINK, linkLabel: 'Se oversikten', audience: 'all_leaders', sector: '' });
      const [shown, confirm] = preview.flatMap(cardsIn);
      expect(textOf(confirm)).toContain('500 mottakere');
      const send = actionsIn(confirm).find((a) => a.data?.verb === 'announcementSend');
      const sendReplies = await admin.press(send);
      // A double press stores and sends one announcement.
      expect(texts(await admin.press(send))).toContain('allerede sendt');
      expect(textOf(sendReplies.flatMap(cardsIn)[0])).toContain('Leveranserapport');

      // Stop the process halfway through.
      await until(() => allReceived(connector) >= 120, 30_000);
      await bot.stop();
      const beforeRestart = allReceived(connector);
      expect(beforeRestart).toBeLessThan(440);
      bot = await start();
      const repo = new AnnouncementRepository(bot.app.store);
      const id = send.data.token;
      await until(async () => !!(await repo.get(id))?.finishedAt, 60_000);

      for (const { user, n } of LEADERS) {
        const expected = hasChat(n) && !refuses(n) ? 1 : 0;
        expect([n, received(connector, user).length]).toEqual([n, expected]);
      }
      // The preview is exactly the card the leaders got.
      expect(received(connector, LEADERS[2]!.user)[0]).toEqual(shown);
      const report = (await repo.get(id))!.report!;
      const refusedCount = LEADERS.filter(({ n }) => hasChat(n) && refuses(n)).length;
      expect(report).toMatchObject({ total: 500, sent: 450 - refusedCount, pending: 0, failed: [], finished: true });
      expect(report.unreachable).toHaveLength(50 + refusedCount);
      expect(report.unreachable.map((u) => u.name)).toContain('Leder 0');

      // The admin's report card was updated in place, to the end.
      await until(() => connector.updates().some((u) => textOf(cardsIn(u.body)[0]).includes('Ferdig sendt')), 10_000);
      const last = connector.updates().filter((u) => u.conversationId === personalConversationId(ADMIN)).at(-1)!;
      expect(textOf(cardsIn(last.body)[0])).toMatch(/Ferdig sendt[\s\S]*Leder 0/);
    } finally {
      await bot.stop();
      await connector.stop();
      data.remove();
    }
  }, 120_000);
});
