// Activities in a team channel, as Teams sends them: a message that mentions the bot, an
// Action.Execute invoke on a card, the message extension's invokes. Also the roster row a test
// user needs to be a unit's leader.
import { channelBase, personalMessage, type TestUser } from './activities';
import type { BotCtx, BotUnderTest } from './botHarness';
import { cardsIn } from './cards';
import { ProfileRepository } from '../../src/storage/repositories/profileRepository';
import { addLeader } from './roster';

export type { BotCtx };

export interface Place {
  teamId: string;
  channelId: string;
}

export function inChannel(c: BotCtx, place: Place, user: TestUser, extra: Record<string, unknown>) {
  return { ...channelBase({ serviceUrl: c.connector.url, user, teamId: place.teamId, channelId: place.channelId }), ...extra };
}

export function mention(c: BotCtx, place: Place, user: TestUser, text: string) {
  return inChannel(c, place, user, {
    type: 'message',
    text: `<at>Innovasjonsbot</at> ${text}`,
    entities: [{ type: 'mention', text: '<at>Innovasjonsbot</at>', mentioned: { id: '28:innovasjonsbot', name: 'Innovasjonsbot' } }],
  });
}

/** An Action.Execute press (`adaptiveCard/action` invoke), on a channel card or in personal chat. */
export function execute(c: BotCtx, place: Place, user: TestUser, verb: string, data: Record<string, unknown>, scope: 'channel' | 'personal' = 'channel') {
  const value = { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' };
  if (scope === 'personal') return { ...personalMessage({ serviceUrl: c.connector.url, user }), type: 'invoke', name: 'adaptiveCard/action', value, text: undefined };
  return inChannel(c, place, user, { type: 'invoke', name: 'adaptiveCard/action', value, replyToId: 'act-card' });
}

export function meInvoke(c: BotCtx, place: Place, user: TestUser, name: 'composeExtension/fetchTask' | 'composeExtension/submitAction', value: Record<string, unknown>) {
  return inChannel(c, place, user, { type: 'invoke', name, value });
}

/** A leader of `unit` is on the roster (roles come from there); an employee only has a profile. */
export async function setProfile(bot: Pick<BotUnderTest, 'app'>, user: TestUser, role: 'leader' | 'employee', unit: string): Promise<void> {
  await new ProfileRepository(bot.app.store).update(user.aadObjectId, { id: user.aadObjectId, name: user.name }, (p) => ({ ...p, confirmedAt: '2026-01-05T10:00:00.000Z' }));
  if (role === 'leader') await addLeader(bot, user, unit);
}

/** Cards the bot posted as new top-level messages in the channel. */
export function channelCards(c: BotCtx, place: Place): any[] {
  return c.connector.sentTo(place.channelId).flatMap(cardsIn);
}
