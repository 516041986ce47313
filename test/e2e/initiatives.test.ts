// Leaders propose, follow and report on initiatives in personal chat, over HTTP as Teams does.
import { installationUpdate, personalConversationId, testUser, type TestUser } from '../support/activities';
import { startBot, startConnector, tempDataDir, useBot, type BotUnderTest } from '../support/botHarness';
import { addLeader, addSectorHead } from '../support/roster';
import { actionsIn, formAction, inputsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { ReportRepository } from '../../src/storage/repositories/reportRepository';
import type { DocumentStore } from '../../src/storage/documentStore';

afterAll(() => stopSharedCosmosServer());

const PROFILE: Record<string, string> = { name: 'Kari Leder', unit: 'Bekkestua barnehage', sector: 'Oppvekst barnehage', language: 'nb' };
const WHAT = { title: 'Matoppskrifter på kjøleskapet', problem: 'Maten blir kastet fordi ingen vet hva som kan lages.', goal: 'Halvere matsvinnet innen sommeren.' };
/** The second card's essentials: who benefits and the phase. */
const WHO = { beneficiaries: 'users,employees', phase: 'anchor' };
/** The optional KS fields, folded away on the same card. */
const EMPLOYEES = { employeeInvolvement: 'proposed,workgroup', employeesInvolved: '6' };
const BENEFITS = { benefit1Type: 'avoided_cost', benefit1Description: 'Mindre mat kastet', benefit2Type: 'work_env', benefit2Description: 'Mer samarbeid på kjøkkenet' };
const DATES = { startDate: '2026-12-01', plannedInUseDate: '2027-06-01' };
const MORE = { innovationTypes: 'process', ...EMPLOYEES, ...BENEFITS, ...DATES };

function stepOf(replies: any[]): string | undefined {
  return formAction(lastCard(replies), 'next')?.data.step ?? formAction(lastCard(replies), 'submit')?.data.step;
}

/** The leader is on the roster (unit and sector come from there) and sets name and language. */
async function confirmProfile(bot: BotUnderTest, chat: ChatSession, profile: Record<string, string> = PROFILE): Promise<void> {
  await addLeader(bot, chat.user, profile.unit!, profile.sector);
  const replies = await chat.say('profil');
  await chat.submit(replies, 'submit', { name: profile.name, language: profile.language });
}

/** Runs the whole proposal and returns the replies to "Registrer". */
async function propose(chat: ChatSession, what: Record<string, string> = WHAT): Promise<any[]> {
  let r = await chat.say('nytt tiltak');
  r = await chat.submit(r, 'next', what);
  r = await chat.submit(r, 'next', { ...WHO, ...MORE });
  return chat.submit(r, 'submit');
}

const REPORT = {
  status: 'active',
  progress: 'on_track',
  doneSinceLast: 'Kartlagt hva som kastes i to uker.',
  nextSteps: 'Lage de første oppskriftene sammen med kokkene.',
  nextStepsDate: '2027-01-15',
  employeeInvolvement: 'Hele kjøkkenteamet var med på kartleggingen.',
  learning: 'Vi kaster mest brød.',
  barriers: '',
  helpNeeded: 'none',
  helpText: '',
  measurementType: 'avoided_cost',
  measurementValue: '12 kg per uke',
  measurementDate: '2026-12-20',
  measurementNote: 'nullpunktsmåling',
  spreadActions: 'shared_internal',
};

const FACTORS = ['safe_operations', 'error_handling', 'internal_collab', 'new_tech', 'limited_money', 'employee_participation', 'user_participation', 'political', 'time', 'competence'];
const CLOSING = {
  inUseDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
  achievedBenefits: 'avoided_cost,work_env',
  effectMeasured: 'quant',
  closingSpreadActions: 'presented_other_units',
  ...Object.fromEntries(FACTORS.map((f, i) => [`factor_${f}`, String((i % 6) + 1)])),
};

describe.each(STORE_KINDS)('initiatives over HTTP (%s store)', (kind) => {
  let store: DocumentStore;
  const c = useBot(async () => ({ store: (store = await freshStore(kind)) }));

  it('a new leader on the roster proposes at once (nothing to type that the roster knows), follows, reports twice and closes', async () => {
    const chat = new ChatSession(c.bot, c.connector, { ...testUser(100), name: PROFILE.name! });
    await addLeader(c.bot, chat.user, PROFILE.unit!, PROFILE.sector);
    let r = await chat.say('nytt tiltak');
    expect(texts(r)).not.toMatch(/profil/i);
    expect(stepOf(r)).toBe('what');
    r = await chat.submit(r, 'next', WHAT);
    expect(stepOf(r)).toBe('who');
    r = await chat.submit(r, 'next', { ...WHO, ...MORE });
    expect(stepOf(r)).toBe('summary');
    expect(textOf(lastCard(r))).toContain(WHAT.title);
    r = await chat.submit(r, 'submit');
    expect(texts(r)).toMatch(/er registrert/);

    const initiatives = new InitiativeRepository(store);
    const [initiative] = await initiatives.listByOwner(chat.user.aadObjectId);
    expect(initiative).toMatchObject({
      ...WHAT,
      beneficiaries: ['users', 'employees'],
      innovationTypes: ['process'],
      employeeInvolvement: ['proposed', 'workgroup'],
      employeesInvolved: 6,
      benefits: [
        { type: 'avoided_cost', description: BENEFITS.benefit1Description },
        { type: 'work_env', description: BENEFITS.benefit2Description },
      ],
      phase: 'anchor',
      startDate: '2026-12-01',
      plannedInUseDate: '2027-06-01',
      ownerId: chat.user.aadObjectId,
      ownerName: PROFILE.name,
      unit: PROFILE.unit,
      sector: PROFILE.sector,
      status: 'active',
    });

    // mine tiltak: the list with report / edit / details buttons.
    r = await chat.say('mine tiltak');
    const list = lastCard(r);
    expect(textOf(list)).toContain(WHAT.title);
    const verbs = actionsIn(list).filter((a) => a.data?.initiativeId === initiative!.id).map((a) => a.data.verb);
    expect(verbs).toEqual(expect.arrayContaining(['report', 'edit', 'details']));
    const details = await chat.press(actionsIn(list).find((a) => a.data?.verb === 'details'));
    expect(textOf(lastCard(details))).toContain(WHAT.goal);

    // Report 1, from the list button, moving the phase from Forankring to Innsikt.
    r = await chat.press(actionsIn(list).find((a) => a.data?.verb === 'report' && a.data.initiativeId === initiative!.id));
    expect(inputsIn(lastCard(r)).get('phase')?.value).toBe('anchor');
    r = await chat.submit(r, 'submit', { ...REPORT, phase: 'insight' });
    expect(texts(r)).toMatch(/Statusrapporten .* er lagret/);

    // Report 2, typed command (one initiative: no picking), at risk.
    r = await chat.say('rapporter');
    r = await chat.submit(r, 'submit', { ...REPORT, phase: 'insight', progress: 'at_risk', doneSinceLast: 'Testet tre oppskrifter.' });
    expect(texts(r)).toMatch(/Statusrapporten/);

    // Closing: a done status leads on to the closing report card; nothing is saved before it is sent.
    r = await chat.say('rapporter');
    r = await chat.submit(r, 'submit', { ...REPORT, phase: 'new_practice', status: 'done_in_use' });
    expect(stepOf(r)).toBe('closing');
    expect(texts(r)).not.toMatch(/lagret/);
    r = await chat.submit(r, 'submit', {});
    expect(texts(r)).toMatch(/må rettes/);
    expect(stepOf(r)).toBe('closing');
    expect(await new ReportRepository(store).history(initiative!.id)).toHaveLength(2);
    r = await chat.submit(r, 'back');
    expect(stepOf(r)).toBe('form');
    expect(inputsIn(lastCard(r)).get('doneSinceLast')?.value).toBe(REPORT.doneSinceLast);
    r = await chat.submit(r, 'submit', { ...REPORT, phase: 'new_practice', status: 'done_in_use' });
    r = await chat.submit(r, 'submit', CLOSING);
    expect(texts(r)).toMatch(/Sluttrapporten .* er lagret/);

    const closed = (await initiatives.get(initiative!.id))!.value;
    expect(closed).toMatchObject({
      status: 'done_in_use',
      phase: 'new_practice',
      closing: { inUseDate: CLOSING.inUseDate, achievedBenefits: ['avoided_cost', 'work_env'], effectMeasured: 'quant', spreadActions: ['presented_other_units'] },
    });
    expect(closed.closing!.factors).toEqual(Object.fromEntries(FACTORS.map((f, i) => [f, (i % 6) + 1])));
    const history = await new ReportRepository(store).history(initiative!.id);
    expect(history.map((h) => [h.phaseBefore, h.phase, h.progress, h.status])).toEqual([
      ['anchor', 'insight', 'on_track', 'active'],
      ['insight', 'insight', 'at_risk', 'active'],
      ['insight', 'new_practice', 'on_track', 'done_in_use'],
    ]);
    expect(history[0]).toMatchObject({
      doneSinceLast: REPORT.doneSinceLast,
      nextSteps: REPORT.nextSteps,
      nextStepsDate: REPORT.nextStepsDate,
      employeeInvolvement: REPORT.employeeInvolvement,
      learning: REPORT.learning,
      helpNeeded: ['none'],
      spreadActions: ['shared_internal'],
      measurements: [{ benefitType: 'avoided_cost', value: '12 kg per uke', date: '2026-12-20', note: 'nullpunktsmåling' }],
    });
    // A closed initiative takes no more reports.
    r = await chat.say('rapporter');
    expect(texts(r)).toMatch(/ingen tiltak|avsluttet/i);
  });
});

describe('forms keep input, refuse forgeries and never duplicate (embedded store)', () => {
  const c = useBot();

  it('returns missing and too long fields with errors and the typed text kept', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(200));
    await confirmProfile(c.bot, chat);
    let r = await chat.say('nytt tiltak');
    const longProblem = 'x'.repeat(2001);
    r = await chat.submit(r, 'next', { title: '', problem: longProblem, goal: 'Et mål' });
    expect(texts(r)).toMatch(/må rettes/);
    const card = lastCard(r);
    expect(stepOf(r)).toBe('what');
    expect(inputsIn(card).get('problem')?.value).toBe(longProblem);
    expect(inputsIn(card).get('goal')?.value).toBe('Et mål');
    const attention = JSON.stringify(card).match(/"color":"attention"/g) ?? [];
    expect(attention.length).toBeGreaterThanOrEqual(2);
    // Corrected, it moves on.
    r = await chat.submit(r, 'next', WHAT);
    expect(stepOf(r)).toBe('who');
    await chat.say('avbryt');
  });

  it('refuses a forged action on another leader\'s initiative and changes nothing', async () => {
    const owner = new ChatSession(c.bot, c.connector, testUser(201));
    await confirmProfile(c.bot, owner);
    await propose(owner);
    const initiatives = new InitiativeRepository(c.bot.app.store);
    const [theirs] = await initiatives.listByOwner(owner.user.aadObjectId);
    const before = await initiatives.get(theirs!.id);

    const intruder = new ChatSession(c.bot, c.connector, testUser(202));
    await confirmProfile(c.bot, intruder, { ...PROFILE, name: 'Ola Annen', unit: 'Et annet sted' });
    for (const verb of ['report', 'edit', 'details']) {
      const r = await intruder.press({ data: { verb, initiativeId: theirs!.id } });
      expect(texts(r)).toMatch(/ikke tilgang/);
      expect(r.flatMap((a: any) => a.attachments ?? [])).toHaveLength(0);
    }
    // A forged form submit (no running dialog, someone else's token) saves nothing either.
    const forged = await intruder.press({ data: { verb: 'form', form: 'report', token: 'forged', step: 'form', nav: 'submit' } }, { ...REPORT, initiativeId: theirs!.id });
    expect(texts(forged)).toMatch(/ikke lenger i bruk/);
    const after = await initiatives.get(theirs!.id);
    expect(after!.etag).toBe(before!.etag);
    expect(await new ReportRepository(c.bot.app.store).history(theirs!.id)).toHaveLength(0);
  });

  it('creates one initiative when "Registrer" is pressed twice, in a row or at once', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(203));
    await confirmProfile(c.bot, chat);
    let r = await chat.say('nytt tiltak');
    r = await chat.submit(r, 'next', WHAT);
    const summary = await chat.submit(r, 'next', WHO);
    const registrer = formAction(lastCard(summary), 'submit');
    const [a, b] = await Promise.all([chat.press(registrer), chat.press(registrer)]);
    const third = await chat.press(registrer);
    expect(texts(third)).toMatch(/allerede registrert/);
    expect(texts([...a, ...b])).toMatch(/registrert/);
    expect(await new InitiativeRepository(c.bot.app.store).listByOwner(chat.user.aadObjectId)).toHaveLength(1);
  });

  it('answers a card from an earlier step, cancel, and an old card after cancel', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(204));
    await confirmProfile(c.bot, chat);
    const first = await chat.say('nytt tiltak');
    const second = await chat.submit(first, 'next', WHAT);
    // The first step's card again: not the current step.
    let r = await chat.submit(first, 'next', WHAT);
    expect(texts(r)).toMatch(/tidligere steg/);
    expect(stepOf(r)).toBe('who');
    // Back keeps what was typed.
    r = await chat.submit(second, 'back', WHO);
    expect(stepOf(r)).toBe('what');
    expect(inputsIn(lastCard(r)).get('title')?.value).toBe(WHAT.title);
    r = await chat.say('avbryt');
    expect(texts(r)).toMatch(/avbrutt/);
    r = await chat.submit(second, 'next', WHO);
    expect(texts(r)).toMatch(/ikke lenger i bruk/);
    r = await chat.say('avbryt');
    expect(texts(r)).toMatch(/ingenting å avbryte/);
  });

  it('restarts a dialog whose saved version no longer matches (after a deploy)', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(205));
    await confirmProfile(c.bot, chat);
    const r = await chat.say('nytt tiltak');
    const botstate = c.bot.app.store.collection<any>('botstate');
    const docs = await botstate.query({});
    const mine = docs.find((d) => d.value.key.includes(personalConversationId(chat.user)));
    const stack = mine!.value.state.dialogState.dialogStack;
    stack[0].state.version = 0;
    await botstate.replace(mine!.value, mine!.etag);
    const after = await chat.submit(r, 'next', WHAT);
    expect(texts(after)).toMatch(/endret siden du startet/);
    expect(stepOf(after)).toBe('what');
  });

  it('sends the sector head a card when a leader asks for help', async () => {
    const head = testUser(206);
    await c.bot.post(installationUpdate({ serviceUrl: c.connector.url, user: head, action: 'add' }));
    const leader = new ChatSession(c.bot, c.connector, testUser(207));
    await confirmProfile(c.bot, leader);
    await addSectorHead(c.bot, head, PROFILE.sector);
    await propose(leader);
    const before = c.connector.sentTo(personalConversationId(head)).length;
    let r = await leader.say('rapporter');
    r = await leader.submit(r, 'submit', { ...REPORT, phase: 'anchor', helpNeeded: 'innovation_adviser', helpText: 'Trenger hjelp til måling.' });
    expect(texts(r)).toMatch(/Kommunalsjefen din har fått beskjed/);
    expect(texts(r)).toContain(head.name);
    const toHead = c.connector.sentTo(personalConversationId(head)).slice(before);
    expect(toHead).toHaveLength(1);
    expect(textOf(lastCard(toHead))).toContain('Trenger hjelp til måling.');
  });

  it('works in English for an English Teams client', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(208), 'en-US');
    const r = await chat.say('new initiative');
    expect(texts(r)).toMatch(/not on the innovation programme's list of leaders/);
  });
});

describe('a server restart in the middle of a proposal', () => {
  it('continues where the leader was', async () => {
    const data = tempDataDir();
    const connector = await startConnector();
    const user: TestUser = testUser(300);
    try {
      const first = await startBot({ dataDir: data.dir });
      let chat = new ChatSession(first, connector, user);
      await confirmProfile(first, chat);
      let r = await chat.say('nytt tiltak');
      r = await chat.submit(r, 'next', WHAT);
      expect(stepOf(r)).toBe('who');
      await first.stop();

      const second = await startBot({ dataDir: data.dir });
      chat = new ChatSession(second, connector, user);
      r = await chat.submit(r, 'next', { ...WHO, ...MORE });
      expect(stepOf(r)).toBe('summary');
      r = await chat.submit(r, 'submit');
      expect(texts(r)).toMatch(/er registrert/);
      const [saved] = await new InitiativeRepository(second.app.store).listByOwner(user.aadObjectId);
      expect(saved?.title).toBe(WHAT.title);
      await second.stop();
    } finally {
      await connector.stop();
      data.remove();
    }
  });
});
