// Escalation at exactly two missed deadlines, end to end: a leader who has not registered an
// initiative missed the registration deadline (13 November); one report period (4 weeks) later
// that counts as two. The day before, the sector head hears nothing; on the day, they get the
// digest naming the leader. Over HTTP with the loopback connector, the job wired as in the app.
import { startBot, startConnector, type BotUnderTest, type Connector } from '../support/botHarness';
import { cardsIn } from '../support/cards';
import { freshStore } from '../support/stores';
import { HEADS, makeJob, reminderEnv, seedProgramme, type SeededLeader } from '../scheduler/fixtures';

const headConversation = `a:personal-${HEADS[0]!.aadObjectId}`;

describe.each([
  { at: '2026-12-10T10:00:00+01:00', missed: 1, escalated: false },
  { at: '2026-12-11T10:00:00+01:00', missed: 2, escalated: true },
])('a leader with $missed missed deadline(s) on $at', ({ at, escalated }) => {
  let connector: Connector;
  let bot: BotUnderTest;
  let leaders: SeededLeader[];

  beforeAll(async () => {
    connector = await startConnector();
    const store = await freshStore('embedded');
    bot = await startBot({ store, env: reminderEnv() });
    // One leader: no initiative, in the sector of HEADS[0].
    leaders = await seedProgramme(store, 1, connector.url);
    const report = await makeJob(store, bot.config, { clock: () => new Date(at) }).job.run();
    expect(report.skipped).toBeUndefined();
  });
  afterAll(async () => {
    await bot.stop();
    await connector.stop();
  });

  it(escalated ? 'is escalated: the sector head gets a digest naming the leader' : 'is not escalated: the sector head gets nothing', () => {
    expect(connector.sentTo(leaders[0]!.conversationId)).toHaveLength(1);
    const toHead = connector.sentTo(headConversation);
    if (!escalated) {
      expect(toHead).toEqual([]);
      return;
    }
    expect(toHead).toHaveLength(1);
    expect(JSON.stringify(cardsIn(toHead[0]))).toContain('Leder 0');
  });
});
