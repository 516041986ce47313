// No dead buttons, a useful answer to anything: over HTTP against the loopback connector, someone
// who is no leader on the roster (an employee, a sector head or an admin who leads no unit) gets
// a welcome card, help, greeting, «I did not understand» and `mine tiltak` whose every button is
// pressed and answered with something other than a refusal; a roster leader still gets the
// leader's buttons; help in a channel shows no personal-chat buttons. Roles come from the roster
// and the admin list only.
import { testUser } from '../support/activities';
import { useBot, type BotCtx } from '../support/botHarness';
import * as channel from '../support/channel';
import { actionsIn, cardsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { addSectorHead } from '../support/roster';
import { t } from '../../src/i18n';
import { refusalTexts, shown } from '../support/refusals';

const UNIT = 'Lindehaugen sykehjem';
const ADMIN = testUser(7900);

const refusals = refusalTexts();

/** Presses every button on `card` (from a fresh start each time) and checks none is refused or unanswered. */
async function pressEach(chat: ChatSession, card: any, leader = false): Promise<string[]> {
  const verbs: string[] = [];
  for (const action of actionsIn(card)) {
    expect(action.type).toBe('Action.Submit');
    verbs.push(action.data.verb);
    const replies = await chat.press(action);
    const answer = shown(replies);
    expect({ verb: action.data.verb, answer: answer.trim() === '' ? '(nothing)' : 'answered' }).toEqual({ verb: action.data.verb, answer: 'answered' });
    for (const refusal of refusals) expect({ verb: action.data.verb, answer }).not.toEqual({ verb: action.data.verb, answer: expect.stringContaining(refusal) });
    // Nobody who cannot register is told to type «nytt tiltak».
    if (!leader) expect({ verb: action.data.verb, answer }).not.toEqual({ verb: action.data.verb, answer: expect.stringContaining('«nytt tiltak»') });
    await chat.say('avbryt');
  }
  return verbs;
}

/** The cards that offer someone a way on: help, a greeting, text the bot does not understand, `mine tiltak`. */
async function entryCards(chat: ChatSession): Promise<Record<string, any>> {
  return {
    help: lastCard(await chat.say('hjelp')),
    greeting: lastCard(await chat.say('hei')),
    unknown: lastCard(await chat.say('hva er klokka?')),
    myInitiatives: lastCard(await chat.say('mine tiltak')),
  };
}

async function noDeadButtonsFor(chat: ChatSession): Promise<Record<string, string[]>> {
  const pressed: Record<string, string[]> = {};
  for (const [name, card] of Object.entries(await entryCards(chat))) pressed[name] = await pressEach(chat, card);
  return pressed;
}

describe('no dead buttons for people who lead no unit', () => {
  const c: BotCtx = useBot(() => ({ env: { ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId } }));

  it('an employee (not on the roster) is told what they can do, and every button works', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(7901));
    const help = lastCard(await chat.say('hjelp'));
    expect(textOf(help)).toContain(t('nb', 'welcome.employeePoint1'));
    expect(textOf(help)).toContain(t('nb', 'welcome.employeeLeaderNote'));
    // The commands listed are the ones they may use.
    const listed = help.body.find((b: any) => b.type === 'FactSet').facts.map((f: any) => f.title);
    expect(listed).toEqual(['hjelp', 'mine tiltak', 'profil', 'avbryt', 'utforsk', 'mine data']);

    const pressed = await noDeadButtonsFor(chat);
    expect(pressed.help).toEqual(['explore', 'profile']);
    expect(pressed.greeting).toEqual(['explore', 'help']);
    expect(pressed.myInitiatives).toEqual(['explore']);
    expect(textOf(lastCard(await chat.say('mine tiltak')))).toContain(t('nb', 'list.emptyEmployee'));
  });

  it('typed `rapporter` and `rediger` point an employee somewhere useful, not to «nytt tiltak»', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(7902));
    for (const command of ['rapporter', 'rediger']) {
      const answer = texts(await chat.say(command));
      expect(answer).toBe(t('nb', 'flow.noInitiativesNotLeader'));
    }
  });

  it('a near miss of a leader command is not suggested to an employee', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(7903));
    // «ideerr» is one letter from `ideer`, which is for leaders and admins.
    const replies = await chat.say('ideerr');
    expect(replies.flatMap(cardsIn).flatMap(actionsIn).map((a) => a.data?.verb)).not.toContain('ideas');
    expect(texts(replies)).toMatch(/forstod jeg ikke/);
  });

  it('an admin who leads no unit gets the overview and the search, and every button works', async () => {
    const chat = new ChatSession(c.bot, c.connector, ADMIN);
    const pressed = await noDeadButtonsFor(chat);
    expect(pressed.help).toEqual(['explore', 'overviewOpen', 'profile']);
    expect(pressed.myInitiatives).toEqual(['explore', 'overviewOpen']);
  });

  it('a sector head who leads no unit likewise', async () => {
    const user = testUser(7904);
    await addSectorHead(c.bot, user, 'Oppvekst skole');
    const chat = new ChatSession(c.bot, c.connector, user);
    const pressed = await noDeadButtonsFor(chat);
    expect(pressed.help).toEqual(['explore', 'overviewOpen', 'profile']);
  });

  it('a leader on the roster still gets the leader buttons, and they work', async () => {
    const user = testUser(7905);
    await channel.setProfile(c.bot, user, 'leader', UNIT);
    const chat = new ChatSession(c.bot, c.connector, user);
    const help = lastCard(await chat.say('hjelp'));
    expect(actionsIn(help).map((a) => a.data.verb)).toEqual(['newInitiative', 'myInitiatives', 'report', 'overviewOpen', 'profile']);
    expect(textOf(help)).toContain(t('nb', 'welcome.point1'));
    expect(actionsIn(lastCard(await chat.say('hei'))).map((a) => a.data.verb)).toEqual(['newInitiative', 'myInitiatives', 'help']);
    expect(actionsIn(lastCard(await chat.say('mine tiltak'))).map((a) => a.data.verb)).toEqual(['newInitiative']);
    await pressEach(chat, help, true);
  });
});

describe('help in a channel', () => {
  const c: BotCtx = useBot();
  const PLACE = { teamId: '19:team-help@thread.tacv2', channelId: '19:team-help@thread.tacv2' };

  /** The card the bot answered `@Innovasjonsbot hjelp` with (in the thread of the mention). */
  async function channelHelp(user: ReturnType<typeof testUser>): Promise<any> {
    const before = c.connector.sent().length;
    await c.bot.post(channel.mention(c, PLACE, user, 'hjelp'));
    return c.connector.sent().slice(before).flatMap(cardsIn).at(-1);
  }

  it('says what can be done in the channel, with no personal-chat buttons (they would open the idea form there)', async () => {
    const card = await channelHelp(testUser(7920));
    expect(textOf(card)).toContain(t('nb', 'channelHelp.point1'));
    expect(textOf(card)).toContain(t('nb', 'channelHelp.personal'));
    expect(actionsIn(card)).toEqual([]);
    const listed = card.body.find((b: any) => b.type === 'FactSet').facts.map((f: any) => f.title);
    expect(listed).toEqual(['@Innovasjonsbot hjelp', '@Innovasjonsbot avbryt', '@Innovasjonsbot idé']);
  });

  it('lists «koble kanal» for a leader', async () => {
    const user = testUser(7921);
    await channel.setProfile(c.bot, user, 'leader', UNIT);
    const listed = (await channelHelp(user)).body.find((b: any) => b.type === 'FactSet').facts.map((f: any) => f.title);
    expect(listed).toContain('@Innovasjonsbot koble kanal');
  });
});

