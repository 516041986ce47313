// Very long user text over HTTP: messages as long as the edge lets through (a message's text may
// have 100,000 characters, src/server/activityShape.ts; card data and a message extension's
// message payload up to the 1 MB body) built to make text handling slow (runs of dots
// for the trailing punctuation pattern, runs of `<` and unclosed tags for the HTML stripping,
// long words for «Mente du …?», runs of spaces) are each answered within a second, in personal
// chat, as a mention in a channel, in the message extension and in a card submit; and a long
// idea still ends as a stored idea, shortened to what the form holds, not lost.
import { testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { actionsIn, cardsIn, inputsIn, textOf } from '../support/cards';
import * as channel from '../support/channel';
import type { Place } from '../support/channel';
import { ChatSession, lastCard } from '../support/leaderSession';
import { rosterLeader } from '../support/leaderForms';
import { IDEA_LIMITS } from '../../src/domain/idea/idea';
import { IdeaRepository } from '../../src/storage/repositories/ideaRepository';

/** Just under the edge's limit on a message's text, mention included. */
const N = 99_000;
/** Card data and message payloads have only the body limit. */
const LARGE = 200_000;
/** Each answer within this (the unprotected bot took 10-55 s for several of these). */
const BOUND_MS = 1000;
/** What Teams accepts of one message or card (the card tests keep every template under it). */
const TEAMS_MAX_BYTES = 28 * 1024;
const HERE: Place = { teamId: '19:team-long@thread.tacv2', channelId: '19:channel-long@thread.tacv2' };

/** The same patterns at `n` characters. */
function pathological(n: number): Record<string, string> {
  return {
    'a run of dots before a letter': `${'.'.repeat(n)}x`,
    'a run of «!» after a command': `hjelp ${'!'.repeat(n)} x`,
    'a run of <': '<'.repeat(n),
    'unclosed tags': '<a '.repeat(n / 3),
    'unclosed line breaks': '<br '.repeat(n / 4),
    'unclosed mentions': '<at>'.repeat(n / 4),
    'spaces between two words': `hei${' '.repeat(n)}x`,
    'one long word': 'x'.repeat(n),
    'a near miss made long': `mine tiltk ${'tiltk '.repeat(n / 6)}`,
  };
}
const PATHOLOGICAL = pathological(N);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

describe('very long user text is answered quickly', () => {
  const c = useBot(() => ({}), { clearEachTest: true });
  const employee = testUser('long-employee');
  const writer = testUser('long-writer');
  let chat: ChatSession;

  beforeAll(async () => {
    chat = new ChatSession(c.bot, c.connector, employee);
    // First contact, and each path's modules loaded (the app loads some on first use), with
    // short text: what is timed below is the text handling.
    for (const text of ['hei', 'hjelp', 'noe helt annet', 'mine tiltk', 'utforsk nettbrett']) await chat.say(text);
    await channel.setProfile(c.bot, writer, 'employee', 'Haslum sykehjem');
    for (const text of ['hjelp', 'idé Kort idé']) await c.bot.post(channel.mention(c, HERE, writer, text));
    await c.bot.post(channel.meInvoke(c, HERE, writer, 'composeExtension/fetchTask', { commandId: 'ideaFromMessage', commandContext: 'message', messagePayload: { body: { contentType: 'html', content: '<p>Kort</p>' } } }));
  });

  it.each(Object.entries(PATHOLOGICAL))('personal chat: %s', async (_name, text) => {
    const { ms, result: replies } = await timed(() => chat.say(text));
    expect(replies.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('personal chat: a command followed by a long search still searches, and commands work after', async () => {
    const { ms, result: replies } = await timed(() => chat.say(`utforsk ${'nettbrett '.repeat(N / 10)}`));
    expect(ms).toBeLessThan(BOUND_MS);
    const card = lastCard(replies);
    // The explore answer (this store has no initiatives yet, so the one that says so), not «Mente du …?».
    expect(textOf(card)).toMatch(/Utforsk tiltakene i kommunen/);
    expect(textOf(lastCard(await chat.say('hjelp')))).toMatch(/Kommandoer/);
  });

  it.each(Object.entries(PATHOLOGICAL))('channel mention: %s', async (_name, text) => {
    const activity = channel.mention(c, HERE, writer, text);
    const { ms, result: res } = await timed(() => c.bot.post(activity));
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(BOUND_MS);
    const form = cardsIn(c.connector.sentTo(activity.conversation.id).pop())[0];
    expect(actionsIn(form).some((a) => a.verb === 'ideaSubmit')).toBe(true);
    expect((inputsIn(form).get('proposal').value ?? '').length).toBeLessThanOrEqual(IDEA_LIMITS.text);
  });

  it.each(Object.entries(pathological(LARGE)))('«Gjør om til idé» on a 200 kB message: %s', async (_name, text) => {
    const invoke = channel.meInvoke(c, HERE, writer, 'composeExtension/fetchTask', {
      commandId: 'ideaFromMessage',
      commandContext: 'message',
      messagePayload: { body: { contentType: 'html', content: text } },
    });
    const { ms, result: res } = await timed(() => c.bot.post(invoke));
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(BOUND_MS);
    const form = res.body.task.value.card.content;
    expect((inputsIn(form).get('proposal').value ?? '').length).toBeLessThanOrEqual(IDEA_LIMITS.text);
  });

  it('a long idea mentioned in the channel is prefilled shortened, said so, and stored when sent', async () => {
    const long = `Felles kjøleskap\n${'Vi kaster for mye mat på avdelingen. '.repeat(N / 40)}`;
    const activity = channel.mention(c, HERE, writer, `idé ${long}`);
    const { ms } = await timed(() => c.bot.post(activity));
    expect(ms).toBeLessThan(BOUND_MS);
    const form = cardsIn(c.connector.sentTo(activity.conversation.id).pop())[0];
    const proposal: string = inputsIn(form).get('proposal').value;
    expect(proposal.length).toBeLessThanOrEqual(IDEA_LIMITS.text);
    expect(proposal.startsWith('Felles kjøleskap\nVi kaster for mye mat')).toBe(true);
    expect(proposal.endsWith('…')).toBe(true);
    expect(textOf(form)).toContain(`kortet ned til ${IDEA_LIMITS.text} tegn`);

    const submit = actionsIn(form).find((a) => a.verb === 'ideaSubmit');
    const inputs = { title: inputsIn(form).get('title').value, need: 'Mat kastes', proposal, beneficiaries: 'users', benefitTypes: 'quality' };
    const res = await c.bot.post(channel.execute(c, HERE, writer, 'ideaSubmit', { ...submit.data, ...inputs }));
    expect(res.status).toBe(200);
    const card = channel.channelCards(c, HERE).find((k) => k.refresh?.action?.verb === 'ideaRefresh');
    const stored = await new IdeaRepository(c.bot.app.store).get(card.refresh.action.data.ideaId);
    expect(stored?.value).toMatchObject({ title: 'Felles kjøleskap', proposal });
  });

  it('a card submit with 200 kB in a field gets the form back with the error, quickly', async () => {
    const fetched = await c.bot.post(channel.meInvoke(c, HERE, writer, 'composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' }));
    const submit = actionsIn(fetched.body.task.value.card.content).find((a) => a.type === 'Action.Submit');
    const data = { ...submit.data, title: 'Lang', need: '<'.repeat(LARGE), proposal: `${'.'.repeat(LARGE)}x`, beneficiaries: 'users', benefitTypes: 'quality' };
    const { ms, result: res } = await timed(() => c.bot.post(channel.meInvoke(c, HERE, writer, 'composeExtension/submitAction', { commandId: 'newIdea', commandContext: 'compose', data })));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(res.status).toBe(200);
    expect(textOf(res.body.task.value.card.content)).toContain(`maks ${IDEA_LIMITS.text} tegn`);
  });

  it('a form submit in personal chat with 200 kB in each text field comes back with the errors, quickly and small enough for Teams', async () => {
    const leader = await rosterLeader(c, 7701, 'Haslum sykehjem', 'Pleie og omsorg');
    await leader.say('hjelp');
    const form = await leader.say('nytt tiltak');
    const { ms, result: replies } = await timed(() => leader.submit(form, 'next', { title: 'x'.repeat(LARGE), problem: '<'.repeat(LARGE), goal: `${'.'.repeat(LARGE)}x` }));
    expect(ms).toBeLessThan(BOUND_MS);
    const card = lastCard(replies);
    expect(textOf(card)).toContain('Bruk høyst 100 tegn');
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(TEAMS_MAX_BYTES);
  });

  it('the idea form with 200 kB in each text field comes back with the errors, small enough for Teams', async () => {
    const fetched = await c.bot.post(channel.meInvoke(c, HERE, writer, 'composeExtension/fetchTask', { commandId: 'newIdea', commandContext: 'compose' }));
    const submit = actionsIn(fetched.body.task.value.card.content).find((a) => a.type === 'Action.Submit');
    const long = 'ø'.repeat(LARGE / 2);
    const data = { ...submit.data, title: long, need: long, proposal: long, seenElsewhere: long, beneficiaries: 'users', benefitTypes: 'quality' };
    const res = await c.bot.post(channel.meInvoke(c, HERE, writer, 'composeExtension/submitAction', { commandId: 'newIdea', commandContext: 'compose', data }));
    const card = res.body.task.value.card.content;
    expect(textOf(card)).toContain('maks 80 tegn');
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(TEAMS_MAX_BYTES);
  });
});
