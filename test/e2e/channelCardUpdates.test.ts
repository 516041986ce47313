// Channel card updates go through the one throttled sender and are coalesced: fifty colleagues
// pressing «Støtt» at the same moment cause a handful of card updates, not fifty, and the card
// ends showing what the store holds. Over HTTP with the loopback connector, on both stores.
import { channelBase, testUser, type TestUser } from '../support/activities';
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';
import { actionsIn, cardsIn, textOf } from '../support/cards';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';
import { IdeaRepository } from '../../src/storage/repositories/ideaRepository';
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';
import { withSupport } from '../../src/domain/idea/idea';

afterAll(() => stopSharedCosmosServer());

const TEAM = '19:team-coalesce@thread.tacv2';
const CHANNEL = '19:channel-coalesce@thread.tacv2';
const INPUTS = { title: 'Femti støtter', need: 'Et behov', proposal: 'Et forslag', beneficiaries: 'users', benefitTypes: 'quality', seenElsewhere: '' };

function inChannel(connector: Connector, user: TestUser, extra: Record<string, unknown>) {
  return { ...channelBase({ serviceUrl: connector.url, user, teamId: TEAM, channelId: CHANNEL }), ...extra };
}

describe.each(STORE_KINDS)('coalesced channel card updates (%s store)', (kind) => {
  const employee = testUser(501);
  let connector: Connector;
  let bot: BotUnderTest;

  beforeAll(async () => {
    connector = await startConnector();
    bot = await startBot({ store: await freshStore(kind) });
    await new ProfileRepository(bot.app.store).update(employee.aadObjectId, { id: employee.aadObjectId, name: employee.name }, (p) => ({ ...p, role: 'employee', unit: 'Enhet', sector: 'Sektor', confirmedAt: '2026-01-05T10:00:00.000Z' }));
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });
  beforeEach(() => {
    connector.clear();
    connector.delay = undefined;
  });

  async function postIdea(title: string): Promise<{ ideaId: string; activityId: string }> {
    const invoke = (name: string, value: Record<string, unknown>) => bot.post(inChannel(connector, employee, { type: 'invoke', name, value }));
    const fetched = await invoke('composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' });
    const submit = actionsIn(fetched.body.task.value.card.content).find((a) => a.type === 'Action.Submit');
    await invoke('composeExtension/submitAction', { commandId: 'newIdea', commandContext: 'compose', data: { ...submit.data, ...INPUTS, title } });
    const posted = connector.calls.find((c) => c.method === 'POST' && c.conversationId === CHANNEL && cardsIn(c.body)[0]?.refresh?.action?.verb === 'ideaRefresh');
    const ideaId: string = cardsIn(posted!.body)[0].refresh.action.data.ideaId;
    const stored = await new IdeaRepository(bot.app.store).get(ideaId);
    connector.clear();
    return { ideaId, activityId: stored!.value.channel!.activityId! };
  }

  async function fiftySupports(ideaId: string): Promise<void> {
    const users = Array.from({ length: 50 }, (_, i) => testUser(2000 + i));
    const value = (u: TestUser) => ({ action: { type: 'Action.Execute', verb: 'ideaSupport', data: { ideaId, support: true } }, trigger: 'manual' });
    const results = await Promise.all(users.map((u) => bot.post(inChannel(connector, u, { type: 'invoke', name: 'adaptiveCard/action', value: value(u), replyToId: 'act-card' }))));
    expect(results.every((r) => r.status === 200)).toBe(true);
    await bot.app.idle(); // the channel card follows the answers
  }

  const putsOf = (activityId: string) => connector.updates().filter((u) => u.activityId === activityId);

  it('fifty concurrent supports: the final card shows fifty, after far fewer than fifty updates', async () => {
    const { ideaId, activityId } = await postIdea('Femti på en gang');
    await fiftySupports(ideaId);
    const puts = putsOf(activityId);
    expect((await new IdeaRepository(bot.app.store).get(ideaId))?.value.supporters).toHaveLength(50);
    expect(textOf(cardsIn(puts[puts.length - 1]!.body)[0])).toContain('Støtter: 50');
    expect(puts.length).toBeGreaterThanOrEqual(1);
    expect(puts.length).toBeLessThanOrEqual(10);
  });

  it('with a slow connector the updates of one card never overlap, and the newest state still wins', async () => {
    const { ideaId, activityId } = await postIdea('Treg kobling');
    let inFlight = 0;
    let maxInFlight = 0;
    connector.delay = async (call) => {
      if (call.method !== 'PUT') return;
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((r) => setTimeout(r, 150));
      inFlight--;
    };
    await fiftySupports(ideaId);
    const puts = putsOf(activityId);
    expect(maxInFlight).toBe(1);
    expect(textOf(cardsIn(puts[puts.length - 1]!.body)[0])).toContain('Støtter: 50');
    expect(puts.length).toBeLessThanOrEqual(10);
  });

  it('a press answers from its own write: a slow channel card update does not hold it', async () => {
    const { ideaId, activityId } = await postIdea('Svarer straks');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    connector.delay = async (call) => {
      if (call.method === 'PUT') await held;
    };
    const press = { action: { type: 'Action.Execute', verb: 'ideaSupport', data: { ideaId, support: true } }, trigger: 'manual' };
    const answer = await Promise.race([
      bot.post(inChannel(connector, testUser(3001), { type: 'invoke', name: 'adaptiveCard/action', value: press, replyToId: 'act-card' })),
      new Promise<'held'>((r) => setTimeout(() => r('held'), 2000)),
    ]);
    release();
    expect(answer).not.toBe('held');
    expect(textOf((answer as { body: { value: unknown } }).body.value)).toContain('Støtter: 1');
    await bot.app.idle();
    const puts = putsOf(activityId);
    expect(textOf(cardsIn(puts[puts.length - 1]!.body)[0])).toContain('Støtter: 1');
  });

  it('a change stored elsewhere while the card is on its way is put too: the card ends at the stored count', async () => {
    const { ideaId, activityId } = await postIdea('Endret underveis');
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let first = true;
    connector.delay = async (call) => {
      if (call.method !== 'PUT' || !first) return;
      first = false;
      await held;
    };
    const press = { action: { type: 'Action.Execute', verb: 'ideaSupport', data: { ideaId, support: true } }, trigger: 'manual' };
    expect((await bot.post(inChannel(connector, testUser(3101), { type: 'invoke', name: 'adaptiveCard/action', value: press, replyToId: 'act-card' }))).status).toBe(200);
    await new Promise((r) => setTimeout(r, 50));
    // Another instance stores a second supporter (its own card update is not this process's business).
    const other = testUser(3102);
    await new IdeaRepository(bot.app.store).update(ideaId, (i) => withSupport(i, { aadObjectId: other.aadObjectId, userId: other.id }, true, new Date().toISOString()));
    release();
    await bot.app.idle();
    const puts = putsOf(activityId);
    expect(textOf(cardsIn(puts[0]!.body)[0])).toContain('Støtter: 1');
    expect(textOf(cardsIn(puts[puts.length - 1]!.body)[0])).toContain('Støtter: 2');
  });
});
