// Co-owners: a leader made co-owner in `rediger` is told once in personal chat (a retried «Lagre»
// tells nobody twice), one taken off is told too, and the editor hears who could not be reached;
// the co-owned initiative shows up where the co-owner looks (`mine tiltak`, the pick card of
// `rapporter`, «Detaljer») and the co-owner can report on it; a stranger can do none of it.
// Over HTTP against the loopback connector, on the embedded store and the Cosmos emulator.
import { installationUpdate, personalConversationId, testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { useTwoBotsOnCosmos } from '../support/twoInstances';
import { actionsIn, cardsIn, formAction, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { registerEssentials, rosterLeader } from '../support/leaderForms';
import { addLeader, addSectorHead } from '../support/roster';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { OutboxRepository } from '../../src/storage/repositories/outboxRepository';
import type { DocumentStore } from '../../src/storage/documentStore';
import type { Initiative } from '../../src/domain/initiative/initiative';
import { t } from '../../src/i18n';
import { loadFacts, StoredIdeaSource } from '../../src/storage/queries/reminderFacts';
import { evaluateLeader } from '../../src/domain/reminders/rules';
import { DEFAULT_WORKING_TIME_POLICY } from '../../src/domain/calendar/policy';

afterAll(() => stopSharedCosmosServer());

const SECTOR = 'Oppvekst barnehage';
const WHAT = { title: 'Matoppskrifter på kjøleskapet', problem: 'Maten blir kastet fordi ingen vet hva som kan lages.', goal: 'Halvere matsvinnet.' };
const WHO = { beneficiaries: 'users,employees', phase: 'anchor' };

const osloToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
function daysFrom(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe.each(STORE_KINDS)('co-owners are told, and find what they co-own (%s store)', (kind) => {
  let store: DocumentStore;
  const c = useBot(async () => ({ store: (store = await freshStore(kind)) }));
  const initiatives = () => new InitiativeRepository(store);

  async function leader(n: number, unit: string): Promise<ChatSession> {
    return rosterLeader(c, n, unit, SECTOR);
  }

  async function register(chat: ChatSession, what = WHAT): Promise<Initiative> {
    await registerEssentials(chat, what, WHO);
    return (await initiatives().listByOwner(chat.user.aadObjectId)).find((i) => i.title === what.title)!;
  }

  /** Opens `rediger` on the owner's only initiative and goes to the second card. */
  async function openWho(chat: ChatSession): Promise<any[]> {
    const r = await chat.say('rediger');
    return chat.submit(r, 'next', WHAT);
  }

  /** What the reminder job would nag this leader about now ('report_overdue' and the like). */
  async function nagsFor(chat: ChatSession): Promise<string[]> {
    const facts = await loadFacts(store, new StoredIdeaSource(store));
    const leaderFacts = facts.leaders.find((l) => l.aadObjectId === chat.user.aadObjectId.toLowerCase())!;
    return evaluateLeader(leaderFacts, { now: new Date(), policy: DEFAULT_WORKING_TIME_POLICY }).findings.map((f) => f.rule);
  }

  /** The co-owner notices (cards) that reached this person's personal chat. */
  const notices = (chat: ChatSession) =>
    c.connector
      .sentTo(personalConversationId(chat.user))
      .flatMap(cardsIn)
      .filter((card) => /medeier av tiltaket/.test(textOf(card)));

  it('an added co-owner is told once, even when the save is retried, and can open, list and report on the initiative', async () => {
    const owner = await leader(5201, 'Bekkestua barnehage');
    const colleague = await leader(5202, 'Solsikken barnehage');
    await colleague.say('hei'); // the bot has their personal chat
    const initiative = await register(owner);
    const mineOwn = await register(colleague, { ...WHAT, title: 'Eget tiltak' });

    // Teams retries the save while the first is still running, and the leader presses again after.
    const r = await openWho(owner);
    const save = formAction(lastCard(r), 'submit');
    const inputs = { ...WHO, coOwnerIds: colleague.user.aadObjectId };
    await Promise.all([owner.press(save, inputs), owner.press(save, inputs)]);
    await owner.press(save, inputs);
    expect((await initiatives().get(initiative.id))!.value.coOwnerIds).toEqual([colleague.user.aadObjectId]);

    const told = notices(colleague);
    expect(told).toHaveLength(1);
    expect(textOf(told[0])).toContain(t('nb', 'coOwnerNotice.added', { name: owner.user.name, title: WHAT.title }));
    const outbox = (await new OutboxRepository(store).all()).filter((o) => o.kind === 'co_owner_notice');
    expect(outbox.map((o) => o.status)).toEqual(['sent']);

    // «Detaljer» on the notice opens the detail card for the co-owner.
    const details = await colleague.press(actionsIn(told[0]).find((a) => a.data?.verb === 'details'));
    expect(textOf(lastCard(details))).toContain(WHAT.title);
    expect(textOf(lastCard(details))).toContain(colleague.user.name);

    // `mine tiltak` lists it beside the co-owner's own, saying whose it is; the owner's own list does not.
    const list = textOf(lastCard(await colleague.say('mine tiltak')));
    expect(list).toContain(WHAT.title);
    expect(list).toContain(mineOwn.title);
    expect(list.split(t('nb', 'coOwnership.listed', { name: owner.user.name }))).toHaveLength(2);
    expect(textOf(lastCard(await owner.say('mine tiltak')))).not.toContain(t('nb', 'coOwnership.listed', { name: owner.user.name }));

    // The pick card of `rediger` offers it too, and the leader's overview lists it as theirs.
    const edit = await colleague.say('rediger');
    expect(formAction(lastCard(edit), 'next')?.data.step).toBe('pick');
    expect(JSON.stringify(lastCard(edit))).toContain(initiative.id);
    await colleague.say('avbryt');
    expect(textOf(lastCard(await colleague.say('oversikt')))).toContain(WHAT.title);

    // Reminders: two months without a report nags the owner, never the co-owner; the co-owner's
    // report below counts for the owner.
    const longAgo = new Date(Date.now() - 60 * 86_400_000).toISOString();
    await initiatives().update(initiative.id, (i) => ({ ...i, createdAt: longAgo, lastChangeAt: longAgo }));
    expect(await nagsFor(owner)).toContain('report_overdue');
    expect(await nagsFor(colleague)).not.toContain('report_overdue');

    // The pick card of `rapporter` offers it, and the co-owner's report counts for the initiative.
    let rep = await colleague.say('rapporter');
    expect(formAction(lastCard(rep), 'next')?.data.step).toBe('pick');
    expect(JSON.stringify(lastCard(rep))).toContain(initiative.id);
    rep = await colleague.submit(rep, 'next', { initiativeId: initiative.id });
    const report = { status: 'active', progress: 'on_track', phase: 'insight', doneSinceLast: 'Kartlagt.', nextSteps: 'Teste.', nextStepsDate: daysFrom(osloToday(), 14), employeeInvolvement: 'Alle.', helpNeeded: 'none' };
    expect(texts(await colleague.submit(rep, 'submit', report))).toMatch(/Statusrapporten/);
    const reported = (await initiatives().get(initiative.id))!.value;
    expect(reported.phase).toBe('insight');
    expect(reported.lastReportAt).toBeDefined();
    expect(await nagsFor(owner)).not.toContain('report_overdue');

    // A stranger gets none of it: not the details, not the report, not the pick.
    const stranger = await leader(5203, 'Et annet sted');
    await register(stranger, { ...WHAT, title: 'Fremmed 1' });
    await register(stranger, { ...WHAT, title: 'Fremmed 2' });
    expect(texts(await stranger.press({ data: { verb: 'details', initiativeId: initiative.id } }))).toMatch(/ikke tilgang/);
    const refused = await stranger.press({ data: { verb: 'report', initiativeId: initiative.id } });
    expect(texts(refused)).toMatch(/ikke tilgang/);
    expect(refused.flatMap(cardsIn)).toHaveLength(0);
    const picked = await stranger.say('rapporter');
    expect(JSON.stringify(lastCard(picked))).not.toContain(initiative.id);
    expect(textOf(lastCard(await stranger.say('mine tiltak')))).not.toContain(WHAT.title);
    expect(textOf(lastCard(await stranger.say('oversikt')))).not.toContain(WHAT.title);
    expect(notices(stranger)).toHaveLength(0);
  });

  it('a co-owner who asks for help in a report is the one the sector head hears from', async () => {
    const owner = await leader(5231, 'Bekkestua barnehage');
    const colleague = await leader(5232, 'Solsikken barnehage');
    const head = { ...testUser(5233), name: 'Sjef 5233' };
    await c.bot.post(installationUpdate({ serviceUrl: c.connector.url, user: head, action: 'add' }));
    await addSectorHead(c.bot, head, SECTOR);
    const initiative = await register(owner);
    await initiatives().update(initiative.id, (i) => ({ ...i, coOwnerIds: [colleague.user.aadObjectId] }));
    const before = c.connector.sentTo(personalConversationId(head)).length;
    let r = await colleague.say('rapporter');
    const report = { status: 'active', progress: 'blocked', phase: 'anchor', doneSinceLast: 'Kartlagt.', nextSteps: 'Teste.', nextStepsDate: daysFrom(osloToday(), 14), employeeInvolvement: 'Alle.', helpNeeded: 'innovation_adviser', helpText: 'Trenger hjelp til måling.' };
    r = await colleague.submit(r, 'submit', report);
    expect(texts(r)).toContain(t('nb', 'access.helpSentTo', { names: head.name }));
    const card = textOf(lastCard(c.connector.sentTo(personalConversationId(head)).slice(before)));
    expect(card).toContain(colleague.user.name);
    expect(card).not.toContain(owner.user.name);
  });

  it('tells nobody when the co-owners did not change; tells one taken off; names to the editor who could not be reached', async () => {
    const owner = await leader(5211, 'Bekkestua barnehage');
    const colleague = await leader(5212, 'Solsikken barnehage');
    const silent = await leader(5213, 'Tredje barnehage'); // never opened a chat with the bot
    await colleague.say('hei');
    const initiative = await register(owner);
    await initiatives().update(initiative.id, (i) => ({ ...i, coOwnerIds: [colleague.user.aadObjectId] }));

    // Another field changed, the co-owners as they were: no notice.
    let r = await openWho(owner);
    r = await owner.submit(r, 'submit', { ...WHO, phase: 'pilot', coOwnerIds: colleague.user.aadObjectId });
    expect(texts(r)).toContain(t('nb', 'flow.detailsSaved', { title: WHAT.title }));
    expect(notices(colleague)).toHaveLength(0);

    // The colleague taken off, someone unreachable added: a short notice without «Detaljer», and
    // the editor hears whom the bot could not tell.
    r = await openWho(owner);
    r = await owner.submit(r, 'submit', { ...WHO, phase: 'pilot', coOwnerIds: silent.user.aadObjectId });
    expect(texts(r)).toContain(t('nb', 'coOwnerNotice.notReached', { names: silent.user.name }));
    const removed = notices(colleague);
    expect(removed).toHaveLength(1);
    expect(textOf(removed[0])).toContain(t('nb', 'coOwnerNotice.removed', { name: owner.user.name, title: WHAT.title }));
    expect(actionsIn(removed[0])).toEqual([]);
    expect(textOf(lastCard(await colleague.say('mine tiltak')))).not.toContain(WHAT.title);
    expect(notices(silent)).toHaveLength(0);
  });
});

describe('two instances on one Cosmos store: the same «Lagre» handled by both tells the co-owner once', () => {
  const two = useTwoBotsOnCosmos('db-coowners');

  it('one notice, one ledger record', async () => {
    const [a, b] = two.bots;
    const connector = two.connector;
    const owner = { ...testUser(5221), name: 'Leder 5221' };
    const colleague = new ChatSession(a, connector, { ...testUser(5222), name: 'Leder 5222' });
    await addLeader(a, owner, 'Bekkestua barnehage', SECTOR);
    await addLeader(a, colleague.user, 'Solsikken barnehage', SECTOR);
    b.app.directory.invalidate();
    await colleague.say('hei');
    const onA = new ChatSession(a, connector, owner);
    const onB = new ChatSession(b, connector, owner);
    let r = await onA.say('nytt tiltak');
    r = await onA.submit(r, 'next', WHAT);
    r = await onA.submit(r, 'next', WHO);
    r = await onA.submit(r, 'submit');
    r = await onA.say('rediger');
    r = await onA.submit(r, 'next', WHAT);
    const save = formAction(lastCard(r), 'submit');
    const inputs = { ...WHO, coOwnerIds: colleague.user.aadObjectId };
    await Promise.all([onA.press(save, inputs), onB.press(save, inputs)]);
    const told = connector
      .sentTo(personalConversationId(colleague.user))
      .flatMap(cardsIn)
      .filter((card) => /medeier av tiltaket/.test(textOf(card)));
    expect(told).toHaveLength(1);
    expect((await new OutboxRepository(a.app.store).all()).filter((o) => o.kind === 'co_owner_notice')).toHaveLength(1);
  }, 60_000);
});
