// User text stays literal in the bot's cards and messages, end to end: an idea whose title and
// text name a bound template field, hold an expression and a markdown link is posted over HTTP,
// and the card in the channel shows each exactly as typed, only where markdown does not render;
// the same for the leadership programme (roster name and unit, motivation, a decline's reason),
// and the decision notice to the leader is plain text.
import { channelBase, personalConversationId, testUser, type TestUser } from '../support/activities';
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';
import { actionsIn, cardsIn, markdownTexts, textRuns } from '../support/cards';
import { execute } from '../support/channel';
import { ChatSession, lastCard } from '../support/leaderSession';
import { HOSTILE } from '../cards/hostile';
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';
import { RosterRepository } from '../../src/storage/repositories/rosterRepository';

const TEAM = '19:team-literal@thread.tacv2';
const CHANNEL = '19:channel-literal@thread.tacv2';



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

describe('hostile user text in the leadership programme: approval card, participant list and the decision notice', () => {
  const SECTOR = 'Helse og sosial';
  const COHORT = { id: 'kull-literal', name: 'Kull 1 2027', start: '2027-03-01', end: '2027-08-31', place: 'Rådhuset', seats: 1, applicationDeadline: '2027-02-01' };
  const head = testUser('literal-head');
  const admin = testUser('literal-admin');
  const leader = testUser('literal-leader');
  /** Markdown that would render as a link and as bold text the bot seems to vouch for. */
  const MARKDOWN = `${HOSTILE} **FALSK** [klikk her](https://evil.example)`;
  const name = `Kari ${MARKDOWN}`;
  const unit = `Enhet ${MARKDOWN}`;
  const motivation = `Motivasjon ${MARKDOWN}`;
  const reason = `Begrunnelse ${MARKDOWN}`;
  let connector: Connector;
  let bot: BotUnderTest;
  const chat = (u: TestUser) => new ChatSession(bot, connector, u);
  const sentTo = (u: TestUser) => connector.sentTo(personalConversationId(u));

  function expectLiteral(card: unknown, texts: string[]): void {
    const runs = textRuns(card).join('\n');
    const markdown = markdownTexts(card);
    for (const text of texts) {
      expect(runs).toContain(text);
      expect(markdown.filter((m) => m.includes(text) || m.includes('evil.example') || m.includes('**FALSK**'))).toEqual([]);
    }
  }

  beforeAll(async () => {
    connector = await startConnector();
    bot = await startBot({ env: { LEADERSHIP_COHORTS: JSON.stringify([COHORT]), ADMIN_AAD_OBJECT_IDS: admin.aadObjectId } });
    await new RosterRepository(bot.app.store).import([{ line: 2, row: { name, email: 'kari.literal@kommune.no', aadObjectId: leader.aadObjectId, unit, sector: SECTOR, sectorHeadEmail: 'head.literal@kommune.no' } }]);
    await new ProfileRepository(bot.app.store).update(head.aadObjectId, { id: head.aadObjectId, name: head.name }, (p) => ({ ...p, email: 'head.literal@kommune.no' }));
    for (const u of [head, admin, leader]) await chat(u).say('hjelp');
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  it('shows the applicant’s name, unit, motivation and a decline’s reason only in TextRuns, and tells the leader in plain text', async () => {
    const signUp = lastCard(await chat(leader).say('påmelding'));
    const apply = actionsIn(signUp).find((a) => a.data?.verb === 'programmeApply');
    const before = sentTo(head).length;
    await chat(leader).press(apply, { [`motivation-${COHORT.id}`]: motivation });
    const approval = sentTo(head).slice(before).flatMap(cardsIn)[0];
    expectLiteral(approval, [name, unit, motivation]);
    // The admins' list of applicants (declined ones are not listed).
    expectLiteral(lastCard(await chat(admin).say('deltakere')), [name, unit]);

    const decline = actionsIn(approval).find((a) => a.verb === 'programmeDecline');
    const leaderBefore = sentTo(leader).length;
    const declined = await bot.post(execute({ bot, connector }, { teamId: 't', channelId: 'c' }, head, 'programmeDecline', { ...decline.data, reason }, 'personal'));
    expectLiteral(declined.body.value, [reason]);
    const notice = sentTo(leader).slice(leaderBefore).find((a) => typeof a.text === 'string' && a.text.includes(reason));
    expect(notice).toBeDefined();
    // Teams renders a message's text as markdown unless it is marked plain.
    expect(notice.textFormat).toBe('plain');
  });
});
