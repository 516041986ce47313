// Forms do not flood the chat: a submitted card is updated in place (the connector records a PUT
// of the submitted activity, not a new full card), errors come back in the same card, and a
// taken card keeps no inputs or red notes. Also the counts of the registration path, and a report
// that stops an initiative without next steps, and a closing that takes exactly two cards (the
// report, then the closing report). Over HTTP against the loopback connector.
import { personalConversationId, testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { addLeader } from '../support/roster';
import { actionsIn, cardsIn, inputsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, lastCardActivity, texts } from '../support/leaderSession';
import { freshStore } from '../support/stores';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { ReportRepository } from '../../src/storage/repositories/reportRepository';
import type { DocumentStore } from '../../src/storage/documentStore';
import { factorFieldIds } from '../../src/domain/initiative/reportForm';

const PROFILE = { name: 'Kari Leder', unit: 'Bekkestua barnehage', sector: 'Oppvekst barnehage', role: 'leader', language: 'nb' };
const WHAT = { title: 'Matoppskrifter på kjøleskapet', problem: 'Maten blir kastet.', goal: 'Halvere matsvinnet.' };
const today = () => new Date().toISOString().slice(0, 10);
const STEPS = [
  WHAT,
  // The essentials, and the optional KS fields filled in on the same card.
  {
    beneficiaries: 'users',
    phase: 'anchor',
    innovationTypes: 'process',
    employeeInvolvement: 'workgroup',
    employeesInvolved: '6',
    benefit1Type: 'avoided_cost',
    benefit1Description: 'Mindre mat kastet',
    startDate: today(),
    plannedInUseDate: '2099-06-01',
  },
];

const FACTOR_IDS = factorFieldIds();
const posts = (r: any[]) => r.filter((a) => !a.updated);
const updates = (r: any[]) => r.filter((a) => a.updated);

describe('form cards updated in place', () => {
  let store: DocumentStore;
  const c = useBot(async () => ({ store: (store = await freshStore('embedded')) }));

  it('replaces a card with errors in place, then by a one-line note once taken; counts the registration path', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(300));
    await addLeader(c.bot, testUser(300), PROFILE.unit, PROFILE.sector);
    const putsBefore = c.connector.updates().length;
    let r = await chat.say('profil');
    r = await chat.submit(r, 'submit', PROFILE);
    let cardsSent = 0;
    let clicks = 1;
    r = await chat.say('nytt tiltak');
    cardsSent += posts(r).filter((a) => cardsIn(a).length > 0).length;
    const first = lastCardActivity(r);

    // A step with errors comes back in the same message, not as a second copy.
    r = await chat.submit(r, 'next', { ...WHAT, title: '' });
    expect(posts(r)).toEqual([]);
    expect(updates(r)).toHaveLength(1);
    expect(updates(r)[0].id).toBe(first.id);
    expect(texts(r)).toMatch(/Noe må rettes/);
    expect(inputsIn(lastCard(r)).get('problem')?.value).toBe(WHAT.problem);

    for (const [i, values] of STEPS.entries()) {
      const submittedId = lastCardActivity(r).id;
      r = await chat.submit(r, 'next', values);
      clicks += 1 + Object.keys(values).length;
      // The submitted card became a read-only note: no inputs, no red notes.
      const note = updates(r).find((u) => u.id === submittedId);
      expect(note).toBeDefined();
      expect(inputsIn(cardsIn(note)[0]).size).toBe(0);
      expect(textOf(cardsIn(note)[0])).toContain(`Steg ${i + 1} av 3 er tatt imot`);
      expect(JSON.stringify(note)).not.toMatch(/Attention|Noe må rettes/);
      cardsSent += posts(r).filter((a) => cardsIn(a).length > 0).length;
    }
    const summaryId = lastCardActivity(r).id;
    r = await chat.submit(r, 'submit');
    clicks += 1;
    expect(texts(posts(r))).toMatch(/er registrert/);
    expect(textOf(cardsIn(updates(r).find((u) => u.id === summaryId))[0])).toContain('Skjemaet er sendt inn');
    // Two form cards and the summary (the profile was confirmed before); everything filled in, so no nudge.
    expect(cardsSent).toBe(3);
    expect(cardsIn(posts(r).at(-1)!)).toHaveLength(0);
    expect(clicks).toBeGreaterThan(3);
    expect(c.connector.updates().length - putsBefore).toBeGreaterThanOrEqual(4);
    expect(c.connector.updates().every((u) => u.conversationId === personalConversationId(chat.user))).toBe(true);
  });

  it('posts as before when Teams does not say which card was submitted', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(301));
    let r = await chat.say('profil');
    r = await chat.press(lastCard(r).actions.find((a: any) => a.data?.nav === 'submit'), PROFILE);
    expect(posts(r).length).toBeGreaterThan(0);
    expect(updates(r)).toEqual([]);
  });

  it('stops an initiative without asking for next steps', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(302));
    await addLeader(c.bot, testUser(302), PROFILE.unit, PROFILE.sector);
    let r = await chat.say('profil');
    r = await chat.submit(r, 'submit', PROFILE);
    r = await chat.say('nytt tiltak');
    for (const values of STEPS) r = await chat.submit(r, 'next', values);
    r = await chat.submit(r, 'submit');
    r = await chat.say('rapporter');
    // Teams blocks a submit on an empty required input: next steps must not be required on the card.
    expect(inputsIn(lastCard(r)).get('nextSteps')?.isRequired).toBeFalsy();
    expect(inputsIn(lastCard(r)).get('nextStepsDate')?.isRequired).toBeFalsy();
    // Date inputs carry a Norwegian hint.
    expect(inputsIn(lastCard(r)).get('nextStepsDate')?.placeholder).toBe('dd.mm.åååå');
    r = await chat.submit(r, 'submit', {
      status: 'stopped',
      progress: 'blocked',
      phase: 'anchor',
      doneSinceLast: 'Vi fant en bedre løsning i nabokommunen.',
      employeeInvolvement: 'Alle ble hørt.',
      helpNeeded: 'none',
      nextSteps: '',
      nextStepsDate: '',
    });
    expect(texts(r)).toMatch(/Statusrapporten .* er lagret/);
    const [initiative] = await new InitiativeRepository(store).listByOwner(chat.user.aadObjectId);
    expect(initiative).toMatchObject({ status: 'stopped' });
    const reports = await new ReportRepository(store).history(initiative!.id);
    expect(reports[0]).not.toHaveProperty('nextSteps');

    // A closed initiative offers «Gjenåpne», not «Rapporter»; only its owner (or an admin) may use it.
    const list = lastCard(await chat.say('mine tiltak'));
    const buttons = actionsIn(list).filter((a) => a.data?.initiativeId === initiative!.id);
    expect(buttons.map((a) => a.data.verb)).toEqual(['reopen', 'edit', 'details']);
    expect(buttons[0].title).toBe('Gjenåpne');
    const detail = lastCard(await chat.press(buttons.find((a) => a.data.verb === 'details')));
    expect(actionsIn(detail).map((a) => a.data?.verb)).toEqual(['reopen', 'edit']);
    const stranger = new ChatSession(c.bot, c.connector, testUser(303));
    expect(texts(await stranger.press(buttons[0]))).not.toMatch(/åpnet igjen/);
    expect((await new InitiativeRepository(store).get(initiative!.id))!.value.status).toBe('stopped');
    expect(texts(await chat.press(buttons[0]))).toMatch(/er åpnet igjen/);
    expect(texts(await chat.press(buttons[0]))).toMatch(/er allerede åpent/);
    const reopened = (await new InitiativeRepository(store).get(initiative!.id))!.value;
    expect(reopened).toMatchObject({ status: 'active', changes: [{ kind: 'reopened', byId: chat.user.aadObjectId, fromStatus: 'stopped' }] });
    expect(reopened.changes).toHaveLength(1);
    expect(actionsIn(lastCard(await chat.say('mine tiltak'))).filter((a) => a.data?.initiativeId === initiative!.id).map((a) => a.data.verb)).toEqual(['report', 'edit', 'details']);
  });

  it('closes in exactly two cards: no closing inputs on the report card, the closing card next, Tilbake keeps the values', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(304));
    await addLeader(c.bot, testUser(304), PROFILE.unit, PROFILE.sector);
    let r = await chat.say('profil');
    r = await chat.submit(r, 'submit', PROFILE);
    r = await chat.say('nytt tiltak');
    for (const values of STEPS) r = await chat.submit(r, 'next', values);
    r = await chat.submit(r, 'submit');
    const [initiative] = await new InitiativeRepository(store).listByOwner(chat.user.aadObjectId);
    const report = {
      status: 'done_no_effect',
      progress: 'on_track',
      phase: 'pilot',
      doneSinceLast: 'Prøvd ut et halvt år.',
      employeeInvolvement: 'Kokkene testet oppskriftene.',
      helpNeeded: 'none',
    };
    const closing = {
      effectMeasured: 'qual',
      closingSpreadActions: 'none',
      ...Object.fromEntries(FACTOR_IDS.map((id, i) => [id, i < 3 ? 'na' : '5'])),
    };
    let cardsSent = 0;
    const countCards = (replies: any[]) => (cardsSent += posts(replies).filter((a) => cardsIn(a).length > 0).length);

    r = await chat.say('rapporter');
    countCards(r);
    const inputs = [...inputsIn(lastCard(r)).keys()];
    expect(inputs).toContain('doneSinceLast');
    expect(inputs.filter((id) => /^factor_|^inUseDate$|^achievedBenefits$|^effectMeasured$|^closingSpreadActions$/.test(id))).toEqual([]);

    const reportCardId = lastCardActivity(r).id;
    r = await chat.submit(r, 'submit', report);
    countCards(r);
    expect(textOf(cardsIn(updates(r).find((u) => u.id === reportCardId))[0])).toContain('Steg 1 av 2 er tatt imot');
    const closingCard = lastCard(r);
    expect(textOf(closingCard)).toContain('Sluttrapport');
    expect(inputsIn(closingCard).get('effectMeasured')?.label).toContain('(*)');
    expect(inputsIn(closingCard).get('inUseDate')?.label).not.toContain('(*)');
    expect((inputsIn(closingCard).get('factor_time')?.choices as any[]).map((ch) => ch.value)).toContain('na');
    expect(await new ReportRepository(store).history(initiative!.id)).toEqual([]);

    // Tilbake: the report card again, with what the leader wrote; then on to the closing card.
    r = await chat.submit(r, 'back');
    expect(inputsIn(lastCard(r)).get('doneSinceLast')?.value).toBe(report.doneSinceLast);
    expect(inputsIn(lastCard(r)).get('status')?.value).toBe('done_no_effect');
    r = await chat.submit(r, 'submit', report);
    const closingReplies = r;
    r = await chat.submit(r, 'submit', closing);
    expect(texts(r)).toMatch(/Sluttrapporten .* er lagret/);

    // A double click on the closing card saves nothing more.
    await chat.submit(closingReplies, 'submit', closing);
    const history = await new ReportRepository(store).history(initiative!.id);
    expect(history).toHaveLength(1);
    expect(history[0]!.closing).toMatchObject({ inUseDate: '', effectMeasured: 'qual', spreadActions: ['none'] });
    expect(Object.keys(history[0]!.closing!.factors)).toHaveLength(7);
    expect((await new InitiativeRepository(store).get(initiative!.id))!.value.status).toBe('done_no_effect');
    // Closing took two cards: the report and the closing report (Tilbake aside).
    expect(cardsSent).toBe(2);
  });
});
