// The owner hears once when a co-owner changes their initiative: a notice in the owner's personal
// chat naming the editor and the changed fields, with «Detaljer»; a retried «Lagre», or the same
// save handled by two instances, tells the owner once; a co-owner's report likewise. The owner's
// own edits and reports and a co-owner's save that changes nothing tell nobody, and an owner the
// bot cannot reach is skipped while the co-owner's save stands. Over HTTP against the loopback
// connector, on the embedded store and the Cosmos emulator.
import { personalConversationId, testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { useTwoBotsOnCosmos } from '../support/twoInstances';
import { actionsIn, cardsIn, formAction, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { registerEssentials, rosterLeader } from '../support/leaderForms';
import { addLeader } from '../support/roster';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { ConversationRepository } from '../../src/storage/repositories/conversationRepository';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { OutboxRepository } from '../../src/storage/repositories/outboxRepository';
import type { DocumentStore } from '../../src/storage/documentStore';
import type { Initiative } from '../../src/domain/initiative/initiative';
import { t } from '../../src/i18n';

afterAll(() => stopSharedCosmosServer());

const SECTOR = 'Oppvekst barnehage';
/** A programme admin (ADMIN_AAD_OBJECT_IDS) who is no co-owner: a stranger to the owner by name alone. */
const ADMIN = { ...testUser(5390), name: 'Kari Admin' };
const WHAT = { title: 'Matoppskrifter på kjøleskapet', problem: 'Maten blir kastet fordi ingen vet hva som kan lages.', goal: 'Halvere matsvinnet.' };
const WHO = { beneficiaries: 'users,employees', phase: 'anchor' };

/** Two weeks from today in Oslo, for the report's next-steps date. */
function inTwoWeeks(): string {
  const d = new Date(`${new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date())}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 14);
  return d.toISOString().slice(0, 10);
}

describe.each(STORE_KINDS)('the owner hears when a co-owner edits or reports on their initiative (%s store)', (kind) => {
  let store: DocumentStore;
  const c = useBot(async () => ({ store: (store = await freshStore(kind)), env: { ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId } }));
  const initiatives = () => new InitiativeRepository(store);
  /** The owner-notice ledger records for this initiative (the Cosmos database is shared by the tests). */
  const ownerNotices = async (initiative: Initiative) =>
    (await new OutboxRepository(store).all()).filter((o) => o.kind === 'owner_notice' && o.key.includes(initiative.id));

  /** The owner notices (cards) that reached this person's personal chat. */
  const notices = (chat: ChatSession, pattern = /endret tiltaket ditt/) =>
    c.connector
      .sentTo(personalConversationId(chat.user))
      .flatMap(cardsIn)
      .filter((card) => pattern.test(textOf(card)));

  /** An owner with an initiative and a colleague made co-owner of it (both with a personal chat). */
  async function ownerAndCoOwner(n: number): Promise<{ owner: ChatSession; coOwner: ChatSession; initiative: Initiative }> {
    const owner = await rosterLeader(c, n, 'Bekkestua barnehage', SECTOR);
    const coOwner = await rosterLeader(c, n + 1, 'Solsikken barnehage', SECTOR);
    await registerEssentials(owner, WHAT, WHO);
    const [registered] = await initiatives().listByOwner(owner.user.aadObjectId);
    const initiative = (await initiatives().update(registered!.id, (i) => ({ ...i, coOwnerIds: [coOwner.user.aadObjectId] })))!;
    return { owner, coOwner, initiative };
  }

  /** Opens `rediger` on the only initiative, changes the first card as given and goes to the second. */
  async function openWho(chat: ChatSession, what = WHAT): Promise<any[]> {
    return chat.submit(await chat.say('rediger'), 'next', what);
  }

  it('a co-owner’s save tells the owner once, naming the editor and the fields, even when the save is retried', async () => {
    const { owner, coOwner, initiative } = await ownerAndCoOwner(5301);
    const r = await openWho(coOwner, { ...WHAT, title: 'Oppskrifter på kjøleskapet', goal: 'Kaste en tredjedel mindre.' });
    const save = formAction(lastCard(r), 'submit');
    const inputs = { ...WHO, phase: 'pilot', coOwnerIds: coOwner.user.aadObjectId };
    // Teams retries the save while the first is still running, and the leader presses again after.
    await Promise.all([coOwner.press(save, inputs), coOwner.press(save, inputs)]);
    await coOwner.press(save, inputs);
    expect((await initiatives().get(initiative.id))!.value.phase).toBe('pilot');

    const told = notices(owner);
    expect(told).toHaveLength(1);
    const fields = 'navn, mål og fase';
    expect(textOf(told[0])).toContain(t('nb', 'ownerNotice.edited', { name: coOwner.user.name, title: 'Oppskrifter på kjøleskapet', fields }));
    expect((await ownerNotices(initiative)).map((o) => o.status)).toEqual(['sent']);
    expect(notices(coOwner)).toHaveLength(0);

    // «Detaljer» on the notice opens the detail card for the owner.
    const details = await owner.press(actionsIn(told[0]).find((a) => a.data?.verb === 'details'));
    expect(textOf(lastCard(details))).toContain('Oppskrifter på kjøleskapet');
  });

  it('an admin’s save is told as the innovation team’s, by name', async () => {
    const { owner, initiative } = await ownerAndCoOwner(5381);
    const admin = new ChatSession(c.bot, c.connector, ADMIN);
    // From a card that names the initiative (an admin owns none of their own).
    let r = await admin.press({ data: { verb: 'edit', initiativeId: initiative.id } });
    r = await admin.submit(r, 'next', WHAT);
    r = await admin.submit(r, 'submit', { ...WHO, phase: 'pilot', coOwnerIds: (initiative.coOwnerIds ?? []).join(',') });
    expect(texts(r)).toContain(t('nb', 'flow.detailsSaved', { title: WHAT.title }));
    const told = notices(owner);
    expect(told).toHaveLength(1);
    expect(textOf(told[0])).toContain(t('nb', 'ownerNotice.edited', { name: 'Kari Admin i innovasjonsteamet', title: WHAT.title, fields: 'fase' }));
  });

  it('the owner’s own edit and a co-owner’s save that changes nothing tell nobody', async () => {
    const { owner, coOwner, initiative } = await ownerAndCoOwner(5311);
    let r = await openWho(owner);
    r = await owner.submit(r, 'submit', { ...WHO, phase: 'pilot', coOwnerIds: coOwner.user.aadObjectId });
    expect(texts(r)).toContain(t('nb', 'flow.detailsSaved', { title: WHAT.title }));
    expect((await initiatives().get(initiative.id))!.value.phase).toBe('pilot');

    r = await openWho(coOwner);
    r = await coOwner.submit(r, 'submit', { ...WHO, phase: 'pilot', coOwnerIds: coOwner.user.aadObjectId });
    expect(texts(r)).toContain(t('nb', 'flow.nothingChanged', { title: WHAT.title }));

    expect(notices(owner)).toHaveLength(0);
    expect(notices(coOwner)).toHaveLength(0);
    expect(await ownerNotices(initiative)).toHaveLength(0);
  });

  it('an owner the bot cannot reach is skipped; the co-owner’s save stands', async () => {
    const { owner, coOwner, initiative } = await ownerAndCoOwner(5321);
    // Handed to a leader who never opened a chat with the bot.
    const absent = await rosterLeader(c, 5323, 'Tredje barnehage', SECTOR);
    await initiatives().update(initiative.id, (i) => ({ ...i, ownerId: absent.user.aadObjectId, ownerName: absent.user.name }));
    let r = await openWho(coOwner);
    r = await coOwner.submit(r, 'submit', { ...WHO, phase: 'pilot', coOwnerIds: coOwner.user.aadObjectId });
    expect(texts(r)).toContain(t('nb', 'flow.detailsSaved', { title: WHAT.title }));
    expect((await initiatives().get(initiative.id))!.value.phase).toBe('pilot');
    expect(notices(absent)).toHaveLength(0);

    // Back to the first owner, whose chat Teams has since reported unreachable.
    await initiatives().update(initiative.id, (i) => ({ ...i, ownerId: owner.user.aadObjectId, ownerName: owner.user.name }));
    const conversations = new ConversationRepository(store);
    await conversations.markUnreachable((await conversations.findByUser(owner.user.aadObjectId))!.value.id);
    r = await openWho(coOwner);
    r = await coOwner.submit(r, 'submit', { ...WHO, phase: 'implement', coOwnerIds: coOwner.user.aadObjectId });
    expect(texts(r)).toContain(t('nb', 'flow.detailsSaved', { title: WHAT.title }));
    expect(notices(owner)).toHaveLength(0);
    expect(await ownerNotices(initiative)).toHaveLength(0);
  });

  it('a co-owner’s report tells the owner once, even when «Send» is retried; the owner’s own report tells nobody', async () => {
    const { owner, coOwner, initiative } = await ownerAndCoOwner(5331);
    const reported = /statusrapport for tiltaket ditt/;
    const report = { status: 'active', progress: 'on_track', phase: 'insight', doneSinceLast: 'Kartlagt.', nextSteps: 'Teste.', nextStepsDate: inTwoWeeks(), employeeInvolvement: 'Alle.', helpNeeded: 'none' };
    let r = await owner.say('rapporter');
    expect(texts(await owner.submit(r, 'submit', report))).toMatch(/Statusrapporten/);
    expect(notices(owner, reported)).toHaveLength(0);

    r = await coOwner.say('rapporter');
    const send = formAction(lastCard(r), 'submit');
    await Promise.all([coOwner.press(send, report), coOwner.press(send, report)]);
    await coOwner.press(send, report);
    const told = notices(owner, reported);
    expect(told).toHaveLength(1);
    expect(textOf(told[0])).toContain(t('nb', 'ownerNotice.reported', { name: coOwner.user.name, title: WHAT.title }));
    expect((await ownerNotices(initiative)).map((o) => o.status)).toEqual(['sent']);
    expect(notices(coOwner, reported)).toHaveLength(0);
  });

  it('a co-owner saving again and again tells the owner at most three times a day; every save stands', async () => {
    const { owner, coOwner, initiative } = await ownerAndCoOwner(5351);
    for (const phase of ['insight', 'ideation', 'pilot', 'implement', 'new_practice']) {
      const r = await coOwner.submit(await openWho(coOwner), 'submit', { ...WHO, phase, coOwnerIds: coOwner.user.aadObjectId });
      expect(texts(r)).toContain(t('nb', 'flow.detailsSaved', { title: WHAT.title }));
    }
    expect((await initiatives().get(initiative.id))!.value.phase).toBe('new_practice');
    expect(notices(owner)).toHaveLength(3);
    expect((await ownerNotices(initiative)).map((o) => o.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('adding and removing a colleague again and again tells them at most three times a day', async () => {
    const { owner, initiative } = await ownerAndCoOwner(5361);
    const colleague = await rosterLeader(c, 5363, 'Tredje barnehage', SECTOR);
    await colleague.say('hjelp');
    const toldColleague = () => notices(colleague, /medeier av tiltaket/);
    for (const coOwnerIds of [colleague.user.aadObjectId, '', colleague.user.aadObjectId, '', colleague.user.aadObjectId]) {
      const r = await owner.submit(await openWho(owner), 'submit', { ...WHO, coOwnerIds });
      expect(texts(r)).toContain(t('nb', 'flow.detailsSaved', { title: WHAT.title }));
    }
    expect((await initiatives().get(initiative.id))!.value.coOwnerIds).toEqual([colleague.user.aadObjectId]);
    expect(toldColleague()).toHaveLength(3);
  });
});

describe('two instances on one Cosmos store: the same co-owner «Lagre» handled by both tells the owner once', () => {
  const two = useTwoBotsOnCosmos('db-ownernotice');

  it('one notice, one ledger record', async () => {
    const [a, b] = two.bots;
    const connector = two.connector;
    const owner = new ChatSession(a, connector, { ...testUser(5341), name: 'Leder 5341' });
    const coOwner = { ...testUser(5342), name: 'Leder 5342' };
    await addLeader(a, owner.user, 'Bekkestua barnehage', SECTOR);
    await addLeader(a, coOwner, 'Solsikken barnehage', SECTOR);
    b.app.directory.invalidate();
    await registerEssentials(owner, WHAT, WHO);
    const [registered] = await new InitiativeRepository(a.app.store).listByOwner(owner.user.aadObjectId);
    await new InitiativeRepository(a.app.store).update(registered!.id, (i) => ({ ...i, coOwnerIds: [coOwner.aadObjectId] }));
    const onA = new ChatSession(a, connector, coOwner);
    const onB = new ChatSession(b, connector, coOwner);
    const r = await onA.submit(await onA.say('rediger'), 'next', WHAT);
    const save = formAction(lastCard(r), 'submit');
    const inputs = { ...WHO, phase: 'pilot', coOwnerIds: coOwner.aadObjectId };
    await Promise.all([onA.press(save, inputs), onB.press(save, inputs)]);
    const told = connector
      .sentTo(personalConversationId(owner.user))
      .flatMap(cardsIn)
      .filter((card) => /endret tiltaket ditt/.test(textOf(card)));
    expect(told).toHaveLength(1);
    expect((await new OutboxRepository(a.app.store).all()).filter((o) => o.kind === 'owner_notice')).toHaveLength(1);
  }, 60_000);
});
