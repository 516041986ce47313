// A leader's minutes: a first initiative is registered with two form cards and the summary (the
// essentials only; the other KS fields optional, folded away on the second card, and asked for
// afterwards with one line and a button to `rediger`), and `rediger` corrects every field with
// the checks of registering, keeping who changed what in the history. Over HTTP against the
// loopback connector, on the embedded store and the Cosmos emulator.
import { useBot } from '../support/botHarness';
import { actionsIn, cardsIn, formAction, inputsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { registerEssentials, rosterLeader } from '../support/leaderForms';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import type { DocumentStore } from '../../src/storage/documentStore';
import type { Initiative } from '../../src/domain/initiative/initiative';
import { fieldErrorText } from '../../src/teams/cards/initiativeText';
import { t } from '../../src/i18n';

afterAll(() => stopSharedCosmosServer());

const UNIT = 'Bekkestua barnehage';
const SECTOR = 'Oppvekst barnehage';
const WHAT = { title: 'Matoppskrifter på kjøleskapet', problem: 'Maten blir kastet fordi ingen vet hva som kan lages.', goal: 'Halvere matsvinnet.' };
const WHO = { beneficiaries: 'users,employees', phase: 'anchor' };
const OPTIONAL_KEYS = ['innovationTypes', 'employeeInvolvement', 'employeesInvolved', 'benefits', 'startDate', 'plannedInUseDate'];

const osloToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(new Date());
function daysFrom(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const posts = (r: any[]) => r.filter((a) => !a.updated);
const updates = (r: any[]) => r.filter((a) => a.updated);
const formCardsPosted = (r: any[]) => posts(r).flatMap(cardsIn).filter((card) => actionsIn(card).some((a) => a.data?.verb === 'form')).length;
const stepOf = (r: any[]) => (formAction(lastCard(r), 'next') ?? formAction(lastCard(r), 'submit'))?.data.step;

describe.each(STORE_KINDS)('registering in two cards, and rediger for every field (%s store)', (kind) => {
  let store: DocumentStore;
  const c = useBot(async () => ({ store: (store = await freshStore(kind)) }));
  const initiatives = () => new InitiativeRepository(store);

  async function leader(n: number, unit = UNIT): Promise<ChatSession> {
    return rosterLeader(c, n, unit, SECTOR);
  }

  /** The shortest path: the essentials, «Neste» twice and «Registrer». */
  async function registerShort(chat: ChatSession, what = WHAT): Promise<Initiative> {
    await registerEssentials(chat, what, WHO);
    const mine = await initiatives().listByOwner(chat.user.aadObjectId);
    return mine.find((i) => i.title === what.title)!;
  }

  it('a fresh roster leader registers with two form cards and the summary; the optional fields stay absent, then a nudge opens rediger', async () => {
    const chat = await leader(5100);
    let cards = 0;
    let inputs = 0;
    let clicks = 0;
    let r = await chat.say('nytt tiltak');
    cards += formCardsPosted(r);
    expect(stepOf(r)).toBe('what');
    r = await chat.submit(r, 'next', WHAT);
    inputs += 3;
    clicks += 1;
    cards += formCardsPosted(r);
    expect(stepOf(r)).toBe('who');
    // The second card asks for the essentials; the rest is folded away and not required.
    const who = lastCard(r);
    expect([...inputsIn(who).values()].filter((i) => i.isRequired).map((i) => i.id).sort()).toEqual(['beneficiaries', 'phase']);
    expect(actionsIn(who).find((a) => a.type === 'Action.ToggleVisibility')?.title).toBe(t('nb', 'propose.more.show'));
    r = await chat.submit(r, 'next', WHO);
    inputs += 3; // two who-benefits ticks and the phase
    clicks += 1;
    cards += formCardsPosted(r);
    expect(stepOf(r)).toBe('summary');
    expect(textOf(lastCard(r))).toContain(WHAT.title);
    r = await chat.submit(r, 'submit');
    clicks += 1;
    cards += formCardsPosted(r);
    expect(texts(r)).toMatch(/er registrert/);
    // Two form cards plus the summary, 3 clicks and 6 inputs (in-place updates not counted).
    expect(cards).toBe(3);
    expect({ clicks, inputs }).toEqual({ clicks: 3, inputs: 6 });
    expect(updates(r).length).toBeGreaterThan(0);

    const [stored] = await initiatives().listByOwner(chat.user.aadObjectId);
    expect(stored).toMatchObject({ ...WHAT, beneficiaries: ['users', 'employees'], phase: 'anchor', unit: UNIT, sector: SECTOR, status: 'active' });
    for (const key of OPTIONAL_KEYS) expect(stored).not.toHaveProperty(key);

    // The gentle nudge: one line and «Legg til detaljer», which opens rediger on this initiative.
    const nudge = posts(r).flatMap(cardsIn).pop();
    const button = actionsIn(nudge).find((a) => a.data?.verb === 'edit');
    expect(button).toMatchObject({ title: t('nb', 'propose.nudge.button'), data: { initiativeId: stored!.id } });
    // It opens rediger at the second card, with the fields left for later open, not folded away.
    r = await chat.press(button);
    expect(formAction(lastCard(r), 'submit')?.data).toMatchObject({ form: 'edit', step: 'who' });
    expect(JSON.stringify(lastCard(r))).toContain('"id":"moreDetails","isVisible":true');
    expect(inputsIn(lastCard(r)).get('startDate')?.value).toBe('');
    // Tilbake leads to the first card, prefilled.
    r = await chat.submit(r, 'back');
    expect(inputsIn(lastCard(r)).get('title')?.value).toBe(WHAT.title);
    await chat.say('avbryt');

    // The first progress report asks once more, with the same button; the second does not.
    const report = { status: 'active', progress: 'on_track', phase: 'anchor', doneSinceLast: 'Kartlagt.', nextSteps: 'Teste.', nextStepsDate: daysFrom(osloToday(), 14), employeeInvolvement: 'Alle.', helpNeeded: 'none' };
    r = await chat.say('rapporter');
    r = await chat.submit(r, 'submit', report);
    expect(texts(r)).toMatch(/Statusrapporten/);
    expect(actionsIn(posts(r).flatMap(cardsIn).pop()).find((a) => a.data?.verb === 'edit')?.data.initiativeId).toBe(stored!.id);
    r = await chat.say('rapporter');
    r = await chat.submit(r, 'submit', report);
    expect(posts(r).flatMap(cardsIn)).toEqual([]);

    // The readers of a short registration cope: the list and the detail card say «Ikke oppgitt».
    r = await chat.say('mine tiltak');
    const details = await chat.press(actionsIn(lastCard(r)).find((a) => a.data?.verb === 'details'));
    expect(textOf(lastCard(details))).toContain(t('nb', 'detail.none'));
  });

  it('takes the optional fields in the same flow, and refuses implausible dates with the note at the field', async () => {
    const chat = await leader(5101);
    const today = osloToday();
    let r = await chat.say('nytt tiltak');
    r = await chat.submit(r, 'next', WHAT);
    const more = {
      innovationTypes: 'process',
      employeeInvolvement: 'proposed',
      employeesInvolved: '4',
      benefit1Type: 'avoided_cost',
      benefit1Description: 'Mindre mat kastet',
    };
    // A start more than a year back: refused, in place, with the section open and the note under the date.
    const cardId = r.filter((a) => cardsIn(a).length > 0).pop().id;
    r = await chat.submit(r, 'next', { ...WHO, ...more, startDate: daysFrom(today, -400), plannedInUseDate: daysFrom(today, 30) });
    expect(posts(r).flatMap(cardsIn)).toEqual([]);
    expect(updates(r).map((u) => u.id)).toEqual([cardId]);
    let card = lastCard(r);
    expect(textOf(card)).toContain(fieldErrorText('nb', { code: 'startTooLongAgo' }));
    expect(JSON.stringify(card)).toContain('"id":"moreDetails","isVisible":true');
    expect(inputsIn(card).get('benefit1Description')?.value).toBe('Mindre mat kastet');
    // Planned in use before the start: refused too.
    r = await chat.submit(r, 'next', { ...WHO, ...more, startDate: today, plannedInUseDate: daysFrom(today, -1) });
    card = lastCard(r);
    expect(textOf(card)).toContain(fieldErrorText('nb', { code: 'dateBeforeStart' }));
    expect(stepOf(r)).toBe('who');
    // Right dates: on to the summary, and stored with everything.
    r = await chat.submit(r, 'next', { ...WHO, ...more, startDate: today, plannedInUseDate: daysFrom(today, 90) });
    expect(stepOf(r)).toBe('summary');
    r = await chat.submit(r, 'submit');
    // Nothing left for later: no nudge.
    expect(posts(r).flatMap(cardsIn)).toEqual([]);
    const [stored] = await initiatives().listByOwner(chat.user.aadObjectId);
    expect(stored).toMatchObject({
      innovationTypes: ['process'],
      employeeInvolvement: ['proposed'],
      employeesInvolved: 4,
      benefits: [{ type: 'avoided_cost', description: 'Mindre mat kastet' }],
      startDate: today,
      plannedInUseDate: daysFrom(today, 90),
    });
  });

  it('rediger changes every field with the checks of registering, errors in place, and keeps who/when/what in the history', async () => {
    const owner = await leader(5102);
    const colleague = await leader(5103, 'Solsikken barnehage');
    const initiative = await registerShort(owner);
    const today = osloToday();

    let r = await owner.say('rediger');
    expect(stepOf(r)).toBe('what');
    expect(inputsIn(lastCard(r)).get('goal')?.value).toBe(WHAT.goal);
    const changedWhat = { title: 'Oppskrifter mot matsvinn', problem: 'Rester blir kastet.', goal: 'Kaste en tredjedel mindre.' };
    r = await owner.submit(r, 'next', changedWhat);
    expect(stepOf(r)).toBe('who');
    const who = lastCard(r);
    expect(inputsIn(who).get('phase')?.value).toBe('anchor');
    const coOwnerChoices = inputsIn(who).get('coOwnerIds')?.choices.map((ch: any) => ch.value);
    expect(coOwnerChoices).toContain(colleague.user.aadObjectId);
    expect(coOwnerChoices).not.toContain(owner.user.aadObjectId);

    const changedWho = {
      beneficiaries: 'relatives',
      phase: 'insight',
      innovationTypes: 'service,process',
      employeeInvolvement: 'workgroup',
      employeesInvolved: '7',
      benefit1Type: 'work_env',
      benefit1Description: 'Bedre samarbeid',
      startDate: today,
      plannedInUseDate: daysFrom(today, 60),
      novelty: 'new_unit',
      partners: 'users',
      coOwnerIds: colleague.user.aadObjectId,
    };
    // Validation comes back on the same card: planned before start; a co-owner nobody knows.
    const whoId = r.filter((a) => cardsIn(a).length > 0).pop().id;
    r = await owner.submit(r, 'submit', { ...changedWho, plannedInUseDate: daysFrom(today, -3), coOwnerIds: 'forged-person' });
    expect(updates(r).map((u) => u.id)).toEqual([whoId]);
    expect(posts(r).flatMap(cardsIn)).toEqual([]);
    expect(textOf(lastCard(r))).toContain(fieldErrorText('nb', { code: 'dateBeforeStart' }));
    expect(textOf(lastCard(r))).toContain(fieldErrorText('nb', { code: 'invalidChoice' }));
    expect((await initiatives().get(initiative.id))!.value.changes).toBeUndefined();

    r = await owner.submit(r, 'submit', changedWho);
    expect(texts(r)).toContain(t('nb', 'flow.detailsSaved', { title: changedWhat.title }));
    const saved = (await initiatives().get(initiative.id))!.value;
    expect(saved).toMatchObject({
      ...changedWhat,
      beneficiaries: ['relatives'],
      phase: 'insight',
      innovationTypes: ['service', 'process'],
      employeeInvolvement: ['workgroup'],
      employeesInvolved: 7,
      benefits: [{ type: 'work_env', description: 'Bedre samarbeid' }],
      startDate: today,
      plannedInUseDate: daysFrom(today, 60),
      novelty: 'new_unit',
      partners: ['users'],
      coOwnerIds: [colleague.user.aadObjectId],
    });
    expect(saved.changes).toHaveLength(1);
    const change = saved.changes![0]!;
    expect(change).toMatchObject({ kind: 'edited', byId: owner.user.aadObjectId, byName: owner.user.name });
    expect(Date.now() - Date.parse(change.at)).toBeLessThan(60_000);
    expect(Date.now() - Date.parse(change.at)).toBeGreaterThanOrEqual(0);
    if (change.kind !== 'edited') throw new Error('expected an edit');
    expect(change.fields.sort()).toEqual(
      ['title', 'problem', 'goal', 'beneficiaries', 'phase', 'innovationTypes', 'employeeInvolvement', 'employeesInvolved', 'benefits', 'startDate', 'plannedInUseDate', 'novelty', 'partners', 'coOwnerIds'].sort(),
    );
    expect(change.values).toEqual(expect.arrayContaining([{ field: 'title', from: WHAT.title, to: changedWhat.title }, { field: 'phase', from: 'anchor', to: 'insight' }]));
    // A phase moved by an edit counts as the leader's activity.
    expect(saved.lastChangeAt).toBe(change.at);

    // The co-owner has the owner's rights: sees it, edits it, and the history names them.
    r = await colleague.say('rediger');
    expect(inputsIn(lastCard(r)).get('title')?.value).toBe(changedWhat.title);
    r = await colleague.submit(r, 'next', { ...changedWhat, goal: 'Kaste halvparten mindre.' });
    r = await colleague.submit(r, 'submit', { ...changedWho, phase: 'pilot' });
    expect(texts(r)).toContain(t('nb', 'flow.detailsSaved', { title: changedWhat.title }));
    const after = (await initiatives().get(initiative.id))!.value;
    expect(after).toMatchObject({ goal: 'Kaste halvparten mindre.', phase: 'pilot' });
    expect(after.changes!.map((ch) => [ch.byId, ch.kind === 'edited' ? ch.fields.sort() : []])).toEqual([
      [owner.user.aadObjectId, expect.any(Array)],
      [colleague.user.aadObjectId, ['goal', 'phase']],
    ]);

    // The detail card lists the last changes.
    const list = await owner.say('mine tiltak');
    const details = await owner.press(actionsIn(lastCard(list)).find((a) => a.data?.verb === 'details'));
    expect(textOf(lastCard(details))).toContain(t('nb', 'detail.changes'));
    expect(textOf(lastCard(details))).toContain(colleague.user.name);

    // A stranger cannot: not from the button, and the route refuses before any form is shown.
    const stranger = await leader(5104, 'Et annet sted');
    r = await stranger.press({ data: { verb: 'edit', initiativeId: initiative.id } });
    expect(texts(r)).toMatch(/ikke tilgang/);
    expect(r.flatMap(cardsIn)).toHaveLength(0);
  });

  it('an edit may keep an old start date, not set a new one over a year back; a retried «Lagre» is recorded once', async () => {
    const chat = await leader(5105);
    const initiative = await registerShort(chat);
    const old = daysFrom(osloToday(), -800);
    await initiatives().update(initiative.id, (i) => ({ ...i, startDate: old }));

    let r = await chat.say('rediger');
    r = await chat.submit(r, 'next', WHAT);
    const form = r;
    r = await chat.submit(form, 'submit', { ...WHO, startDate: daysFrom(old, 1) });
    expect(textOf(lastCard(r))).toContain(fieldErrorText('nb', { code: 'startTooLongAgo' }));
    // The same card pressed twice at once (Teams retries): one change in the history.
    const save = formAction(lastCard(r), 'submit');
    const inputs = { ...WHO, startDate: old, phase: 'ideation' };
    await Promise.all([chat.press(save, inputs), chat.press(save, inputs)]);
    const saved = (await initiatives().get(initiative.id))!.value;
    expect(saved).toMatchObject({ startDate: old, phase: 'ideation' });
    expect(saved.changes).toHaveLength(1);
  });

  it('a report saved by a co-owner while the edit form is open is kept: only what the leader changed is written', async () => {
    const owner = await leader(5108);
    const colleague = await leader(5109, 'Solsikken barnehage');
    const initiative = await registerShort(owner);
    await initiatives().update(initiative.id, (i) => ({ ...i, coOwnerIds: [colleague.user.aadObjectId] }));
    let r = await owner.say('rediger');
    r = await owner.submit(r, 'next', WHAT);
    // As Teams sends the card: every input with the value it was prefilled with, the goal changed.
    const shown = Object.fromEntries([...inputsIn(lastCard(r))].map(([id, input]) => [id, input.value === null || input.value === undefined ? '' : String(input.value)]));
    expect(shown.phase).toBe('anchor');
    const report = { status: 'active', progress: 'on_track', phase: 'pilot', doneSinceLast: 'Testet.', nextSteps: 'Mer testing.', nextStepsDate: daysFrom(osloToday(), 14), employeeInvolvement: 'Alle.', helpNeeded: 'none' };
    const reported = await colleague.say('rapporter');
    expect(texts(await colleague.submit(reported, 'submit', report))).toMatch(/Statusrapporten/);
    r = await owner.submit(r, 'submit', { ...shown, employeesInvolved: '9' });
    expect(texts(r)).toContain(t('nb', 'flow.detailsSaved', { title: WHAT.title }));
    const saved = (await initiatives().get(initiative.id))!.value;
    expect(saved).toMatchObject({ phase: 'pilot', employeesInvolved: 9 });
    expect(saved.changes!.map((ch) => (ch.kind === 'edited' ? ch.fields : []))).toEqual([['employeesInvolved']]);
  });

  it('refuses a save when the leader lost the initiative while the form was open, and a forged pick of someone else\'s', async () => {
    const chat = await leader(5106);
    const initiative = await registerShort(chat);
    let r = await chat.say('rediger');
    r = await chat.submit(r, 'next', WHAT);
    // Handed over to someone else while the card was open: the submit is checked again.
    await initiatives().update(initiative.id, (i) => ({ ...i, ownerId: 'someone-else', ownerName: 'Noen andre', coOwnerIds: [] }));
    const before = await initiatives().get(initiative.id);
    r = await chat.submit(r, 'submit', { ...WHO, phase: 'pilot' });
    expect(texts(r)).toContain(t('nb', 'access.notOwner'));
    const after = await initiatives().get(initiative.id);
    expect(after!.etag).toBe(before!.etag);
    expect(after!.value.changes).toBeUndefined();

    // A leader with two initiatives picks one; a forged pick of another leader's is refused.
    const other = await leader(5107, 'Tredje sted');
    await registerShort(other, { ...WHAT, title: 'Første' });
    await registerShort(other, { ...WHAT, title: 'Andre' });
    r = await other.say('rediger');
    expect(formAction(lastCard(r), 'next')?.data.step).toBe('pick');
    r = await other.submit(r, 'next', { initiativeId: initiative.id });
    expect(texts(r)).toMatch(/Noe må rettes/);
    expect(formAction(lastCard(r), 'next')?.data.step).toBe('pick');
    expect((await initiatives().get(initiative.id))!.etag).toBe(after!.etag);
  });
});
