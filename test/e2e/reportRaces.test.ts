// A report form stays open while the world changes: the initiative is closed, or the leader is
// no longer its owner, before «Send» is pressed; or the leader opened the form again, so an old
// dialog's card comes in while a new dialog of the same form is on the same step. Each submit
// gets a clear answer and stores nothing; the current form still works.
import { testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { formAction } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { makeInitiative } from '../../fixtures/makeInitiative';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { ReportRepository } from '../../src/storage/repositories/reportRepository';
import { t } from '../../src/i18n';

const REPORT = {
  status: 'active',
  progress: 'on_track',
  phase: 'insight',
  doneSinceLast: 'Kartlagt hva som kastes.',
  nextSteps: 'Lage oppskrifter.',
  nextStepsDate: '2027-01-15',
  employeeInvolvement: 'Kjøkkenteamet.',
  learning: 'Vi kaster mest brød.',
  barriers: '',
  helpNeeded: 'none',
  helpText: '',
  measurementType: 'avoided_cost',
  measurementValue: '12 kg per uke',
  measurementDate: '2026-12-20',
  measurementNote: '',
  spreadActions: 'shared_internal',
};

describe('a report form that is open while things change', () => {
  const c = useBot();

  async function leaderWithInitiative(n: number) {
    const chat = new ChatSession(c.bot, c.connector, testUser(900 + n));
    const initiatives = new InitiativeRepository(c.bot.app.store);
    const id = `ini-race-${n}`;
    await initiatives.createIfAbsent(makeInitiative({ id, title: `Tiltak ${n}`, ownerId: chat.user.aadObjectId, ownerName: chat.user.name }));
    const reports = () => new ReportRepository(c.bot.app.store).history(id);
    return { chat, initiatives, id, reports };
  }

  async function openReportForm(chat: ChatSession): Promise<any[]> {
    const form = await chat.say('rapporter');
    expect(formAction(lastCard(form), 'submit')?.data.step).toBe('form');
    return form;
  }

  it('refuses the submit when the initiative was closed while the form was open', async () => {
    const { chat, initiatives, id, reports } = await leaderWithInitiative(1);
    const form = await openReportForm(chat);
    await initiatives.update(id, (i) => ({ ...i, status: 'stopped' }));
    const r = await chat.submit(form, 'submit', REPORT);
    expect(texts(r)).toContain(t('nb', 'flow.closedInitiative'));
    expect(await reports()).toEqual([]);
    expect((await initiatives.get(id))?.value).toMatchObject({ status: 'stopped', phase: 'anchor' });
    // The dialog has ended: the same card again is answered as an old form.
    expect(texts(await chat.submit(form, 'submit', REPORT))).toContain(t('nb', 'dialog.staleCard'));
    expect(await reports()).toEqual([]);
  });

  it('refuses the submit when the leader stopped being the owner while the form was open', async () => {
    const { chat, initiatives, id, reports } = await leaderWithInitiative(2);
    const form = await openReportForm(chat);
    await initiatives.update(id, (i) => ({ ...i, ownerId: 'someone-else', ownerName: 'Noen andre', coOwnerIds: [] }));
    const r = await chat.submit(form, 'submit', REPORT);
    expect(texts(r)).toContain(t('nb', 'access.notOwner'));
    expect(await reports()).toEqual([]);
    expect((await initiatives.get(id))?.value).toMatchObject({ phase: 'anchor', ownerId: 'someone-else' });
  });

  it('answers an old dialog’s card while a new dialog of the same form is on the same step, and applies only the new one', async () => {
    const { chat, id, reports, initiatives } = await leaderWithInitiative(3);
    const oldForm = await openReportForm(chat);
    // Cancelled first: the same start on an open, unused form would show that form again.
    await chat.say('avbryt');
    const newForm = await openReportForm(chat);
    expect(formAction(lastCard(oldForm), 'submit').data.token).not.toBe(formAction(lastCard(newForm), 'submit').data.token);
    const r = await chat.submit(oldForm, 'submit', { ...REPORT, doneSinceLast: 'Fra det gamle skjemaet.' });
    expect(texts(r)).toContain(t('nb', 'dialog.staleCard'));
    expect(await reports()).toEqual([]);
    const saved = await chat.submit(newForm, 'submit', REPORT);
    expect(texts(saved)).toMatch(/Statusrapporten .* er lagret/);
    const history = await reports();
    expect(history).toHaveLength(1);
    expect(history[0]!.doneSinceLast).toBe(REPORT.doneSinceLast);
    expect((await initiatives.get(id))?.value.phase).toBe('insight');
  });
});
