// Roles come from the roster and the admin list, never from what someone says about themselves.
// The attacks from the security review, over HTTP: an employee whose profile says «leader of
// Enhet A» (a stored profile from before, or a forged profile form) cannot list or park Enhet A's
// ideas or move its channel link; someone whose profile says «kommunalsjef» gets no help request.
import { makeInitiative } from '../../fixtures/makeInitiative';
import { installationUpdate, personalConversationId, personalMessage, testUser, type TestUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { actionsIn, textOf } from '../support/cards';
import { execute, meInvoke, mention, type Place } from '../support/channel';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { addLeader, addSectorHead } from '../support/roster';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { IdeaRepository } from '../../src/storage/repositories/ideaRepository';
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';
import { TeamLinkRepository } from '../../src/storage/repositories/teamLinkRepository';

const leaderA = testUser('claim-leader-a');
const submitter = testUser('claim-submitter');
const claimant = testUser('claim-employee');
const head = testUser('claim-head');
const admin = testUser('claim-admin');
const PLACE: Place = { teamId: 'team-claim-a', channelId: '19:claim-a@thread.tacv2' };

const REPORT = {
  status: 'active',
  progress: 'on_track',
  phase: 'anchor',
  doneSinceLast: 'Kartlagt behovet.',
  nextSteps: 'Prøve ut.',
  nextStepsDate: '2027-01-15',
  employeeInvolvement: 'Alle var med.',
  learning: 'Mye.',
  barriers: '',
  helpNeeded: 'innovation_adviser',
  helpText: 'Trenger hjelp til måling av gevinster.',
  measurementType: 'avoided_cost',
  measurementValue: '12 kg per uke',
  measurementDate: '2026-12-20',
  measurementNote: '',
  spreadActions: 'shared_internal',
};

/** What someone could have made their profile say before roles came from the roster. */
async function claim(store: any, user: TestUser, role: string, unit: string, sector: string): Promise<void> {
  await new ProfileRepository(store).update(user.aadObjectId, { id: user.aadObjectId, name: user.name }, (p) => ({ ...p, role, unit, sector, confirmedAt: '2026-01-05T10:00:00.000Z' }) as any);
}

describe('a role claimed in the profile gives nothing', () => {
  const c = useBot(() => ({ env: { ADMIN_AAD_OBJECT_IDS: admin.aadObjectId } }));
  let ideaId = '';

  beforeAll(async () => {
    await addLeader(c.bot, leaderA, 'Enhet A', 'Sektor 1');
    await c.bot.post(mention(c, PLACE, leaderA, 'koble kanal'));
    const fetched = await c.bot.post(meInvoke(c, PLACE, submitter, 'composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' }));
    const submit = actionsIn(fetched.body.task.value.card.content).find((a) => a.type === 'Action.Submit');
    const done = await c.bot.post(meInvoke(c, PLACE, submitter, 'composeExtension/submitAction', { commandId: 'newIdea', commandContext: 'compose', data: { ...submit.data, title: 'Felles kalender', need: 'Vi dobbeltbooker rom.', proposal: 'En delt kalender.' } }));
    expect(done.status).toBe(200);
    const ideas = await new IdeaRepository(c.bot.app.store).listByUnits(['Enhet A']);
    ideaId = ideas[0]!.id;
    await claim(c.bot.app.store, claimant, 'leader', 'Enhet A', 'Sektor 1');
  });

  it('an employee whose profile says «leader of Enhet A» cannot list the unit’s ideas', async () => {
    await c.bot.post(personalMessage({ serviceUrl: c.connector.url, user: claimant, text: 'idéer' }));
    const reply = c.connector.sentTo(personalConversationId(claimant)).pop();
    expect(reply.text).toMatch(/bare for tjenesteledere på lederlisten/);
    expect(reply.attachments ?? []).toHaveLength(0);
    const res = await c.bot.post(execute(c, PLACE, claimant, 'ideaList', {}));
    expect(res.body.statusCode).toBe(403);
  });

  it('… cannot park one of them, and the submitter hears nothing', async () => {
    const ideas = new IdeaRepository(c.bot.app.store);
    const before = (await ideas.get(ideaId))!;
    const toSubmitter = c.connector.sentTo(personalConversationId(submitter)).length;
    const res = await c.bot.post(execute(c, PLACE, claimant, 'ideaStatus', { ideaId, status: 'parked', reason: 'Ikke nå' }));
    expect(res.body.statusCode).toBe(403);
    expect(res.body.value.message).not.toMatch(/profil|rolle/i);
    const after = (await ideas.get(ideaId))!;
    expect(after.etag).toBe(before.etag);
    expect(after.value.status).toBe('new');
    expect(c.connector.sentTo(personalConversationId(submitter)).length).toBe(toSubmitter);
  });

  it('… cannot move the team’s channel link to themselves', async () => {
    await c.bot.post(mention(c, PLACE, claimant, 'koble kanal'));
    expect(c.connector.sent().pop().text).toMatch(/Du står ikke på lederlisten.*innovasjonsteamet/);
    const link = await new TeamLinkRepository(c.bot.app.store).get(PLACE.teamId);
    expect(link?.linkedBy.aadObjectId).toBe(leaderA.aadObjectId);
  });

  it('a forged profile form with role and unit stores neither', async () => {
    const forger = testUser('claim-forger');
    const chat = new ChatSession(c.bot, c.connector, forger);
    const r = await chat.say('profil');
    await chat.submit(r, 'submit', { name: 'Ola', language: 'nb', role: 'sector_head', unit: 'Enhet A', sector: 'Sektor 1' });
    const stored = (await new ProfileRepository(c.bot.app.store).get(forger.aadObjectId))!.value as unknown as Record<string, unknown>;
    expect(stored).toMatchObject({ name: 'Ola', language: 'nb' });
    expect([stored.role, stored.unit, stored.sector]).toEqual([undefined, undefined, undefined]);
    const res = await c.bot.post(execute(c, PLACE, forger, 'ideaStatus', { ideaId, status: 'parked', reason: 'Ikke nå' }));
    expect(res.body.statusCode).toBe(403);
  });

  it('a help request goes to the roster’s sector head, not to someone who claims the role; the leader is told who', async () => {
    await claim(c.bot.app.store, claimant, 'sector_head', 'Enhet A', 'Sektor 1');
    for (const u of [claimant, head]) await c.bot.post(installationUpdate({ serviceUrl: c.connector.url, user: u, action: 'add' }));
    await addSectorHead(c.bot, head, 'Sektor 1');
    await new InitiativeRepository(c.bot.app.store).createIfAbsent(makeInitiative({ id: 'ini-claim-a', ownerId: leaderA.aadObjectId, unit: 'Enhet A', sector: 'Sektor 1' }));
    const toClaimant = c.connector.sentTo(personalConversationId(claimant)).length;
    const toHead = c.connector.sentTo(personalConversationId(head)).length;

    const chat = new ChatSession(c.bot, c.connector, leaderA);
    let r = await chat.say('rapporter');
    r = await chat.submit(r, 'submit', REPORT);
    expect(texts(r)).toMatch(/Kommunalsjefen din har fått beskjed/);
    expect(texts(r)).toContain(head.name);
    const headGot = c.connector.sentTo(personalConversationId(head)).slice(toHead);
    expect(headGot).toHaveLength(1);
    expect(textOf(lastCard(headGot))).toContain(REPORT.helpText);
    expect(c.connector.sentTo(personalConversationId(claimant)).slice(toClaimant)).toHaveLength(0);
  });

  it('with no sector head on the roster the admins get it, and the leader is told so', async () => {
    const leaderB = testUser('claim-leader-b');
    await addLeader(c.bot, leaderB, 'Enhet B', 'Sektor uten leder');
    await c.bot.post(installationUpdate({ serviceUrl: c.connector.url, user: admin, action: 'add' }));
    await new InitiativeRepository(c.bot.app.store).createIfAbsent(makeInitiative({ id: 'ini-claim-b', ownerId: leaderB.aadObjectId, unit: 'Enhet B', sector: 'Sektor uten leder' }));
    const toAdmin = c.connector.sentTo(personalConversationId(admin)).length;
    const chat = new ChatSession(c.bot, c.connector, leaderB);
    let r = await chat.say('rapporter');
    r = await chat.submit(r, 'submit', REPORT);
    expect(texts(r)).toMatch(/nådde ingen kommunalsjef for Sektor uten leder, så innovasjonsteamet har fått beskjed/);
    expect(c.connector.sentTo(personalConversationId(admin)).slice(toAdmin)).toHaveLength(1);
  });
});
