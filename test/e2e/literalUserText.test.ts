// User text stays literal in the bot's channel card, end to end: an idea whose title and text
// name a bound template field, hold an expression and a markdown link is posted over HTTP, and
// the card in the channel shows each exactly as typed, only where markdown does not render.
import { channelBase, testUser } from '../support/activities';
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';
import { actionsIn, cardsIn } from '../support/cards';
import { HOSTILE } from '../cards/hostile';

const TEAM = '19:team-literal@thread.tacv2';
const CHANNEL = '19:channel-literal@thread.tacv2';

/** Text where Adaptive Cards render markdown: TextBlock text and FactSet titles and values. */
function markdownTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => markdownTexts(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
    if (Array.isArray(o.facts)) for (const f of o.facts as Array<Record<string, unknown>>) out.push(String(f.title), String(f.value));
    Object.values(o).forEach((v) => markdownTexts(v, out));
  }
  return out;
}

/** Text of every TextRun (shown literally). */
function textRuns(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => textRuns(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'TextRun' && typeof o.text === 'string') out.push(o.text);
    Object.values(o).forEach((v) => textRuns(v, out));
  }
  return out;
}

describe('hostile user text in the idea card posted to the channel', () => {
  const employee = testUser(760);
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

  it('shows title, need and proposal exactly as typed, in TextRuns only', async () => {
    const typed = { title: `Tittel ${HOSTILE}`, need: `Behov ${HOSTILE}`, proposal: `Forslag ${HOSTILE}` };
    const invoke = (name: string, value: Record<string, unknown>) =>
      bot.post({ ...channelBase({ serviceUrl: connector.url, user: employee, teamId: TEAM, channelId: CHANNEL }), type: 'invoke', name, value });
    const fetched = await invoke('composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' });
    const submit = actionsIn(fetched.body.task.value.card.content).find((a) => a.type === 'Action.Submit');
    const res = await invoke('composeExtension/submitAction', {
      commandId: 'newIdea',
      commandContext: 'compose',
      data: { ...submit.data, ...typed, beneficiaries: 'users', benefitTypes: 'quality', seenElsewhere: '' },
    });
    expect(res.status).toBe(200);
    const card = connector.sentTo(CHANNEL).flatMap(cardsIn).find((c) => c.refresh?.action?.verb === 'ideaRefresh');
    expect(card).toBeDefined();
    const runs = textRuns(card);
    const markdown = markdownTexts(card);
    for (const text of Object.values(typed)) {
      expect(runs).toContain(text);
      expect(markdown.some((m) => m.includes('[Klikk]') || m.includes(text))).toBe(false);
    }
  });
});
