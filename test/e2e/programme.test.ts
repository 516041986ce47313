// The leadership programme over HTTP: a leader signs up, the kommunalsjef approves or declines
// on the approval card (Universal Actions), the leader is told; a full cohort makes a waiting
// list and a cancellation moves the first one up; a second decision and a non-head are refused.
import { personalConversationId, testUser, type TestUser } from '../support/activities';
import { startBot, startConnector, type BotCtx } from '../support/botHarness';
import { execute } from '../support/channel';
import { actionsIn, cardsIn, inputsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { EnrolmentRepository } from '../../src/storage/repositories/enrolmentRepository';
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';
import { RosterRepository } from '../../src/storage/repositories/rosterRepository';
import type { DocumentStore } from '../../src/storage/documentStore';

const SECTOR = 'Helse og sosial';
const COHORT = { id: 'kull-1', name: 'Kull 1 2027', start: '2027-03-01', end: '2027-08-31', place: 'Rådhuset', seats: 1, applicationDeadline: '2027-02-01' };
const HEAD = testUser('head');
const OTHER_HEAD = testUser('otherhead');
const ADMIN = testUser('admin');
const LEADERS = [testUser('anna'), testUser('bjorn'), testUser('cecilie'), testUser('dagny')];
const CARD = 'application/vnd.microsoft.card.adaptive';
const HERE = { teamId: 't', channelId: 'c' };

async function seed(store: DocumentStore): Promise<void> {
  await new RosterRepository(store).import([
    ...LEADERS.map((u, i) => ({ line: i + 2, row: { name: u.name, email: `${u.aadObjectId.slice(-6)}@kommune.no`, aadObjectId: u.aadObjectId, unit: `Enhet ${i}`, sector: SECTOR, sectorHeadEmail: 'head@kommune.no' } })),
    { line: 9, row: { name: 'Annen leder', email: 'annen@kommune.no', unit: 'Skole', sector: 'Oppvekst', sectorHeadEmail: 'other.head@kommune.no' } },
  ]);
  const profiles = new ProfileRepository(store);
  for (const [user, email] of [[HEAD, 'head@kommune.no'], [OTHER_HEAD, 'other.head@kommune.no']] as const) {
    await profiles.update(user.aadObjectId, { id: user.aadObjectId, name: user.name }, (p) => ({ ...p, email }));
  }
}

// The cosmos half starts the file's cosmosdb-server: left listening, it keeps the worker alive.
afterAll(() => stopSharedCosmosServer());

describe.each(STORE_KINDS)('leadership programme sign-up end to end (%s store)', (kind) => {
  const c = {} as BotCtx;
  const chat = (u: TestUser) => new ChatSession(c.bot, c.connector, u);
  const sentTo = (u: TestUser) => c.connector.sentTo(personalConversationId(u));
  const press = (u: TestUser, verb: string, data: Record<string, unknown>) => c.bot.post(execute(c, HERE, u, verb, data, 'personal'));

  beforeAll(async () => {
    c.connector = await startConnector();
    const store = await freshStore(kind);
    for (const u of [HEAD, OTHER_HEAD]) c.connector.members.set(u.id, { id: u.id, name: u.name, aadObjectId: u.aadObjectId });
    c.bot = await startBot({ store, env: { LEADERSHIP_COHORTS: JSON.stringify([COHORT]), ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId } });
    // Seeded before the first turn, so the roles' roster snapshot includes it.
    await seed(c.bot.app.store);
    // Everyone has opened the bot once, so the bot knows their personal chat.
    for (const u of [HEAD, OTHER_HEAD, ADMIN, ...LEADERS]) await chat(u).say('hjelp');
  }, 60_000);
  afterAll(async () => {
    await c.bot?.stop();
    await c.connector?.stop();
  });

  async function apply(u: TestUser, motivation: string): Promise<{ approval: any; reply: string }> {
    const before = sentTo(HEAD).length;
    const card = lastCard(await chat(u).say('påmelding'));
    const button = actionsIn(card).find((a) => a.data?.verb === 'programmeApply');
    const reply = texts(await chat(u).press(button, { [`motivation-${COHORT.id}`]: motivation }));
    // A retried press (Teams resends) applies once and sends the kommunalsjef one card.
    await chat(u).press(button, { [`motivation-${COHORT.id}`]: motivation });
    const toHead = sentTo(HEAD).slice(before).flatMap(cardsIn);
    expect(toHead).toHaveLength(1);
    return { approval: toHead[0], reply };
  }

  it('approves into a seat, declines with a reason, refuses a second decision and a non-head, and tells the leader', async () => {
    const [anna, bjorn] = LEADERS as [TestUser, TestUser];
    const { approval, reply } = await apply(anna, 'Jeg vil lære å lede forbedringsarbeid.');
    expect(reply).toContain('sendt til kommunalsjefen');
    expect(textOf(approval)).toContain(anna.name);
    expect(approval.refresh.userIds).toEqual([HEAD.id]);
    const approve = actionsIn(approval).find((a) => a.verb === 'programmeApprove');

    // Someone who is not the applicant's kommunalsjef cannot approve, not even with the card's data.
    const stranger = await press(OTHER_HEAD, 'programmeApprove', approve.data);
    expect(stranger.body.value).toMatch(/Bare kommunalsjefen/);
    // A leader is no sector head at all: the permission table refuses before the handler.
    const leader = await press(bjorn, 'programmeApprove', approve.data);
    expect(leader.body).toMatchObject({ statusCode: 403, value: { message: expect.stringMatching(/bare for kommunalsjefer/) } });
    expect((await new EnrolmentRepository(c.bot.app.store).get(COHORT.id)).applications[0]!.status).toBe('applied');
    // Nor do they get the buttons on refresh.
    const otherView = await press(OTHER_HEAD, 'programmeRefresh', approve.data);
    expect(actionsIn(otherView.body.value).map((a) => a.verb)).not.toContain('programmeApprove');

    const annaBefore = sentTo(anna).length;
    const approved = await press(HEAD, 'programmeApprove', approve.data);
    expect(approved.body.type).toBe(CARD);
    expect(textOf(approved.body.value)).toMatch(/Godkjent.*fikk plass/);
    expect(actionsIn(approved.body.value).map((a) => a.verb)).not.toContain('programmeApprove');
    expect(texts(sentTo(anna).slice(annaBefore))).toContain('du har fått plass');

    const again = await press(HEAD, 'programmeDecline', { ...approve.data, reason: 'Ombestemt meg' });
    expect(textOf(again.body.value)).toContain('allerede behandlet');
    expect((await new EnrolmentRepository(c.bot.app.store).get(COHORT.id)).applications[0]!.status).toBe('seated');

    // Bjørn is declined with a reason; without one the card asks for it.
    const second = await apply(bjorn, 'Jeg leder et stort tjenestested.');
    const decline = actionsIn(second.approval).find((a) => a.verb === 'programmeDecline');
    expect(inputsIn(second.approval).has('reason')).toBe(true);
    const noReason = await press(HEAD, 'programmeDecline', { ...decline.data, reason: ' ' });
    expect(textOf(noReason.body.value)).toContain('begrunnelse');
    const bjornBefore = sentTo(bjorn).length;
    const declined = await press(HEAD, 'programmeDecline', { ...decline.data, reason: 'Neste kull passer bedre.' });
    expect(textOf(declined.body.value)).toContain('Neste kull passer bedre.');
    expect(texts(sentTo(bjorn).slice(bjornBefore))).toMatch(/avslått.*Neste kull passer bedre/);
  });

  it('a forged refresh shows the application only to its applicant, their kommunalsjef and admins; anyone else learns nothing', async () => {
    const [anna, bjorn] = LEADERS as [TestUser, TestUser];
    const application = (await new EnrolmentRepository(c.bot.app.store).get(COHORT.id)).applications.find((a) => a.applicant.aadObjectId === anna.aadObjectId)!;
    const ref = { cohortId: COHORT.id, applicationId: application.id };
    const secrets = [anna.name, application.applicant.unit, SECTOR, application.motivation];

    // Allowed: the real card, with the applicant's name, unit and motivation.
    for (const who of [anna, HEAD, ADMIN]) {
      const view = await press(who, 'programmeRefresh', ref);
      expect(view.body).toMatchObject({ statusCode: 200, type: CARD });
      for (const s of secrets) expect(textOf(view.body.value)).toContain(s);
    }

    // An employee who is on no list, another sector's head and a colleague in the same sector
    // get a valid card that says nothing, the same card as for an id that does not exist.
    const nobody = await press(testUser('curious'), 'programmeRefresh', { cohortId: COHORT.id, applicationId: 'no-such-application' });
    expect(nobody.body).toMatchObject({ statusCode: 200, type: CARD });
    for (const who of [testUser('curious'), OTHER_HEAD, bjorn]) {
      const view = await press(who, 'programmeRefresh', ref);
      expect(view.status).toBe(200);
      expect(view.body).toEqual(nobody.body);
      const json = JSON.stringify(view.body);
      for (const s of [...secrets, application.id]) expect(json).not.toContain(s);
    }
  });

  it('puts an approved applicant on the waiting list when full, and a cancellation moves them up', async () => {
    const [anna, , cecilie] = LEADERS as [TestUser, TestUser, TestUser];
    const { approval } = await apply(cecilie, 'Jeg vil delta.');
    const cecilieBefore = sentTo(cecilie).length;
    const approved = await press(HEAD, 'programmeApprove', actionsIn(approval).find((a) => a.verb === 'programmeApprove').data);
    expect(textOf(approved.body.value)).toContain('satt på venteliste');
    expect(texts(sentTo(cecilie).slice(cecilieBefore))).toContain('nummer 1 på ventelisten');

    // A leader cannot withdraw someone else's application; an admin can cancel it from the list.
    const list = lastCard(await chat(ADMIN).say('deltakere'));
    expect(textOf(list)).toMatch(/Kull 1 2027 \(1 av 1 plasser\)/);
    const cancelAnna = actionsIn(list).find((a) => a.data?.verb === 'programmeWithdraw' && a.title.includes(anna.name));
    expect(texts(await chat(cecilie).press(cancelAnna))).toContain('Bare den som har søkt');
    expect(texts(await chat(LEADERS[1]!).say('deltakere'))).toContain('Dette er bare for programadministratorene');

    const before = sentTo(cecilie).length;
    expect(texts(await chat(ADMIN).press(cancelAnna))).toContain('trukket');
    expect(texts(sentTo(cecilie).slice(before))).toContain('Det ble ledig plass');
    const enrolment = await new EnrolmentRepository(c.bot.app.store).get(COHORT.id);
    expect(enrolment.applications.find((a) => a.applicant.aadObjectId === cecilie.aadObjectId)?.status).toBe('seated');
    expect(enrolment.applications.find((a) => a.applicant.aadObjectId === anna.aadObjectId)?.status).toBe('withdrawn');

    // Cecilie sees her seat and can withdraw herself.
    const mine = lastCard(await chat(cecilie).say('påmelding'));
    expect(textOf(mine)).toContain('har fått plass');
    expect(texts(await chat(cecilie).press(actionsIn(mine).find((a) => a.data?.verb === 'programmeWithdraw')))).toContain('trukket');
  });

  it('bounds «søk – trekk – søk igjen» at three applications per cohort, and a forged token cannot touch someone else\'s', async () => {
    const [, bjorn, , dagny] = LEADERS as [TestUser, TestUser, TestUser, TestUser];
    const before = sentTo(HEAD).length;
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) {
      const card = lastCard(await chat(dagny).say('påmelding'));
      const button = actionsIn(card).find((a) => a.data?.verb === 'programmeApply');
      expect(texts(await chat(dagny).press(button, { [`motivation-${COHORT.id}`]: `Forsøk ${n}` }))).toContain('sendt til kommunalsjefen');
      ids.push(button.data.token);
      const mine = lastCard(await chat(dagny).say('påmelding'));
      expect(texts(await chat(dagny).press(actionsIn(mine).find((a) => a.data?.verb === 'programmeWithdraw')))).toContain('trukket');
    }
    expect(sentTo(HEAD).slice(before).flatMap(cardsIn)).toHaveLength(3);
    const fourth = actionsIn(lastCard(await chat(dagny).say('påmelding'))).find((a) => a.data?.verb === 'programmeApply');
    expect(texts(await chat(dagny).press(fourth, { [`motivation-${COHORT.id}`]: 'En gang til' }))).toContain('søkt om plass på dette kullet 3 ganger');
    expect(sentTo(HEAD).slice(before).flatMap(cardsIn)).toHaveLength(3);

    // Bjørn forges a submit with Dagny's application id as his token: refused, nothing sent or changed.
    const stored = async () => (await new EnrolmentRepository(c.bot.app.store).get(COHORT.id)).applications.find((a) => a.id === ids[2]);
    const was = await stored();
    const forged = texts(await chat(bjorn).press({ data: { verb: 'programmeApply', cohortId: COHORT.id, token: ids[2] } }, { [`motivation-${COHORT.id}`]: 'Kapret' }));
    expect(forged).toContain('finner ikke denne søknaden');
    expect(forged).not.toContain('sendt til kommunalsjefen');
    expect(await stored()).toEqual(was);
    expect(sentTo(HEAD).slice(before).flatMap(cardsIn)).toHaveLength(3);
  });

  it('refuses sign-up to someone who is not a leader on the roster', async () => {
    expect(texts(await chat(HEAD).say('påmelding'))).toContain('Du står ikke på lederlisten');
  });
});
