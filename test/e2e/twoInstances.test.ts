// Two instances of the bot on one Cosmos store (as when App Service runs two): requests alternate
// between them. Fifty supports count exactly, and the channel card ends at the stored count even
// though each instance coalesces and batches only its own work.
import { channelBase, testUser, type TestUser } from '../support/activities';
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';
import { actionsIn, cardsIn, textOf } from '../support/cards';
import { cosmosStore, sharedCosmosServer, stopSharedCosmosServer } from '../support/stores';
import { IdeaRepository } from '../../src/storage/repositories/ideaRepository';
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';

afterAll(() => stopSharedCosmosServer());

const TEAM = '19:team-two@thread.tacv2';
const CHANNEL = '19:channel-two@thread.tacv2';
const INPUTS = { title: 'To instanser', need: 'Et behov', proposal: 'Et forslag', beneficiaries: 'users', benefitTypes: 'quality', seenElsewhere: '' };

function inChannel(connector: Connector, user: TestUser, extra: Record<string, unknown>) {
  return { ...channelBase({ serviceUrl: connector.url, user, teamId: TEAM, channelId: CHANNEL }), ...extra };
}

describe('two instances, one Cosmos store', () => {
  const employee = testUser(601);
  let connector: Connector;
  let bots: BotUnderTest[];

  beforeAll(async () => {
    connector = await startConnector();
    const server = await sharedCosmosServer();
    const database = `db-two-${Date.now()}`;
    bots = [await startBot({ store: await cosmosStore(server, database) }), await startBot({ store: await cosmosStore(server, database) })];
    await new ProfileRepository(bots[0]!.app.store).update(employee.aadObjectId, { id: employee.aadObjectId, name: employee.name }, (p) => ({ ...p, role: 'employee', unit: 'Enhet', sector: 'Sektor', confirmedAt: '2026-01-05T10:00:00.000Z' }));
  });
  afterAll(async () => {
    for (const bot of bots ?? []) await bot.stop();
    await connector?.stop();
  });

  it('fifty supports alternating between the instances: exact count, and the channel card ends at it', async () => {
    const [a, b] = bots as [BotUnderTest, BotUnderTest];
    const invoke = (name: string, value: Record<string, unknown>) => a.post(inChannel(connector, employee, { type: 'invoke', name, value }));
    const fetched = await invoke('composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' });
    const submit = actionsIn(fetched.body.task.value.card.content).find((x) => x.type === 'Action.Submit');
    await invoke('composeExtension/submitAction', { commandId: 'newIdea', commandContext: 'compose', data: { ...submit.data, ...INPUTS } });
    const posted = connector.calls.find((c) => c.method === 'POST' && c.conversationId === CHANNEL && cardsIn(c.body)[0]?.refresh?.action?.verb === 'ideaRefresh');
    const ideaId: string = cardsIn(posted!.body)[0].refresh.action.data.ideaId;
    const activityId = (await new IdeaRepository(a.app.store).get(ideaId))!.value.channel!.activityId!;
    // Card updates take a while, so the two instances' updates overlap.
    connector.delay = async (call) => {
      if (call.method === 'PUT') await new Promise((r) => setTimeout(r, 20 + Math.random() * 80));
    };
    const press = (u: TestUser) => ({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'ideaSupport', data: { ideaId, support: true } }, trigger: 'manual' }, replyToId: 'act-card' });
    const users = Array.from({ length: 50 }, (_, i) => testUser(4000 + i));
    const results = await Promise.all(users.map((u, i) => (i % 2 ? b : a).post(inChannel(connector, u, press(u)))));
    expect(results.map((r) => r.status)).toEqual(users.map(() => 200));
    await Promise.all([a.app.idle(), b.app.idle()]);
    expect((await new IdeaRepository(a.app.store).get(ideaId))?.value.supporters).toHaveLength(50);
    const puts = connector.updates().filter((u) => u.activityId === activityId);
    expect(textOf(cardsIn(puts[puts.length - 1]!.body)[0])).toContain('Støtter: 50');
  }, 60_000);
});
