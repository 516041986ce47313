// Employee ideas over HTTP (issue 4): the three submission paths, idempotent submits, support
// with fifty concurrent presses, the leader's follow-up with the submitter's notification,
// anonymity, refusal of leader actions, and the leader's list in personal chat.
import { personalConversationId, personalMessage, testUser, type TestUser } from '../support/activities';
import * as channel from '../support/channel';
import type { BotCtx, Place } from '../support/channel';
import { useBot } from '../support/botHarness';
import { actionsIn, cardsIn, inputsIn, textOf } from '../support/cards';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { IdeaRepository } from '../../src/storage/repositories/ideaRepository';
import { TeamLinkRepository } from '../../src/storage/repositories/teamLinkRepository';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';

afterAll(() => stopSharedCosmosServer());

const TEAM = '19:team-ideas@thread.tacv2';
const CHANNEL = '19:channel-ideas@thread.tacv2';
const UNIT = 'Bekkestua bo- og servicesenter';
const CARD = 'application/vnd.microsoft.card.adaptive';

const INPUTS = {
  title: 'Oppskrifter på kjøleskapet',
  need: 'Vi kaster for mye mat',
  proposal: 'Heng opp enkle oppskrifter med restene',
  beneficiaries: 'users,employees',
  benefitTypes: 'quality,avoided_cost',
  seenElsewhere: '',
};

type Ctx = BotCtx;
const HERE: Place = { teamId: TEAM, channelId: CHANNEL };

const mention = (c: Ctx, user: TestUser, text: string) => channel.mention(c, HERE, user, text);
const execute = (c: Ctx, user: TestUser, verb: string, data: Record<string, unknown>, scope: 'channel' | 'personal' = 'channel') =>
  channel.execute(c, HERE, user, verb, data, scope);
const meInvoke = (c: Ctx, user: TestUser, name: 'composeExtension/fetchTask' | 'composeExtension/submitAction', value: Record<string, unknown>) =>
  channel.meInvoke(c, HERE, user, name, value);
const setProfile = (c: Ctx, user: TestUser, role: 'leader' | 'employee', unit = UNIT) => channel.setProfile(c.bot, user, role, unit);
const channelCards = (c: Ctx) => channel.channelCards(c, HERE);

function ideaCards(c: Ctx): any[] {
  return channelCards(c).filter((card) => card.refresh?.action?.verb === 'ideaRefresh');
}

function ideaIdOf(card: any): string {
  return card.refresh.action.data.ideaId;
}

/** The last PUT of the idea card with this id. */
function lastUpdate(c: Ctx, ideaId: string): any {
  const puts = c.connector.updates().filter((u) => cardsIn(u.body)[0]?.refresh?.action?.data?.ideaId === ideaId);
  return cardsIn(puts[puts.length - 1]?.body)[0];
}

async function composeSubmit(c: Ctx, user: TestUser, inputs: Record<string, string>): Promise<{ token: string; body: any }> {
  const fetched = await c.bot.post(meInvoke(c, user, 'composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' }));
  const submit = actionsIn(fetched.body.task.value.card.content).find((a) => a.type === 'Action.Submit');
  const res = await c.bot.post(meInvoke(c, user, 'composeExtension/submitAction', { commandId: 'newIdea', commandContext: 'compose', data: { ...submit.data, ...inputs } }));
  return { token: submit.data.token, body: res.body };
}

async function linkTeam(c: Ctx, leader: TestUser): Promise<void> {
  await setProfile(c, leader, 'leader');
  await c.bot.post(mention(c, leader, 'koble kanal'));
}

