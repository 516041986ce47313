// The new leader verbs attacked over HTTP against the loopback connector: forged `rediger` saves
// (the owner as co-owner, too many co-owners, a phase outside the list, wrong types, huge texts)
// get a clear Norwegian note at the field and change nothing; an old «Legg til detaljer» pressed
// again shows the form that is open instead of saying it was interrupted for the same form.
// A leader who asks for help in report after report reaches the sector head at most three times
// a day, and is told so, and whom to contact instead: the sector head, or the innovation team
// when the sector has none.
import { installationUpdate, personalConversationId, testUser, type TestUser } from '../support/activities';
import { addSectorHead } from '../support/roster';
import { useBot } from '../support/botHarness';
import { actionsIn, cardsIn, formAction, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { registerEssentials, rosterLeader } from '../support/leaderForms';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import type { DocumentStore } from '../../src/storage/documentStore';
import type { Initiative } from '../../src/domain/initiative/initiative';
import { fieldErrorText } from '../../src/teams/cards/initiativeText';
import { t } from '../../src/i18n';

afterAll(() => stopSharedCosmosServer());

const SECTOR = 'Oppvekst barnehage';
const WHAT = { title: 'Matoppskrifter på kjøleskapet', problem: 'Maten blir kastet.', goal: 'Halvere matsvinnet.' };
const WHO = { beneficiaries: 'users,employees', phase: 'anchor' };
const NO_HEAD_SECTOR = 'Miljø, idrett og kultur';
const ADMIN = { ...testUser(7490), name: 'Kari Admin' };

describe.each(STORE_KINDS)('the new leader verbs under attack (%s store)', (kind) => {
  let store: DocumentStore;
  const c = useBot(async () => ({ store: (store = await freshStore(kind)), env: { ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId } }));
  const initiatives = () => new InitiativeRepository(store);

  async function leader(n: number, unit: string): Promise<ChatSession> {
    return rosterLeader(c, n, unit, SECTOR);
  }

  async function registerShort(chat: ChatSession): Promise<Initiative> {
    await registerEssentials(chat, WHAT, WHO);
    return (await initiatives().listByOwner(chat.user.aadObjectId))[0]!;
  }

  it('forged rediger saves get the note at the field and change nothing', async () => {
    const owner = await leader(7300, 'Bekkestua barnehage');
    const colleagues: ChatSession[] = [];
    for (let i = 0; i < 11; i++) colleagues.push(await leader(7301 + i, `Enhet ${i}`));
    const initiative = await registerShort(owner);
    const before = await initiatives().get(initiative.id);

    let r = await owner.say('rediger');
    r = await owner.submit(r, 'next', WHAT);
    const forged: Array<[Record<string, unknown>, string]> = [
      [{ coOwnerIds: owner.user.aadObjectId }, fieldErrorText('nb', { code: 'invalidChoice' })],
      [{ coOwnerIds: 'not-on-the-roster' }, fieldErrorText('nb', { code: 'invalidChoice' })],
      [{ coOwnerIds: colleagues.map((col) => col.user.aadObjectId).join(',') }, fieldErrorText('nb', { code: 'tooManyChoices', max: 10 })],
      [{ phase: 'closed' }, fieldErrorText('nb', { code: 'invalidChoice' })],
      [{ phase: { $ne: 'anchor' } }, fieldErrorText('nb', { code: 'required' })],
      [{ funding: 'x'.repeat(100_000) }, fieldErrorText('nb', { code: 'invalidChoice' })],
      [{ benefit1Type: 'quality', benefit1Description: 'y'.repeat(100_000) }, fieldErrorText('nb', { code: 'tooLong', max: 1000 })],
      [{ employeesInvolved: '2.5' }, fieldErrorText('nb', { code: 'notANumber' })],
      [{ employeesInvolved: ['-3'] }, fieldErrorText('nb', { code: 'outOfRange', min: 0, max: 5000 })],
      [{ startDate: '2026-02-30' }, fieldErrorText('nb', { code: 'invalidDate' })],
    ];
    for (const [inputs, note] of forged) {
      r = await owner.submit(r, 'submit', { ...WHO, ...inputs });
      expect(texts(r)).toContain(t('nb', 'dialog.fixErrors'));
      expect(textOf(lastCard(r))).toContain(note);
    }
    // The note for a forged choice names no «ingen» answer: there is none among co-owners or phases.
    expect(fieldErrorText('nb', { code: 'invalidChoice' })).not.toMatch(/ingen/i);
    expect(fieldErrorText('en', { code: 'invalidChoice' })).not.toMatch(/none/i);
    const after = await initiatives().get(initiative.id);
    expect(after!.etag).toBe(before!.etag);
    expect(after!.value.changes).toBeUndefined();
  });

  it('«Legg til detaljer» pressed twice shows the open form again, not «avbrutt» for the same form', async () => {
    const chat = await leader(7320, 'Solsikken barnehage');
    let r = await chat.say('nytt tiltak');
    r = await chat.submit(r, 'next', WHAT);
    r = await chat.submit(r, 'next', WHO);
    r = await chat.submit(r, 'submit');
    const nudge = r.filter((a) => !a.updated).flatMap(cardsIn).pop();
    const button = actionsIn(nudge).find((a) => a.data?.verb === 'edit');
    const first = await chat.press(button);
    const token = formAction(lastCard(first), 'submit')?.data.token;
    const second = await chat.press(button);
    expect(texts(second)).not.toContain(t('nb', 'dialog.interrupted'));
    expect(formAction(lastCard(second), 'submit')?.data).toMatchObject({ form: 'edit', step: 'who', token });
    // Either card saves the form once.
    r = await chat.submit(second, 'submit', { ...WHO, employeesInvolved: '3' });
    expect(texts(r)).toContain(t('nb', 'flow.detailsSaved', { title: WHAT.title }));
    expect(texts(await chat.submit(first, 'submit', { ...WHO, employeesInvolved: '3' }))).not.toContain(t('nb', 'flow.detailsSaved', { title: WHAT.title }));
  });

  const nextWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const helpReport = () => ({ status: 'active', progress: 'blocked', phase: 'anchor', doneSinceLast: 'Kartlagt.', nextSteps: 'Teste.', nextStepsDate: nextWeek(), employeeInvolvement: 'Alle.', helpNeeded: 'innovation_adviser', helpText: 'Trenger hjelp.' });
  const helpCardsTo = (user: TestUser) => c.connector.sentTo(personalConversationId(user)).flatMap(cardsIn).filter((card) => textOf(card).includes('ber om hjelp'));

  /** Four reports asking for help, one a turn; what the leader read after each. */
  async function askForHelpFourTimes(chat: ChatSession): Promise<string[]> {
    const answers: string[] = [];
    for (let n = 0; n < 4; n++) answers.push(texts(await chat.submit(await chat.say('rapporter'), 'submit', helpReport())));
    return answers;
  }

  it('help asked for in report after report reaches the sector head three times a day; then the leader is told why not', async () => {
    const chat = await leader(7400, 'Bekkestua barnehage');
    const head = { ...testUser(7401), name: 'Sjef 7401' };
    await c.bot.post(installationUpdate({ serviceUrl: c.connector.url, user: head, action: 'add' }));
    await addSectorHead(c.bot, head, SECTOR);
    const initiative = await registerShort(chat);
    const answers = await askForHelpFourTimes(chat);
    expect(answers.slice(0, 3).every((a) => a.includes(t('nb', 'access.helpSentTo', { names: head.name })))).toBe(true);
    expect(answers[3]).toContain(t('nb', 'access.helpLimited', { max: 3 }));
    expect(answers[3]).not.toContain(t('nb', 'access.helpSentTo', { names: head.name }));
    expect(helpCardsTo(head)).toHaveLength(3);
    // Every report is saved all the same.
    expect((await initiatives().get(initiative.id))!.value.lastReportAt).toBeDefined();
    expect(answers.every((a) => a.includes('Statusrapporten'))).toBe(true);
    // The fourth turn says once that the report is saved, and points to the sector head.
    expect(answers[3]!.match(/lagret/g)).toHaveLength(1);
    expect(answers[3]).toContain('kontakt med kommunalsjefen din direkte');
    expect(answers[3]).not.toContain('innovasjonsteamet');
  });

  it('in a sector with no sector head, the fourth help request in a day points the leader to the innovation team', async () => {
    const chat = await rosterLeader(c, 7410, 'Bekkestua bibliotek', NO_HEAD_SECTOR);
    await c.bot.post(installationUpdate({ serviceUrl: c.connector.url, user: ADMIN, action: 'add' }));
    await registerShort(chat);
    const answers = await askForHelpFourTimes(chat);
    expect(answers.slice(0, 3).every((a) => a.includes(t('nb', 'access.helpSentToAdmins', { sector: NO_HEAD_SECTOR })))).toBe(true);
    expect(helpCardsTo(ADMIN)).toHaveLength(3);
    expect(answers[3]).toContain(t('nb', 'access.helpLimitedAdmins', { max: 3 }));
    expect(answers[3]!.match(/lagret/g)).toHaveLength(1);
    expect(answers[3]).toContain('kontakt med innovasjonsteamet direkte');
    expect(answers[3]).not.toContain('kommunalsjef');
  });
});
