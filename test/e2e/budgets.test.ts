// Store round trips per turn, counted on a wrapped store: the profile is read once per turn,
// dialog state only when a form is involved, and a «Støtt» press reads and writes the idea as
// few times as it can. (The channel card update after the press is the throttled sender's.)
import { testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { actionsIn, cardsIn } from '../support/cards';
import * as channel from '../support/channel';
import type { Place } from '../support/channel';
import { CountingStore } from '../../fixtures/countingStore';
import { ChatSession } from '../support/leaderSession';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';

const HERE: Place = { teamId: '19:team-budget@thread.tacv2', channelId: '19:channel-budget@thread.tacv2' };
const UNIT = 'Haslum sykehjem';

describe('store round trips per turn', () => {
  const store = new CountingStore(new SqliteDocumentStore(':memory:'));
  const c = useBot(() => ({ store }));

  it('`hjelp`: at most 2 reads and no write when nothing changed', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser('budget-help'));
    await chat.say('hjelp'); // first contact: the conversation is remembered, the roster looked up
    store.reset();
    const replies = await chat.say('hjelp');
    expect(replies.flatMap(cardsIn)).toHaveLength(1);
    const total = store.total();
    expect(total.read + total.query).toBeLessThanOrEqual(2);
    expect(total.write).toBe(0);
    expect(store.of('botstate')).toEqual({ read: 0, query: 0, write: 0 });
    expect(store.of('profiles').read).toBe(1);
  });

  it('«Støtt»: at most 3 reads and 1 write of the idea, and no second read of the team link', async () => {
    const leader = testUser('budget-leader');
    const employee = testUser('budget-employee');
    await channel.setProfile(c.bot, leader, 'leader', UNIT);
    await c.bot.post(channel.mention(c, HERE, leader, 'koble kanal'));
    const mention = channel.mention(c, HERE, employee, 'idé Felles kjøleskap');
    await c.bot.post(mention);
    const form = cardsIn(c.connector.sentTo(mention.conversation.id).pop())[0];
    const submit = actionsIn(form).find((a) => a.verb === 'ideaSubmit');
    await c.bot.post(channel.execute(c, HERE, employee, 'ideaSubmit', { ...submit.data, title: 'Felles kjøleskap', need: 'Mat kastes', proposal: 'Del kjøleskap', beneficiaries: 'users', benefitTypes: 'quality' }));
    const ideaId = channel.channelCards(c, HERE).pop().refresh.action.data.ideaId;
    const supporter = testUser('budget-supporter');
    await c.bot.post(channel.execute(c, HERE, supporter, 'ideaRefresh', { ideaId })); // first contact

    store.reset();
    const res = await c.bot.post(channel.execute(c, HERE, supporter, 'ideaSupport', { ideaId, support: true }));
    expect(res.status).toBe(200);
    await c.bot.app.idle(); // the channel card update that follows the answer counts too
    const ideas = store.of('ideas');
    // Once by the press (its write), twice by the card update (before it, and after it to see
    // whether the idea changed meanwhile).
    expect(ideas.read + ideas.query).toBeLessThanOrEqual(3);
    // The turn's own conversation record only: the team link (who may refresh the card) was read
    // when the card was posted a moment ago, and is kept for a few seconds.
    expect(store.of('conversations').read).toBeLessThanOrEqual(1);
    expect(ideas.write).toBe(1);
    expect(store.of('profiles').read).toBe(1);
    expect(store.of('botstate')).toEqual({ read: 0, query: 0, write: 0 });

    // The same press again (Teams retries invokes): the idea is read once, by the write that
    // finds nothing to change, and no card update follows.
    store.reset();
    expect((await c.bot.post(channel.execute(c, HERE, supporter, 'ideaSupport', { ideaId, support: true }))).status).toBe(200);
    await c.bot.app.idle();
    expect(store.of('ideas')).toEqual({ read: 1, query: 0, write: 0 });
  });
});