describe.each(STORE_KINDS)('ideas over HTTP, main flow (%s store)', (kind) => {
  const c = useBot(async () => ({ store: await freshStore(kind) }), { clearEachTest: true });
  const leader = testUser(400);
  const employee = testUser(401);
  const colleague = testUser(402);

  beforeAll(() => setProfile(c, employee, 'employee'));

  it('links the team to the leader’s unit with «koble kanal»', async () => {
    await linkTeam(c, leader);
    const reply = c.connector.sent().pop();
    expect(reply.text).toContain(UNIT);
    expect(await new TeamLinkRepository(c.bot.app.store).get(TEAM)).toMatchObject({ unit: UNIT, linkedBy: { aadObjectId: leader.aadObjectId } });
  });

  it('refuses «koble kanal» from someone who is not a leader', async () => {
    await c.bot.post(mention(c, employee, 'koble kanal'));
    expect(c.connector.sent().pop().text).toMatch(/Du står ikke på lederlisten/);
  });

  it('mention: answers in the thread with the prefilled form; submitting posts the idea card in the channel', async () => {
    const activity = mention(c, employee, 'idé Oppskrifter på kjøleskapet\nSå kaster vi mindre mat');
    await c.bot.post(activity);
    const [reply] = c.connector.sentTo(activity.conversation.id);
    const form = cardsIn(reply)[0];
    expect(inputsIn(form).get('title').value).toBe('Oppskrifter på kjøleskapet');
    expect(inputsIn(form).get('proposal').value).toContain('kaster vi mindre mat');
    const submit = actionsIn(form).find((a) => a.verb === 'ideaSubmit');
    expect(submit.type).toBe('Action.Execute');

    const res = await c.bot.post(execute(c, employee, 'ideaSubmit', { ...submit.data, ...INPUTS }));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe(CARD);
    const [card] = ideaCards(c);
    expect(textOf(card)).toContain(INPUTS.title);
    expect(textOf(card)).toContain(employee.name);
    expect(textOf(card)).toContain(UNIT);
    const stored = await new IdeaRepository(c.bot.app.store).get(ideaIdOf(card));
    expect(stored?.value).toMatchObject({ unit: UNIT, status: 'new', submitterName: employee.name, channel: { activityId: expect.any(String) } });
  });

  it('compose action: fetchTask opens the form in a task module; submitAction posts the idea card', async () => {
    const fetched = await c.bot.post(meInvoke(c, employee, 'composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' }));
    expect(fetched.status).toBe(200);
    expect(fetched.body.task).toMatchObject({ type: 'continue', value: { title: 'Ny idé', height: 'large', width: 'medium', card: { contentType: CARD } } });
    const { body } = await composeSubmit(c, employee, { ...INPUTS, title: 'Fra skrivefeltet' });
    expect(body).toEqual({});
    const cards = ideaCards(c);
    expect(cards).toHaveLength(1);
    expect(textOf(cards[0])).toContain('Fra skrivefeltet');
  });

  it('message action: the form opens prefilled with the message text', async () => {
    const res = await c.bot.post(
      meInvoke(c, employee, 'composeExtension/fetchTask', {
        commandId: 'ideaFromMessage',
        commandContext: 'message',
        messagePayload: { body: { contentType: 'html', content: '<p>Vi kunne delt bil mellom enhetene &amp; spart penger</p>' } },
      }),
    );
    const form = res.body.task.value.card.content;
    expect(inputsIn(form).get('title').value).toBe('Vi kunne delt bil mellom enhetene & spart penger');
    const submit = actionsIn(form).find((a) => a.type === 'Action.Submit');
    const posted = await c.bot.post(meInvoke(c, employee, 'composeExtension/submitAction', { commandId: 'ideaFromMessage', data: { ...submit.data, ...INPUTS, title: inputsIn(form).get('title').value } }));
    expect(posted.body).toEqual({});
    expect(textOf(ideaCards(c)[0])).toContain('Vi kunne delt bil');
  });

  it('supports (toggle, idempotent), and the leader changes the status; the submitter is told once', async () => {
    await composeSubmit(c, employee, { ...INPUTS, title: 'Støtt meg' });
    const ideaId = ideaIdOf(ideaCards(c)[0]);

    const first = await c.bot.post(execute(c, colleague, 'ideaSupport', { ideaId, support: true }));
    expect(first.body.type).toBe(CARD);
    expect(textOf(first.body.value)).toContain('Støtter: 1');
    expect(actionsIn(first.body.value).find((a) => a.verb === 'ideaSupport').data.support).toBe(false);
    const retry = await c.bot.post(execute(c, colleague, 'ideaSupport', { ideaId, support: true }));
    expect(textOf(retry.body.value)).toContain('Støtter: 1');
    await c.bot.app.idle(); // the channel card follows the answer
    expect(textOf(lastUpdate(c, ideaId))).toContain('Støtter: 1');
    expect(lastUpdate(c, ideaId).refresh.userIds).toEqual(expect.arrayContaining([leader.id, colleague.id]));

    // Leader's view (card refresh) has the follow-up section; the colleague's does not.
    const leaderView = await c.bot.post(execute(c, leader, 'ideaRefresh', { ideaId }));
    expect(actionsIn(leaderView.body.value).map((a) => a.verb)).toContain('ideaStatus');
    const colleagueView = await c.bot.post(execute(c, colleague, 'ideaRefresh', { ideaId }));
    expect(actionsIn(colleagueView.body.value).map((a) => a.verb)).not.toContain('ideaStatus');

    const noReason = await c.bot.post(execute(c, leader, 'ideaStatus', { ideaId, status: 'parked', reason: '' }));
    expect(textOf(noReason.body.value)).toMatch(/begrunnelse/i);
    expect((await new IdeaRepository(c.bot.app.store).get(ideaId))?.value.status).toBe('new');

    c.connector.clear();
    const press = execute(c, leader, 'ideaStatus', { ideaId, status: 'parked', reason: 'Vi tar den opp igjen i høst' });
    const saved = await c.bot.post(press);
    expect(saved.body.type).toBe(CARD);
    await c.bot.post(press); // Teams retries
    await c.bot.post(press);
    expect(textOf(lastUpdate(c, ideaId))).toContain('Lagt til side');
    expect(textOf(lastUpdate(c, ideaId))).toContain('Vi tar den opp igjen i høst');
    // No personal chat saved for the employee: the bot opens one and tells them, once.
    const created = c.connector.calls.filter((call) => call.method === 'POST' && call.path === '/v3/conversations');
    expect(created).toHaveLength(1);
    expect(created[0]!.body.members).toEqual([{ id: employee.id, name: '' }]);
    const notices = c.connector.sent().filter((a) => textOf(cardsIn(a)[0]).includes('Nytt om ideen din'));
    expect(notices).toHaveLength(1);
    expect(textOf(cardsIn(notices[0])[0])).toContain('Vi tar den opp igjen i høst');

    const back = await c.bot.post(execute(c, colleague, 'ideaSupport', { ideaId, support: false }));
    expect(textOf(back.body.value)).toContain('Støtter: 0');
  });

  it('a status flipped back and forth tells the submitter at most three times a day; every change stands', async () => {
    await composeSubmit(c, employee, { ...INPUTS, title: 'Flipp meg' });
    const ideaId = ideaIdOf(ideaCards(c)[0]);
    c.connector.clear();
    for (const status of ['reviewing', 'prioritised', 'reviewing', 'prioritised', 'reviewing']) {
      const answer = await c.bot.post(execute(c, leader, 'ideaStatus', { ideaId, status, reason: '' }));
      expect(answer.body.type).toBe(CARD);
    }
    expect((await new IdeaRepository(c.bot.app.store).get(ideaId))?.value.status).toBe('reviewing');
    const notices = c.connector.sent().filter((a) => textOf(cardsIn(a)[0]).includes('Nytt om ideen din'));
    expect(notices).toHaveLength(3);
  });
});

