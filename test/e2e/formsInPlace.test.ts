// Forms do not flood the chat: a submitted card is updated in place (the connector records a PUT
// of the submitted activity, not a new full card), errors come back in the same card, and a
// taken card keeps no inputs or red notes. Also the counts of the registration path, and a report
// that stops an initiative without next steps. Over HTTP against the loopback connector.
import { personalConversationId, testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { addLeader } from '../support/roster';
import { actionsIn, cardsIn, inputsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, lastCardActivity, texts } from '../support/leaderSession';
import { freshStore } from '../support/stores';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { ReportRepository } from '../../src/storage/repositories/reportRepository';
import type { DocumentStore } from '../../src/storage/documentStore';

const PROFILE = { name: 'Kari Leder', unit: 'Bekkestua barnehage', sector: 'Oppvekst barnehage', role: 'leader', language: 'nb' };
const WHAT = { title: 'Matoppskrifter på kjøleskapet', problem: 'Maten blir kastet.', goal: 'Halvere matsvinnet.' };
const today = () => new Date().toISOString().slice(0, 10);
const STEPS = [
  WHAT,
  { beneficiaries: 'users', innovationTypes: 'process' },
  { employeeInvolvement: 'workgroup', employeesInvolved: '6' },
  { benefit1Type: 'avoided_cost', benefit1Description: 'Mindre mat kastet' },
  { phase: 'anchor', startDate: today(), plannedInUseDate: '2099-06-01' },
];

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
      expect(textOf(cardsIn(note)[0])).toContain(`Steg ${i + 1} av 6 er tatt imot`);
      expect(JSON.stringify(note)).not.toMatch(/Attention|Noe må rettes/);
      cardsSent += posts(r).filter((a) => cardsIn(a).length > 0).length;
    }
    const summaryId = lastCardActivity(r).id;
    r = await chat.submit(r, 'submit');
    clicks += 1;
    expect(texts(posts(r))).toMatch(/er registrert/);
    expect(textOf(cardsIn(updates(r).find((u) => u.id === summaryId))[0])).toContain('Skjemaet er sendt inn');
    // Today's path: five steps and the summary (the profile was confirmed before).
    expect(cardsSent).toBe(6);
    expect(clicks).toBeGreaterThan(6);
    expect(c.connector.updates().length - putsBefore).toBeGreaterThanOrEqual(8);
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
});
