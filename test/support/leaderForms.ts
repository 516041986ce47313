// Shared steps of the leader e2e tests: a leader on the roster with a personal chat, and the
// shortest registration (the essentials, «Neste» twice and «Registrer»).
import { testUser } from './activities';
import type { BotUnderTest, Connector } from './botHarness';
import { ChatSession, texts } from './leaderSession';
import { addLeader } from './roster';

export async function rosterLeader(c: { bot: BotUnderTest; connector: Connector }, n: number, unit: string, sector: string): Promise<ChatSession> {
  const chat = new ChatSession(c.bot, c.connector, { ...testUser(n), name: `Leder ${n}` });
  await addLeader(c.bot, chat.user, unit, sector);
  return chat;
}

/** Registers with the essentials only; the bot must confirm it. */
export async function registerEssentials(chat: ChatSession, what: Record<string, string>, who: Record<string, string>): Promise<void> {
  let r = await chat.say('nytt tiltak');
  r = await chat.submit(r, 'next', what);
  r = await chat.submit(r, 'next', who);
  r = await chat.submit(r, 'submit');
  expect(texts(r)).toMatch(/er registrert/);
}