describe('ideas over HTTP (embedded store)', () => {
  const c = useBot(() => ({}), { clearEachTest: true });
  const leader = testUser(500);
  const employee = testUser(501);

  beforeAll(async () => {
    await linkTeam(c, leader);
    await setProfile(c, employee, 'employee');
  });

  it('posts one idea when the same submitAction arrives three times (also at once)', async () => {
    const fetched = await c.bot.post(meInvoke(c, employee, 'composeExtension/fetchTask', { commandId: 'newIdea' }));
    const submit = actionsIn(fetched.body.task.value.card.content).find((a) => a.type === 'Action.Submit');
    const invoke = meInvoke(c, employee, 'composeExtension/submitAction', { commandId: 'newIdea', data: { ...submit.data, ...INPUTS, title: 'Tre ganger' } });
    const results = await Promise.all([c.bot.post(invoke), c.bot.post(invoke)]);
    results.push(await c.bot.post(invoke));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(ideaCards(c)).toHaveLength(1);
    const all = await new IdeaRepository(c.bot.app.store).listAll();
    expect(all.filter((i) => i.title === 'Tre ganger')).toHaveLength(1);
  });

  it('counts exactly fifty when fifty colleagues press «Støtt» at the same moment', async () => {
    await composeSubmit(c, employee, { ...INPUTS, title: 'Femti' });
    const ideaId = ideaIdOf(ideaCards(c)[0]);
    const users = Array.from({ length: 50 }, (_, i) => testUser(1000 + i));
    const results = await Promise.all(users.map((u) => c.bot.post(execute(c, u, 'ideaSupport', { ideaId, support: true }))));
    expect(results.every((r) => r.status === 200 && r.body.type === CARD)).toBe(true);
    const stored = await new IdeaRepository(c.bot.app.store).get(ideaId);
    expect(stored?.value.supporters).toHaveLength(50);
    await c.bot.app.idle();
    expect(textOf(lastUpdate(c, ideaId))).toContain('Støtter: 50');
    expect(lastUpdate(c, ideaId).refresh.userIds.length).toBeLessThanOrEqual(60);
  });

  it('rejects a form with missing fields (shows the errors) and forged data, storing nothing', async () => {
    const fetched = await c.bot.post(meInvoke(c, employee, 'composeExtension/fetchTask', { commandId: 'newIdea' }));
    const submit = actionsIn(fetched.body.task.value.card.content).find((a) => a.type === 'Action.Submit');
    const before = (await new IdeaRepository(c.bot.app.store).listAll()).length;
    const missing = await c.bot.post(meInvoke(c, employee, 'composeExtension/submitAction', { commandId: 'newIdea', data: { ...submit.data, title: 'Uten behov' } }));
    expect(missing.body.task.type).toBe('continue');
    expect(textOf(missing.body.task.value.card.content)).toContain('Må fylles ut');
    const forged = await c.bot.post(meInvoke(c, employee, 'composeExtension/submitAction', { commandId: 'newIdea', data: { verb: 'ideaSubmit', token: '../../x', ...INPUTS } }));
    expect(forged.body.task.type).toBe('message');
    const badChoice = await c.bot.post(meInvoke(c, employee, 'composeExtension/submitAction', { commandId: 'newIdea', data: { ...submit.data, ...INPUTS, benefitTypes: 'money' } }));
    expect(badChoice.body.task.type).toBe('continue');
    const badAction = await c.bot.post(execute(c, employee, 'ideaSupport', { ideaId: 'idea-doesnotexist', support: 'yes' }));
    expect(badAction.body.type).toBe('application/vnd.microsoft.error');
    expect((await new IdeaRepository(c.bot.app.store).listAll()).length).toBe(before);
    expect(ideaCards(c)).toHaveLength(0);
  });

  it('keeps an anonymous submitter’s name out of everything the connector receives', async () => {
    const anon = testUser('anon-77');
    await composeSubmit(c, anon, { ...INPUTS, title: 'Anonym idé', anonymous: 'true' });
    const ideaId = ideaIdOf(ideaCards(c)[0]);
    expect(textOf(ideaCards(c)[0])).toContain('Sendt inn anonymt');
    await c.bot.post(execute(c, leader, 'ideaStatus', { ideaId, status: 'reviewing', reason: '' }));
    await c.bot.post(execute(c, testUser(502), 'ideaSupport', { ideaId, support: true }));
    await c.bot.app.idle();
    const notices = c.connector.sent().filter((a) => textOf(cardsIn(a)[0]).includes('Nytt om ideen din'));
    expect(notices).toHaveLength(1);
    expect(JSON.stringify(c.connector.calls)).not.toContain(anon.name);
    const stored = await new IdeaRepository(c.bot.app.store).get(ideaId);
    expect(JSON.stringify(stored?.value)).not.toContain(anon.name);
    expect(stored?.value).toMatchObject({ anonymous: true, notify: { userId: anon.id } });
    expect(stored?.value.submitterName).toBeUndefined();
    expect(stored?.value.submitterId).toBeUndefined();
  });

  it('refuses leader actions from a non-leader and from a leader of another unit', async () => {
    await composeSubmit(c, employee, { ...INPUTS, title: 'Ikke din' });
    const ideaId = ideaIdOf(ideaCards(c)[0]);
    const otherLeader = testUser(503);
    await setProfile(c, otherLeader, 'leader', 'Et annet sted');
    for (const who of [employee, otherLeader]) {
      for (const [verb, data] of [
        ['ideaStatus', { ideaId, status: 'in_use', reason: 'x' }],
        ['ideaLinkInitiative', { ideaId, initiativeId: 'x' }],
        ['ideaNewInitiative', { ideaId }],
        ['ideaOpen', { ideaId }],
      ] as const) {
        const res = await c.bot.post(execute(c, who, verb, data));
        expect([verb, res.body.type, res.body.statusCode]).toEqual([verb, 'application/vnd.microsoft.error', 403]);
      }
    }
    expect((await new IdeaRepository(c.bot.app.store).get(ideaId))?.value.status).toBe('new');
    expect(c.connector.updates()).toHaveLength(0);
  });

  it('lists the unit’s ideas for the leader in personal chat, unanswered oldest first, with the same actions', async () => {
    await c.bot.post(personalMessage({ serviceUrl: c.connector.url, user: leader, text: 'ideer' }));
    const list = cardsIn(c.connector.sentTo(personalConversationId(leader)).pop())[0];
    const text = textOf(list);
    expect(text).toContain('Ideer fra tjenestestedene dine');
    expect(text.indexOf('Tre ganger')).toBeLessThan(text.indexOf('Anonym idé')); // new before reviewing
    const open = actionsIn(list).find((a) => a.verb === 'ideaOpen');
    const view = await c.bot.post(execute(c, leader, 'ideaOpen', open.data, 'personal'));
    expect(actionsIn(view.body.value).map((a) => a.verb)).toEqual(expect.arrayContaining(['ideaStatus', 'ideaNewInitiative', 'ideaList']));

    await c.bot.post(personalMessage({ serviceUrl: c.connector.url, user: employee, text: 'ideer' }));
    expect(c.connector.sentTo(personalConversationId(employee)).pop().text).toMatch(/bare for tjenesteledere/);
  });

  it('lets the leader register an idea for an employee not on Teams', async () => {
    const form = await c.bot.post(execute(c, leader, 'ideaRegisterForm', {}, 'personal'));
    const submit = actionsIn(form.body.value).find((a) => a.verb === 'ideaSubmit');
    expect(submit.data.onBehalf).toBe(true);
    // Avbryt goes back to the idea list, nothing is saved.
    const cancel = actionsIn(form.body.value).find((a) => a.verb === 'ideaList');
    expect(cancel.title).toBe('Avbryt');
    const back = await c.bot.post(execute(c, leader, 'ideaList', cancel.data, 'personal'));
    expect(textOf(back.body.value)).toContain('Ideer fra tjenestestedene dine');
    const res = await c.bot.post(execute(c, leader, 'ideaSubmit', { ...submit.data, ...INPUTS, title: 'Fra Ola', onBehalfOf: 'Ola i kjøkkenet' }, 'personal'));
    expect(res.body.type).toBe(CARD);
    const card = ideaCards(c)[0];
    expect(textOf(card)).toContain('Ola i kjøkkenet');
    const refused = await c.bot.post(execute(c, employee, 'ideaSubmit', { ...submit.data, token: 'another-token-1', ...INPUTS }, 'personal'));
    expect(refused.body.statusCode).toBe(403);
  });

  it('starts a new initiative from an idea: the leader gets a card that opens the proposal prefilled', async () => {
    await composeSubmit(c, employee, { ...INPUTS, title: 'Bli et tiltak' });
    const ideaId = ideaIdOf(ideaCards(c)[0]);
    const invoke = execute(c, leader, 'ideaNewInitiative', { ideaId });
    // Delivered three times (Teams retries), the leader gets one card.
    for (let i = 0; i < 3; i++) {
      const res = await c.bot.post(invoke);
      expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
    }
    const startCards = c.connector.sent().flatMap(cardsIn).filter((card) => actionsIn(card).some((a) => a.data?.fromIdeaId === ideaId));
    expect(startCards).toHaveLength(1);
    const personal = c.connector.sent().flatMap(cardsIn).find((card) => actionsIn(card).some((a) => a.data?.fromIdeaId === ideaId));
    const start = actionsIn(personal).find((a) => a.data?.fromIdeaId === ideaId);
    expect(start.data.verb).toBe('newInitiative');
    c.connector.clear();
    await c.bot.post(personalMessage({ serviceUrl: c.connector.url, user: leader, value: start.data }));
    const step = c.connector.sentTo(personalConversationId(leader)).flatMap(cardsIn)[0];
    expect(inputsIn(step).get('title')?.value).toBe('Bli et tiltak');
    expect(inputsIn(step).get('problem')?.value).toBe(INPUTS.need);

    // Registering the proposal links the idea to the new initiative and tells the submitter.
    const press = async (card: any, nav: string, inputs: Record<string, string> = {}) => {
      const action = actionsIn(card).find((a) => a.data?.verb === 'form' && a.data?.nav === nav);
      c.connector.clear();
      await c.bot.post(personalMessage({ serviceUrl: c.connector.url, user: leader, value: { ...inputs, ...action.data } }));
      return c.connector.sentTo(personalConversationId(leader)).flatMap(cardsIn).pop();
    };
    let card = await press(step, 'next', { title: 'Bli et tiltak', problem: INPUTS.need, goal: 'Et mål' });
    card = await press(card, 'next', { beneficiaries: 'users', phase: 'anchor', employeeInvolvement: 'proposed', employeesInvolved: '3' });
    await press(card, 'submit');
    const idea = (await new IdeaRepository(c.bot.app.store).get(ideaId))!.value;
    expect(idea.status).toBe('became_initiative');
    const [initiative] = await new InitiativeRepository(c.bot.app.store).listByOwner(leader.aadObjectId);
    expect(initiative?.linkedIdeaIds).toEqual([ideaId]);
  });
});
