// An idea card that was claimed but never posted is posted later, exactly once: the real process
// is killed (SIGKILL) while its channel post hangs, and the restarted process posts the card on
// start-up; a redelivery of the same submit then answers without a second card. In-process: a
// post that failed is made when the submit is delivered again.
import { startBotProcess } from '../support/botProcess';
import { channelBase, testUser, type TestUser } from '../support/activities';
import { startBot, startConnector, tempDataDir, type BotUnderTest, type Connector } from '../support/botHarness';
import { actionsIn, cardsIn } from '../support/cards';
import { IdeaRepository, POST_CLAIM_FOREIGN_MS } from '../../src/storage/repositories/ideaRepository';

const TEAM = '19:team-recovery@thread.tacv2';
const CHANNEL = '19:channel-recovery@thread.tacv2';
const INPUTS = { need: 'Et behov', proposal: 'Et forslag', beneficiaries: 'users', benefitTypes: 'quality', seenElsewhere: '' };

function startProcess(env: Record<string, string>) {
  const p = startBotProcess({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env });
  const port = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line: ${JSON.stringify(p.output())}`)), 30000);
    p.child.stdout.on('data', () => {
      const match = /"port":(\d+)[^\n]*"msg":"listening"/.exec(p.output().out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return { ...p, port };
}

async function post(port: number, activity: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`http://127.0.0.1:${port}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const invoke = (connector: Connector, user: TestUser, name: string, value: Record<string, unknown>) => ({
  ...channelBase({ serviceUrl: connector.url, user, teamId: TEAM, channelId: CHANNEL }),
  type: 'invoke',
  name,
  value,
});

const isIdeaCardPost = (c: { method: string; conversationId?: string; body: any }) =>
  c.method === 'POST' && c.conversationId === CHANNEL && cardsIn(c.body)[0]?.refresh?.action?.verb === 'ideaRefresh';

async function waitFor(check: () => boolean, what: string, ms = 20000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('an idea card claimed by a process that was killed before posting', () => {
  const employee = testUser(701);
  let connector: Connector;
  const data = tempDataDir();
  const children: ReturnType<typeof startProcess>[] = [];

  beforeAll(async () => {
    connector = await startConnector();
  });
  afterAll(async () => {
    for (const p of children) p.child.kill('SIGKILL');
    await connector.stop();
    data.remove();
  });

  it('is posted exactly once by the restarted process, and a redelivery adds no second card', async () => {
    // The first process's channel post hangs: it has claimed the post but never gets to store it.
    let hung = false;
    connector.delay = async (call) => {
      if (!isIdeaCardPost(call) || hung) return;
      hung = true;
      await new Promise(() => undefined); // never answered, never recorded
    };

    const first = startProcess({ DATA_DIR: data.dir });
    children.push(first);
    const port1 = await first.port;
    const fetched = await post(port1, invoke(connector, employee, 'composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' }));
    const submit = actionsIn(fetched.body.task.value.card.content).find((a) => a.type === 'Action.Submit');
    const submitAction = invoke(connector, employee, 'composeExtension/submitAction', { commandId: 'newIdea', commandContext: 'compose', data: { ...submit.data, ...INPUTS, title: 'Drept midt i' } });
    void post(port1, submitAction).catch(() => undefined); // never answered: the process dies
    await waitFor(() => hung, 'the hanging channel post');
    const claimedBefore = Date.now();
    first.child.kill('SIGKILL');
    await first.exited;
    connector.delay = undefined;
    expect(connector.calls.filter(isIdeaCardPost)).toHaveLength(0);
    // Another process's claim is left alone for a few seconds (it may be posting right now).
    await new Promise((r) => setTimeout(r, Math.max(0, POST_CLAIM_FOREIGN_MS - (Date.now() - claimedBefore))));

    // The restarted process posts the card on its own, on start-up.
    const second = startProcess({ DATA_DIR: data.dir });
    children.push(second);
    const port2 = await second.port;
    await waitFor(() => connector.calls.some(isIdeaCardPost), 'the card from the start-up sweep', 30000);
    await waitFor(() => second.output().out.includes('posted idea cards left unposted'), 'the sweep’s log line');

    // Teams delivers the submit again: the answer is the usual receipt, and no second card.
    const again = await post(port2, submitAction);
    expect(again.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(connector.calls.filter(isIdeaCardPost)).toHaveLength(1);
    const card = cardsIn(connector.calls.find(isIdeaCardPost)!.body)[0];
    expect(JSON.stringify(card)).toContain('Drept midt i');
  }, 90000);
});

describe('an idea card whose post failed', () => {
  const employee = testUser(702);
  let connector: Connector;
  let bot: BotUnderTest;

  beforeAll(async () => {
    connector = await startConnector();
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  it('is posted when the same submit is delivered again within the minute', async () => {
    connector.fault = (call) => (isIdeaCardPost(call) ? { status: 400 } : undefined); // not retried by the sender
    const fetched = await bot.post(invoke(connector, employee, 'composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' }));
    const submit = actionsIn(fetched.body.task.value.card.content).find((a) => a.type === 'Action.Submit');
    const submitAction = invoke(connector, employee, 'composeExtension/submitAction', { commandId: 'newIdea', commandContext: 'compose', data: { ...submit.data, ...INPUTS, title: 'Feilet første gang' } });
    expect((await bot.post(submitAction)).status).toBe(200);
    expect(connector.calls.filter(isIdeaCardPost)).toHaveLength(0);
    const [idea] = (await new IdeaRepository(bot.app.store).listAll()).filter((i) => i.title === 'Feilet første gang');
    expect(idea?.channel?.postClaimedAt).toBeDefined();
    expect(idea?.channel?.activityId).toBeUndefined();

    connector.fault = undefined;
    const [a, b] = await Promise.all([bot.post(submitAction), bot.post(submitAction)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(connector.calls.filter(isIdeaCardPost)).toHaveLength(1);
    expect((await new IdeaRepository(bot.app.store).get(idea!.id))?.value.channel?.activityId).toBeDefined();
  });
});
