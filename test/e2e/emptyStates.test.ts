// Empty states over HTTP, on a programme where nothing is registered yet: «utforsk» says in words
// that there is nothing to search (no search form, no «try other words») and gives the way on by
// role; «oversikt» draws no chart of zeros and says what is missing, with a next step whose
// button is answered, not refused; «rapporter» with every initiative closed points to «Gjenåpne».
import { testUser } from '../support/activities';
import { useBot, type BotCtx } from '../support/botHarness';
import * as channel from '../support/channel';
import { actionsIn, inputsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';
import { addLeader, addSectorHead } from '../support/roster';
import { t } from '../../src/i18n';
import { refusalTexts, shown } from '../support/refusals';
import { makeInitiative } from '../../fixtures/makeInitiative';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';

const ADMIN = testUser(7950);
const UNIT = 'Lindehaugen sykehjem';

/** Every element of a card of the given type (charts, inputs). */
function elementsOf(card: any, prefix: string): any[] {
  const out: any[] = [];
  const walk = (n: any) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== 'object') return;
    if (typeof n.type === 'string' && n.type.startsWith(prefix)) out.push(n);
    Object.values(n).forEach(walk);
  };
  walk(card);
  return out;
}

const refusals = refusalTexts();

async function pressAnswered(chat: ChatSession, action: any): Promise<string> {
  const answer = shown(await chat.press(action));
  expect(answer.trim()).not.toBe('');
  for (const refusal of refusals) expect(answer).not.toContain(refusal);
  return answer;
}

describe('empty states: nothing registered yet', () => {
  const c: BotCtx = useBot(() => ({ env: { ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId } }));

  it('utforsk, for an employee: nothing to search, said in words, and where ideas go', async () => {
    const chat = new ChatSession(c.bot, c.connector, testUser(7951));
    const card = lastCard(await chat.say('utforsk'));
    expect(textOf(card)).toContain(t('nb', 'explore.nothingYetOthers'));
    expect(textOf(card)).not.toContain(t('nb', 'explore.noResults'));
    expect(inputsIn(card).size).toBe(0);
    expect(actionsIn(card)).toEqual([]);
  });

  it('utforsk, for a leader: nothing to search, and a working «Registrer nytt tiltak»', async () => {
    const user = testUser(7952);
    await channel.setProfile(c.bot, user, 'leader', UNIT);
    const chat = new ChatSession(c.bot, c.connector, user);
    const card = lastCard(await chat.say('utforsk'));
    expect(textOf(card)).toContain(t('nb', 'explore.nothingYetLeader'));
    const buttons = actionsIn(card);
    expect(buttons.map((a) => a.data.verb)).toEqual(['newInitiative']);
    const form = lastCard(await chat.press(buttons[0]));
    expect(inputsIn(form).has('title')).toBe(true);
    await chat.say('avbryt');
  });

  it('oversikt for a leader with no initiative: no chart of zeros, a working «Registrer nytt tiltak»', async () => {
    const user = testUser(7953);
    await addLeader(c.bot, user, UNIT);
    const chat = new ChatSession(c.bot, c.connector, user);
    const card = lastCard(await chat.say('oversikt'));
    expect(textOf(card)).toContain(t('nb', 'overview.mineNone'));
    expect(elementsOf(card, 'Chart.')).toEqual([]);
    const buttons = actionsIn(card);
    expect(buttons.map((a) => a.data.verb)).toEqual(['newInitiative']);
    await pressAnswered(chat, buttons[0]);
    await chat.say('avbryt');
  });

  it('oversikt for a sector head with leaders but no initiatives: says so in words, no charts', async () => {
    const user = testUser(7954);
    await addSectorHead(c.bot, user);
    const chat = new ChatSession(c.bot, c.connector, user);
    const card = lastCard(await chat.say('oversikt'));
    expect(textOf(card)).toContain(t('nb', 'overview.nothingYet'));
    expect(textOf(card)).toContain(t('nb', 'overview.noIdeasYet'));
    expect(elementsOf(card, 'Chart.')).toEqual([]);
    // «Ikke registrert (n)» lists the leaders who have not registered.
    const notRegistered = actionsIn(card).find((a) => a.data?.verb === 'overviewDrilldown' && a.data.list === 'notRegistered');
    expect(await pressAnswered(chat, notRegistered)).toMatch(/Ikke registrert: [1-9]/);
  });
});

describe('nothing open to report on', () => {
  const c: BotCtx = useBot();

  it('rapporter with every initiative closed points to «Gjenåpne», not «you have none»', async () => {
    const user = testUser(7960);
    await channel.setProfile(c.bot, user, 'leader', UNIT);
    await new InitiativeRepository(c.bot.app.store).createIfAbsent(makeInitiative({ id: 'ini-closed-7960', ownerId: user.aadObjectId, ownerName: user.name, unit: UNIT, status: 'done_in_use' }));
    const chat = new ChatSession(c.bot, c.connector, user);
    expect(texts(await chat.say('rapporter'))).toBe(t('nb', 'flow.noOpenInitiatives'));
    // and «mine tiltak» has the «Gjenåpne» it names.
    expect(actionsIn(lastCard(await chat.say('mine tiltak'))).map((a) => a.data.verb)).toContain('reopen');
  });
});

describe('empty states: an empty roster', () => {
  const c: BotCtx = useBot(() => ({ env: { ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId } }));

  it('oversikt for an admin: nobody on the roster yet, said in words, no charts, «Lederliste» answered', async () => {
    const chat = new ChatSession(c.bot, c.connector, ADMIN);
    const card = lastCard(await chat.say('oversikt'));
    expect(textOf(card)).toContain(t('nb', 'overview.noLeadersYet'));
    expect(elementsOf(card, 'Chart.')).toEqual([]);
    // No row of drill-downs into empty lists.
    expect(actionsIn(card).filter((a) => a.data?.verb === 'overviewDrilldown')).toEqual([]);
    const roster = actionsIn(card).find((a) => a.data?.verb === 'roster');
    await pressAnswered(chat, roster);
  });
});
