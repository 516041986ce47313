// The permission table, route by route: every typed command, submit verb, Action.Execute verb and
// message extension command is called over HTTP as each kind of person, and the bot must refuse
// exactly those the written table below refuses. The table here is written out by hand on purpose:
// loosening a rule in src/domain/access/permissions.ts (or a route's `access`) makes this fail.
import { makeInitiative } from '../../fixtures/makeInitiative';
import { personalConversationId, personalMessage, testUser, type TestUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { actionsIn } from '../support/cards';
import { execute, meInvoke, mention, type Place } from '../support/channel';
import { addLeader, addSectorHead } from '../support/roster';
import { strings } from '../../src/i18n';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { routes, type Route } from '../../src/teams/routes';

const PEOPLE = {
  employee: testUser('perm-employee'),
  /** Leads Enhet A and owns the initiative. */
  leaderOwnUnit: testUser('perm-leader-a'),
  /** Also leads Enhet A, owns nothing: the initiative rules are about owners, not units. */
  leaderOwnUnitNotOwner: testUser('perm-leader-a2'),
  leaderOtherUnit: testUser('perm-leader-b'),
  sectorHeadOwnSector: testUser('perm-head-1'),
  sectorHeadOtherSector: testUser('perm-head-2'),
  admin: testUser('perm-admin'),
};
type Who = keyof typeof PEOPLE;
const EVERYONE = Object.keys(PEOPLE) as Who[];
const LEADERS: Who[] = ['leaderOwnUnit', 'leaderOwnUnitNotOwner', 'leaderOtherUnit'];
const OWNER: Who[] = ['leaderOwnUnit', 'admin'];
const IDEA_FOLLOWERS: Who[] = ['leaderOwnUnit', 'leaderOwnUnitNotOwner', 'admin'];

/** Who may use each route (route id or verb). The initiative is Enhet A's, the idea too. */
const ALLOWED: Record<string, Who[]> = {
  help: EVERYONE,
  newInitiative: LEADERS,
  myInitiatives: EVERYONE,
  report: OWNER,
  edit: OWNER,
  profile: EVERYONE,
  roster: ['admin'],
  cancel: EVERYONE,
  ideas: [...LEADERS, 'admin'],
  idea: EVERYONE,
  linkChannel: LEADERS,
  form: EVERYONE,
  formDiscard: EVERYONE,
  formResume: EVERYONE,
  formShow: EVERYONE,
  details: OWNER,
  snooze: LEADERS,
  leave: LEADERS,
  ideaSubmit: EVERYONE,
  ideaRefresh: EVERYONE,
  ideaSupport: EVERYONE,
  ideaStatus: IDEA_FOLLOWERS,
  ideaLinkInitiative: IDEA_FOLLOWERS,
  ideaNewInitiative: IDEA_FOLLOWERS,
  ideaList: [...LEADERS, 'admin'],
  ideaOpen: IDEA_FOLLOWERS,
  ideaRegisterForm: LEADERS,
  ideaLinkTeam: LEADERS,
  newIdea: EVERYONE,
  ideaFromMessage: EVERYONE,
  explore: EVERYONE,
  share: EVERYONE,
  exploreSearch: EVERYONE,
  exploreOpen: EVERYONE,
  reuse: LEADERS,
  shareInitiative: OWNER,
  initiativeSupport: EVERYONE,
  overview: [...LEADERS, 'sectorHeadOwnSector', 'sectorHeadOtherSector', 'admin'],
  overviewOpen: [...LEADERS, 'sectorHeadOwnSector', 'sectorHeadOtherSector', 'admin'],
  export: ['sectorHeadOwnSector', 'sectorHeadOtherSector', 'admin'],
  overviewUnits: ['sectorHeadOwnSector', 'sectorHeadOtherSector', 'admin'],
  overviewDrilldown: ['sectorHeadOwnSector', 'sectorHeadOtherSector', 'admin'],
  overviewNudge: ['sectorHeadOwnSector', 'sectorHeadOtherSector', 'admin'],
  overviewExport: ['sectorHeadOwnSector', 'sectorHeadOtherSector', 'admin'],
  'fileConsent/invoke': EVERYONE,
  reopen: OWNER,
  signUp: LEADERS,
  participants: ['admin'],
  myData: EVERYONE,
  removePerson: ['admin'],
  announce: ['admin'],
  programmeApply: LEADERS,
  // A leader withdraws their own application; an admin cancels anyone's (the handler checks which).
  programmeWithdraw: [...LEADERS, 'admin'],
  personRemoveAsk: ['admin'],
  personRemove: ['admin'],
  announcementPreview: ['admin'],
  announcementEdit: ['admin'],
  announcementSend: ['admin'],
  // The table lets sector heads through; the decision refuses another sector's head (programme.test.ts).
  programmeApprove: ['sectorHeadOwnSector', 'sectorHeadOtherSector'],
  programmeDecline: ['sectorHeadOwnSector', 'sectorHeadOtherSector'],
  programmeRefresh: EVERYONE,
};

const REFUSALS = Object.values(strings('nb').access).filter((s) => !s.includes('{'));
const refused = (text: unknown) => typeof text === 'string' && REFUSALS.includes(text);

const keyOf = (r: Route) => (r.kind === 'submit' || r.kind === 'execute' ? r.verb : r.kind === 'invoke' ? r.name : r.id);
const PLACE_A: Place = { teamId: 'team-perm-a', channelId: '19:perm-a@thread.tacv2' };
const PLACE_X: Place = { teamId: 'team-perm-x', channelId: '19:perm-x@thread.tacv2' };

describe('the permission table, every route as every kind of person (over HTTP)', () => {
  const c = useBot(() => ({ env: { ADMIN_AAD_OBJECT_IDS: PEOPLE.admin.aadObjectId } }));
  let ideaId = '';
  let initiativeId = '';

  beforeAll(async () => {
    await addLeader(c.bot, PEOPLE.leaderOwnUnit, 'Enhet A', 'Sektor 1');
    await addLeader(c.bot, PEOPLE.leaderOwnUnitNotOwner, 'Enhet A', 'Sektor 1');
    await addLeader(c.bot, PEOPLE.leaderOtherUnit, 'Enhet B', 'Sektor 2');
    await addSectorHead(c.bot, PEOPLE.sectorHeadOwnSector, 'Sektor 1');
    await addSectorHead(c.bot, PEOPLE.sectorHeadOtherSector, 'Sektor 2');
    const initiative = makeInitiative({ id: 'ini-perm-a', ownerId: PEOPLE.leaderOwnUnit.aadObjectId, unit: 'Enhet A', sector: 'Sektor 1' });
    await new InitiativeRepository(c.bot.app.store).createIfAbsent(initiative);
    initiativeId = initiative.id;
    // Enhet A's team, and an idea posted there by the employee.
    await c.bot.post(mention(c, PLACE_A, PEOPLE.leaderOwnUnit, 'koble kanal'));
    const fetched = await c.bot.post(meInvoke(c, PLACE_A, PEOPLE.employee, 'composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' }));
    const submit = actionsIn(fetched.body.task.value.card.content).find((a) => a.type === 'Action.Submit');
    await c.bot.post(meInvoke(c, PLACE_A, PEOPLE.employee, 'composeExtension/submitAction', { commandId: 'newIdea', commandContext: 'compose', data: { ...submit.data, title: 'Felles kalender', need: 'Vi dobbeltbooker rom.', proposal: 'En delt kalender.' } }));
    const card = c.connector.sentTo(PLACE_A.channelId).flatMap((a: any) => a.attachments ?? []).map((a: any) => a.content).find((x: any) => x?.refresh?.action?.data?.ideaId);
    ideaId = card.refresh.action.data.ideaId;
  });

  it('has a written expectation for every route (a new route needs a line here)', () => {
    expect(routes().map(keyOf).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  /** True when the bot refused this person this route. */
  async function isRefused(route: Route, user: TestUser): Promise<boolean> {
    const data = { initiativeId, ideaId, status: 'in_review', reason: 'Fordi', token: 'tok-perm-0000000000000001' };
    if (route.kind === 'execute') {
      const res = await c.bot.post(execute(c, PLACE_X, user, route.verb, data));
      return res.body?.statusCode === 403 && refused(res.body?.value?.message);
    }
    if (route.kind === 'messageExtension') {
      const res = await c.bot.post(meInvoke(c, PLACE_X, user, 'composeExtension/fetchTask', { commandId: route.id, commandContext: route.context[0] }));
      return res.body?.task?.type === 'message' && refused(res.body.task.value);
    }
    if (route.kind === 'command' && !(route.scopes as readonly string[]).includes('personal')) {
      const before = c.connector.sent().length;
      await c.bot.post(mention(c, PLACE_X, user, route.nb));
      return c.connector.sent().slice(before).some((a: any) => refused(a.text));
    }
    if (route.kind === 'invoke') {
      const res = await c.bot.post({ ...personalMessage({ serviceUrl: c.connector.url, user, value: data }), type: 'invoke', name: route.name });
      return res.status === 403;
    }
    const before = c.connector.sentTo(personalConversationId(user)).length;
    const value = route.kind === 'submit' ? { ...data, verb: route.verb } : { ...data, verb: route.id };
    await c.bot.post(personalMessage({ serviceUrl: c.connector.url, user, value }));
    return c.connector.sentTo(personalConversationId(user)).slice(before).some((a: any) => refused(a.text));
  }

  const cases = routes().flatMap((route) => EVERYONE.map((who) => [keyOf(route), who, route] as const));
  it.each(cases)('%s as %s', async (key, who, route) => {
    const allowed = (ALLOWED[key] ?? []).includes(who);
    expect({ key, who, refused: await isRefused(route, PEOPLE[who]) }).toEqual({ key, who, refused: !allowed });
  });
});
