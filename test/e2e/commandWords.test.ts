// What people actually type in personal chat: the Norwegian command names and their aliases,
// misspellings that get «Mente du …?», greetings and thanks, and a help card that shows
// admin-only commands to admins only. Over HTTP against the loopback connector.
import { testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { addLeader } from '../support/roster';
import { actionsIn, textOf } from '../support/cards';
import { ChatSession, lastCard, texts } from '../support/leaderSession';

const ADMIN = testUser(901);

describe('command words in personal chat', () => {
  const c = useBot(() => ({ env: { ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId } }));
  const chat = () => new ChatSession(c.bot, c.connector, testUser(902));
  // The user is a leader on the roster (the idea list is for leaders), not an admin.
  beforeAll(() => addLeader(c.bot, testUser(902), 'Bekkestua barnehage'));

  it('answers `ideer` and its other spellings (idéer, ide, idé) with the idea list, not the welcome card', async () => {
    const answers: string[] = [];
    for (const word of ['ideer', 'idéer', 'ide', 'idé', 'Ideer!']) {
      const r = await chat().say(word);
      answers.push(texts(r) + r.flatMap((a: any) => (a.attachments ?? []).map((x: any) => textOf(x.content))).join('|'));
    }
    for (const a of answers) {
      expect(a).not.toContain('Hei! Jeg er Innovasjonsbot');
      expect(a).not.toContain('forstod jeg ikke');
    }
    // Every spelling gets the same answer as the command itself.
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toMatch(/Ideer fra tjenestestedene dine/);
  });

  it('gives `lederliste` (and the old `roster`) to admins, and hides it from others in help', async () => {
    const admin = new ChatSession(c.bot, c.connector, ADMIN);
    expect(JSON.stringify(await admin.say('lederliste'))).not.toContain('forstod jeg ikke');
    expect(JSON.stringify(await admin.say('roster'))).not.toContain('forstod jeg ikke');
    expect(textOf(lastCard(await admin.say('hjelp')))).toContain('lederliste');
    const help = textOf(lastCard(await chat().say('hjelp')));
    expect(help).toContain('mine tiltak');
    expect(help).not.toContain('lederliste');
    expect(texts(await chat().say('lederliste'))).toBe('Dette er bare for programadministratorene.');
  });

  it('runs common misspellings and asks «Mente du …?» for a near miss, with a button that runs it', async () => {
    expect(JSON.stringify(await chat().say('rapportere'))).not.toContain('forstod jeg ikke');
    const r = await chat().say('mine tiltk');
    const card = lastCard(r);
    expect(textOf(card)).toContain('Mente du «mine tiltak»?');
    const yes = actionsIn(card).find((a) => a.data?.verb === 'myInitiatives');
    expect(yes).toBeDefined();
    const mine = await chat().press(yes);
    expect(JSON.stringify(mine)).not.toContain('Mente du');
    // Admin-only commands are not suggested to others; far-off text is not taken for a command.
    expect(JSON.stringify(await chat().say('lederlist'))).not.toContain('lederliste');
    expect(texts(await chat().say('kan du bestille pizza'))).toMatch(/forstod jeg ikke/);
    expect(textOf(lastCard(await new ChatSession(c.bot, c.connector, ADMIN).say('lederlist')))).toContain('Mente du «lederliste»?');
  });

  it('answers greetings and thanks briefly with the main buttons, not the whole welcome card', async () => {
    for (const [said, answer] of [
      ['hei', 'Hei! Hva vil du gjøre?'],
      ['Hallo!', 'Hei! Hva vil du gjøre?'],
      ['god morgen', 'Hei! Hva vil du gjøre?'],
      ['takk', 'Bare hyggelig!'],
      ['Tusen takk!', 'Bare hyggelig!'],
    ] as const) {
      const r = await chat().say(said);
      expect(r).toHaveLength(1);
      const card = lastCard(r);
      expect(textOf(card)).toContain(answer);
      expect(textOf(card)).not.toContain('Kommandoer');
      expect(actionsIn(card).map((a) => a.data?.verb)).toEqual(['newInitiative', 'myInitiatives', 'help']);
    }
  });

  it('answers in English for an English speaker', async () => {
    const en = new ChatSession(c.bot, c.connector, testUser(903), 'en-US');
    expect(textOf(lastCard(await en.say('hello')))).toContain('Hi! What would you like to do?');
    expect(textOf(lastCard(await en.say('my initiativs')))).toContain('Did you mean “my initiatives”?');
  });
});
