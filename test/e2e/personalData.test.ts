// «mine data» and removal on request over HTTP: the person gets their own data (card and JSON
// file offer) and nothing of anyone else; an admin's removal leaves no trace of them in any
// document of any container, while the anonymised ideas and initiatives remain.
import { FILE_CONSENT_CONTENT_TYPE } from '../../src/teams/files/fileConsent';
import { PendingFileRepository } from '../../src/storage/repositories/pendingFileRepository';
import { CONTAINER_NAMES, type ContainerName } from '../../src/storage/containers';
import type { BaseDoc, DocumentStore } from '../../src/storage/documentStore';
import type { Idea } from '../../src/domain/idea/idea';
import type { Initiative } from '../../src/domain/initiative/initiative';
import { testUser, type TestUser } from '../support/activities';
import { startBot, startConnector, type BotCtx } from '../support/botHarness';
import { actionsIn, cardsIn, textOf } from '../support/cards';
import { capturedLogger } from '../support/capturedLog';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { KARI, OLA, seedTwoPeople } from '../privacy/seedTwoPeople';

const ADMIN = testUser('admin');
const asUser = (p: typeof KARI): TestUser => ({ id: p.teamsId, aadObjectId: p.aad, name: p.name });

async function everyDocument(store: DocumentStore): Promise<Array<{ container: ContainerName; doc: BaseDoc }>> {
  const out: Array<{ container: ContainerName; doc: BaseDoc }> = [];
  for (const container of CONTAINER_NAMES) for (const d of await store.collection<BaseDoc>(container).query()) out.push({ container, doc: d.value });
  return out;
}
const traces = (docs: Array<{ container: ContainerName; doc: BaseDoc }>, needles: string[]) =>
  docs.filter(({ doc }) => needles.some((n) => JSON.stringify(doc).toLowerCase().includes(n.toLowerCase()))).map(({ container, doc }) => `${container}/${doc.id}`);

afterAll(async () => {
  await stopSharedCosmosServer();
});

describe.each(STORE_KINDS)('personal data in Teams (%s store)', (kind) => {
  const c = {} as BotCtx;
  const log = capturedLogger();
  const chat = (u: TestUser) => new ChatSession(c.bot, c.connector, u);

  beforeAll(async () => {
    c.connector = await startConnector();
    c.bot = await startBot({ store: await freshStore(kind), env: { ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId }, logger: log.logger });
    await seedTwoPeople(c.bot.app.store);
  }, 60_000);
  afterAll(async () => {
    await c.bot?.stop();
    await c.connector?.stop();
  });

  it('«mine data» shows what is held about the person and offers it as a JSON file, with nothing of anyone else', async () => {
    const replies = await chat(asUser(KARI)).say('mine data');
    const card = replies.flatMap(cardsIn).find((x) => x.type === 'AdaptiveCard');
    expect(textOf(card)).toContain(KARI.email);
    expect(textOf(card)).toContain('Digitalt tilsyn');
    const offer = replies.flatMap((r) => r.attachments ?? []).find((a: any) => a.contentType === FILE_CONSENT_CONTENT_TYPE);
    expect(offer).toBeDefined();
    const file = await new PendingFileRepository(c.bot.app.store).get(offer.content.acceptContext.consentId);
    expect(file?.ownerAadObjectId).toBe(KARI.aad);
    const data = JSON.parse(Buffer.from(file!.contentBase64, 'base64').toString('utf8'));
    expect(data.roster.name).toBe(KARI.name);
    expect(data.initiatives.map((i: any) => i.id).sort()).toEqual(['ini-kari', 'ini-ola-shared']);
    expect(data.ideasSubmitted.map((i: any) => i.id)).toEqual(['idea-kari']);
    expect(data.supports.map((s: any) => s.ideaId).sort()).toEqual(['idea-kari', 'idea-ola']);
    expect(data.reminderHistory.map((o: any) => o.recipientKey)).toEqual([KARI.email]);
    expect(data.applications.map((a: any) => a.id)).toEqual(['app-kari']);
    const text = JSON.stringify(data) + JSON.stringify(card);
    for (const other of [OLA.email, 'Ola trenger', 'ola-chat', 'app-ola', 'ini-ola-only', 'rep-ola']) expect([other, text.includes(other)]).toEqual([other, false]);
  });

  it('only admins may remove; the admin card removes every trace of the person and logs counts without the name', async () => {
    expect(texts(await chat(asUser(OLA)).say('fjern person'))).toContain('Dette er bare for programadministratorene');
    // Pressing the confirm button's data directly does not help a non-admin either.
    expect(texts(await chat(asUser(OLA)).press({ data: { verb: 'personRemove', email: KARI.email } }))).toContain('Dette er bare for programadministratorene');
    expect(traces(await everyDocument(c.bot.app.store), [KARI.aad]).length).toBeGreaterThan(0);

    const form = lastCard(await chat(ADMIN).say('fjern person'));
    const next = actionsIn(form).find((a) => a.data?.verb === 'personRemoveAsk');
    expect(texts(await chat(ADMIN).press(next, { email: 'ikke en adresse' }))).toContain('gyldig e-postadresse');
    const confirm = lastCard(await chat(ADMIN).press(next, { email: ` ${KARI.email.toUpperCase()} ` }));
    expect(textOf(confirm)).toContain(KARI.email);
    const done = texts(await chat(ADMIN).press(actionsIn(confirm).find((a) => a.data?.verb === 'personRemove')));
    expect(done).toMatch(/Ferdig: \d+ dokumenter slettet og \d+ anonymisert/);

    const after = await everyDocument(c.bot.app.store);
    expect(traces(after, KARI.needles)).toEqual([]);
    const idea = (await c.bot.app.store.collection<Idea>('ideas').read('idea-kari'))?.value;
    expect(idea).toMatchObject({ title: 'Oppskrift på kjøleskapet', anonymous: true });
    const own = (await c.bot.app.store.collection<Initiative>('initiatives').read('ini-kari'))?.value;
    expect(own).toMatchObject({ title: 'Digitalt tilsyn', ownerName: 'Tidligere leder' });
    expect(traces(after, [OLA.email]).length).toBeGreaterThan(0);

    const removal = log.lines.find((l) => l.msg === 'person removed on request');
    expect(removal).toMatchObject({ found: true });
    const logged = JSON.stringify(log.lines);
    for (const needle of KARI.needles) expect([needle, logged.toLowerCase().includes(needle.toLowerCase())]).toEqual([needle, false]);
  });
});
