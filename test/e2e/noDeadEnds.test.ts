// No dead ends and a short report, over HTTP against the loopback connector: a progress report
// without news is one short card (the optional parts folded away); a closing status asks for no
// next steps (card and server), for every closing status; «Lag tiltak av ideen» pressed in
// personal chat opens the proposal right there; and a start pressed while a form is half-filled
// asks before throwing the form away (Fortsett keeps it, Forkast starts the new one, an old or
// forged answer does nothing); `mine tiltak` typed mid-form points back to the open form.
import { testUser, type TestUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import * as channel from '../support/channel';
import { actionsIn, cardsIn, inputsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, lastCardActivity, texts } from '../support/leaderSession';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { makeInitiative } from '../../fixtures/makeInitiative';
import { factorFieldIds } from '../../src/domain/initiative/reportForm';
import type { Idea } from '../../src/domain/idea/idea';
import { IdeaRepository } from '../../src/storage/repositories/ideaRepository';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { ReportRepository } from '../../src/storage/repositories/reportRepository';

const UNIT = 'Lindehaugen sykehjem';
const OPTIONAL_PARTS = ['involvementPart', 'learningPart', 'helpPart', 'measurementPart', 'spreadingPart'];
const ESSENTIALS = { phase: 'insight', status: 'active', progress: 'on_track', doneSinceLast: 'Intervjuet fem beboere.', nextSteps: 'Teste på én avdeling.', nextStepsDate: '2099-05-01' };
const WHAT = { title: 'Matoppskrifter på kjøleskapet', problem: 'Maten blir kastet.', goal: 'Halvere matsvinnet.' };
const WHO = { beneficiaries: 'users,employees', phase: 'anchor' };
const CLOSING = {
  inUseDate: '2026-01-10',
  achievedBenefits: 'quality',
  effectMeasured: 'qual',
  closingSpreadActions: 'none',
  ...Object.fromEntries(factorFieldIds().map((id) => [id, 'na'])),
};

const posts = (r: any[]) => r.filter((a) => !a.updated);
const postedCards = (r: any[]) => posts(r).filter((a) => cardsIn(a).length > 0).length;
const nodes = (card: any): any[] => {
  const out: any[] = [];
  const walk = (n: any) => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      out.push(n);
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
};

afterAll(() => stopSharedCosmosServer());

// The open form (and the start that waits for an answer) lives in the conversation state, so in
// the configured store: both stores.
describe.each(STORE_KINDS)('no dead ends, a short report (%s store)', (kind) => {
  let n = 0;
  const c = useBot(async () => ({ store: await freshStore(kind) }));

  /** A leader on the roster with a confirmed profile and one open initiative. */
  async function leaderWithInitiative(): Promise<{ chat: ChatSession; user: TestUser; initiativeId: string }> {
    const user = testUser(620 + n++);
    await channel.setProfile(c.bot, user, 'leader', UNIT);
    const initiativeId = `ini-nodeadend-${n}`;
    await new InitiativeRepository(c.bot.app.store).createIfAbsent(makeInitiative({ id: initiativeId, ownerId: user.aadObjectId, ownerName: user.name, unit: UNIT, phase: 'insight', progress: 'on_track' }));
    return { chat: new ChatSession(c.bot, c.connector, user), user, initiativeId };
  }

  it('a report without news is one short card: the optional parts folded away, the essentials enough', async () => {
    const { chat, initiativeId } = await leaderWithInitiative();
    let r = await chat.say('rapporter');
    expect(postedCards(r)).toBe(1);
    const card = lastCard(r);
    for (const id of OPTIONAL_PARTS) {
      expect(nodes(card).find((x) => x.id === id)).toMatchObject({ isVisible: false });
      expect(nodes(card).some((x) => x.type === 'Action.ToggleVisibility' && x.targetElements?.includes(id))).toBe(true);
    }
    r = await chat.submit(r, 'submit', ESSENTIALS);
    expect(texts(r)).toMatch(/Statusrapporten .* er lagret/);
    expect(postedCards(r)).toBe(0);
    const [saved] = await new ReportRepository(c.bot.app.store).history(initiativeId);
    expect(saved).toMatchObject({ doneSinceLast: ESSENTIALS.doneSinceLast, nextSteps: ESSENTIALS.nextSteps, helpNeeded: [] });
    expect(saved).not.toHaveProperty('employeeInvolvement');
  });

  it('an error in a folded part comes back with that part open', async () => {
    const { chat } = await leaderWithInitiative();
    let r = await chat.say('rapporter');
    r = await chat.submit(r, 'submit', { ...ESSENTIALS, helpNeeded: 'ict', helpText: '' });
    expect(texts(r)).toMatch(/Noe må rettes/);
    const card = lastCard(r);
    expect(nodes(card).find((x) => x.id === 'helpPart').isVisible).toBe(true);
    expect(nodes(card).find((x) => x.id === 'learningPart').isVisible).toBe(false);
    expect(inputsIn(card).get('doneSinceLast')?.value).toBe(ESSENTIALS.doneSinceLast);
  });

  it.each(['done_in_use', 'done_no_effect', 'stopped'])('closes as %s without next steps, on the card and on the server', async (status) => {
    const { chat, initiativeId } = await leaderWithInitiative();
    let r = await chat.say('rapporter');
    // Teams blocks a submit on an empty required input: next steps must not be required on the card.
    expect(inputsIn(lastCard(r)).get('nextSteps')?.isRequired).toBeFalsy();
    expect(inputsIn(lastCard(r)).get('nextStepsDate')?.isRequired).toBeFalsy();
    // A forged (or left-over) next step is not kept for an initiative that ends.
    r = await chat.submit(r, 'submit', { ...ESSENTIALS, status, nextSteps: 'Smugles inn', nextStepsDate: 'ikke en dato' });
    if (status !== 'stopped') {
      expect(textOf(lastCard(r))).toContain('Sluttrapport');
      expect([...inputsIn(lastCard(r)).keys()].filter((id) => /^nextSteps/.test(id))).toEqual([]);
      r = await chat.submit(r, 'submit', status === 'done_in_use' ? CLOSING : { ...CLOSING, inUseDate: '', achievedBenefits: '' });
    }
    expect(texts(r)).toMatch(/(Sluttrapporten|Statusrapporten) .* er lagret/);
    const [saved] = await new ReportRepository(c.bot.app.store).history(initiativeId);
    expect(saved).toMatchObject({ status });
    expect(saved).not.toHaveProperty('nextSteps');
    expect(saved).not.toHaveProperty('nextStepsDate');
    expect((await new InitiativeRepository(c.bot.app.store).get(initiativeId))!.value.status).toBe(status);
  });

  it('«Lag tiltak av ideen» in personal chat opens the proposal there, prefilled from the idea', async () => {
    const { user } = await leaderWithInitiative();
    const idea = await seedIdea('Oppskrifter på kjøleskapet');
    const chat = new ChatSession(c.bot, c.connector, user);
    const before = c.connector.sent().length;
    const res = await c.bot.post(channel.execute(c, PLACE, user, 'ideaNewInitiative', { ideaId: idea.id }, 'personal'));
    expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(res.body.value).toMatch(/står under, fylt ut/);
    const shown = c.connector.sent().slice(before);
    const first = shown.flatMap(cardsIn)[0];
    // The proposal's first card (not a card with a button that leads to it).
    expect(actionsIn(first).some((a) => a.data?.verb === 'form' && a.data?.form === 'propose')).toBe(true);
    expect(inputsIn(first).get('title')?.value).toBe('Oppskrifter på kjøleskapet');
    expect(inputsIn(first).get('problem')?.value).toBe(idea.need);
    // Teams retries the invoke: the form opens once.
    await c.bot.post(channel.execute(c, PLACE, user, 'ideaNewInitiative', { ideaId: idea.id }, 'personal'));
    expect(c.connector.sent().slice(before).flatMap(cardsIn)).toHaveLength(1);
    expect(texts(await chat.say('avbryt'))).toMatch(/avbrutt/);
    // Pressed again after Avbryt (within the retry window): the form opens again, not a dead button.
    const again = c.connector.sent().length;
    const reopened = await c.bot.post(channel.execute(c, PLACE, user, 'ideaNewInitiative', { ideaId: idea.id }, 'personal'));
    expect(reopened.body.value).toMatch(/står under, fylt ut/);
    expect(inputsIn(c.connector.sent().slice(again).flatMap(cardsIn)[0]).get('title')?.value).toBe('Oppskrifter på kjøleskapet');
    await chat.say('avbryt');

    // In the channel the leader still gets the card in personal chat that starts it.
    const other = await seedIdea('Fra kanalen');
    const inChannel = await c.bot.post(channel.execute(c, PLACE, user, 'ideaNewInitiative', { ideaId: other.id }));
    expect(inChannel.body.value).toMatch(/personlig chat/);
    const start = c.connector.sent().flatMap(cardsIn).flatMap(actionsIn).find((a) => a.data?.fromIdeaId === other.id);
    expect(start.data.verb).toBe('newInitiative');
  });

  it('a start pressed while a form is half-filled asks first; Fortsett keeps the form, Forkast starts the new one', async () => {
    const { chat, initiativeId } = await leaderWithInitiative();
    const reportButton = actionsIn(lastCard(await chat.say('mine tiltak'))).find((a) => a.data?.verb === 'report' && a.data?.initiativeId === initiativeId);
    let r = await chat.say('rapporter');
    r = await chat.submit(r, 'submit', { ...ESSENTIALS, status: 'done_in_use' });
    const closingReplies = r;
    expect(textOf(lastCard(r))).toContain('Sluttrapport');

    // Typing a start command mid-form: a small question, the form kept.
    r = await chat.say('nytt tiltak');
    const question = lastCard(r);
    expect(textOf(question)).toMatch(/Du har et skjema som ikke er sendt inn \(statusrapport, steg 2 av 2\)\. Vil du forkaste det/);
    expect(actionsIn(question).map((a) => a.title)).toEqual(['Forkast og start', 'Fortsett skjemaet']);
    expect(actionsIn(lastCard(r)).some((a) => a.data?.verb === 'form')).toBe(false);
    const [discard, resume] = actionsIn(question);
    // Forged answers do nothing: another question id, another form's token.
    for (const forged of [
      { ...discard.data, pending: 'not-the-question' },
      { ...discard.data, token: 'another-form-token' },
      { verb: 'formDiscard' },
    ]) {
      expect(texts(await chat.press({ data: forged }))).toMatch(/ikke gjort noe/);
    }
    // Fortsett: the same step again, the form's answers kept (Tilbake shows the report as written).
    r = await chat.press(resume, {}, lastCardActivity(r).id);
    expect(r.find((a) => a.updated)).toBeDefined();
    expect(textOf(lastCard(r))).toContain('Sluttrapport');
    expect(formToken(lastCard(r))).toBe(formToken(lastCard(closingReplies)));
    // The question is answered: pressing Forkast on it now does nothing.
    expect(texts(await chat.press(discard))).toMatch(/ikke gjort noe/);
    r = await chat.submit(r, 'back');
    expect(inputsIn(lastCard(r)).get('doneSinceLast')?.value).toBe(ESSENTIALS.doneSinceLast);
    expect(inputsIn(lastCard(r)).get('status')?.value).toBe('done_in_use');
    r = await chat.submit(r, 'submit', { ...ESSENTIALS, status: 'done_in_use' });

    // A «Rapporter» button on an old card mid-form: asked again; Forkast starts the new report.
    r = await chat.press(reportButton);
    const again = actionsIn(lastCard(r));
    expect(again[0].data.verb).toBe('formDiscard');
    r = await chat.press(again[0], {}, lastCardActivity(r).id);
    expect(textOf(lastCard(r))).toContain('Statusrapport');
    expect(inputsIn(lastCard(r)).has('doneSinceLast')).toBe(true);
    expect(formToken(lastCard(r))).not.toBe(formToken(lastCard(closingReplies)));
    // The discarded form's card is dead, and a second Forkast does nothing.
    expect(texts(await chat.submit(closingReplies, 'submit', CLOSING))).toMatch(/ikke lenger i bruk/);
    expect(texts(await chat.press(again[0]))).toMatch(/ikke gjort noe/);
    expect(await new ReportRepository(c.bot.app.store).history(initiativeId)).toEqual([]);
  });

  it('does not ask for a form with nothing in it yet, nor for avbryt and hjelp', async () => {
    const { chat } = await leaderWithInitiative();
    await chat.say('rapporter');
    // The same start again: the form that is open, shown again (nothing is interrupted).
    let r = await chat.say('rapporter');
    expect(texts(r)).not.toMatch(/avbrutt/);
    expect(actionsIn(lastCard(r)).some((a) => a.data?.verb === 'form' && a.data?.form === 'report')).toBe(true);
    // Another start replaces the unused form without asking.
    expect(texts(await chat.say('rediger'))).toMatch(/avbrutt skjemaet du holdt på med/);
    r = await chat.say('rapporter');
    expect(texts(r)).toMatch(/avbrutt skjemaet du holdt på med/);
    expect(actionsIn(lastCard(r)).some((a) => a.data?.verb === 'formDiscard')).toBe(false);
    r = await chat.submit(r, 'submit', { ...ESSENTIALS, status: 'done_in_use' });
    r = await chat.say('hjelp');
    expect(r.flatMap(cardsIn).flatMap(actionsIn).some((a) => a.data?.verb === 'formDiscard')).toBe(false);
    expect(texts(await chat.say('avbryt'))).toMatch(/avbrutt/);
  });

  it('«mine tiltak» mid-registration says a registration is under way and brings the form back; with initiatives, it names the open form', async () => {
    const user = testUser(690 + n++);
    await channel.setProfile(c.bot, user, 'leader', UNIT);
    const chat = new ChatSession(c.bot, c.connector, user);
    let r = await chat.say('nytt tiltak');
    r = await chat.submit(r, 'next', WHAT);
    const stepTwo = r;

    // Not «Du har ingen innovasjonstiltak ennå» and a button for a new one: the form is there.
    let list = lastCard(await chat.say('mine tiltak'));
    expect(textOf(list)).toContain('Du har ingen registrerte tiltak ennå, men du er i gang med å registrere ett. Fortsett i skjemaet over, eller start på nytt.');
    expect(textOf(list)).not.toContain('Du har ingen innovasjonstiltak ennå');
    expect(actionsIn(list).map((a) => [a.title, a.data?.verb])).toEqual([['Fortsett skjemaet', 'formShow'], ['Start på nytt', 'newInitiative']]);
    const [show, startOver] = actionsIn(list);
    // «Fortsett skjemaet»: the step the leader is on, of the same form, the answers kept.
    r = await chat.press(show);
    expect(formToken(lastCard(r))).toBe(formToken(lastCard(stepTwo)));
    expect(actionsIn(lastCard(r)).some((a) => a.data?.verb === 'form' && a.data?.step === 'who')).toBe(true);
    r = await chat.submit(r, 'back');
    expect(inputsIn(lastCard(r)).get('title')?.value).toBe(WHAT.title);
    // Another form's token, or none: nothing shown.
    for (const forged of [{ ...show.data, token: 'another-form-token' }, { verb: 'formShow' }]) {
      const answer = await chat.press({ data: forged });
      expect(texts(answer)).toMatch(/ikke noe å fortsette på/);
      expect(answer.flatMap(cardsIn)).toHaveLength(0);
    }
    // «Start på nytt» asks before throwing the half-filled form away.
    expect(actionsIn(lastCard(await chat.press(startOver))).map((a) => a.data?.verb)).toEqual(['formDiscard', 'formResume']);

    // Registered: the list shows it, and the old «Fortsett skjemaet» has nothing to bring back.
    r = await chat.submit(r, 'next', WHAT);
    r = await chat.submit(r, 'next', WHO);
    expect(texts(await chat.submit(r, 'submit'))).toMatch(/er registrert/);
    list = lastCard(await chat.say('mine tiltak'));
    expect(textOf(list)).toContain(WHAT.title);
    expect(actionsIn(list).map((a) => a.data?.verb)).not.toContain('formShow');
    expect(texts(await chat.press(show))).toMatch(/ikke noe å fortsette på/);

    // A half-filled report while initiatives are listed: the list, and a line about the open form.
    r = await chat.say('rapporter');
    r = await chat.submit(r, 'submit', { ...ESSENTIALS, status: 'done_in_use' });
    list = lastCard(await chat.say('mine tiltak'));
    expect(textOf(list)).toContain(WHAT.title);
    expect(textOf(list)).toContain('Du har et skjema som ikke er sendt inn (statusrapport, steg 2 av 2). Du kan fortsette der du slapp.');
    expect(actionsIn(list).filter((a) => !a.data?.initiativeId).map((a) => a.title)).toEqual(['Fortsett skjemaet', 'Nytt tiltak']);
    r = await chat.press(actionsIn(list).find((a) => a.data?.verb === 'formShow'));
    expect(textOf(lastCard(r))).toContain('Sluttrapport');
  });

  const PLACE = { teamId: '19:team-nodeadend@thread.tacv2', channelId: '19:channel-nodeadend@thread.tacv2' };

  async function seedIdea(title: string): Promise<Idea> {
    const now = new Date().toISOString();
    const idea: Idea = {
      id: `idea-nodeadend-${n++}-${title.length}0000`,
      title,
      need: 'Maten blir kastet.',
      proposal: 'Heng opp oppskrifter.',
      beneficiaries: ['users'],
      benefitTypes: ['quality'],
      anonymous: false,
      submitterName: 'Ola Ansatt',
      unit: UNIT,
      supporters: [],
      status: 'new',
      history: [],
      createdAt: now,
      updatedAt: now,
    };
    return (await new IdeaRepository(c.bot.app.store).createIfAbsent(idea)).idea;
  }
});

function formToken(card: any): string | undefined {
  return actionsIn(card).find((a) => a.data?.verb === 'form')?.data?.token;
}
