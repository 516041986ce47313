// What the bot works out once at the start of a turn (language, who is speaking, their profile)
// and every handler needs. Kept in turnState so handlers do not read the profile again.
import type { TurnContext } from 'botbuilder';
import type { Roles } from '../../domain/access/roles';
import type { Profile } from '../../domain/profile/profile';
import type { Locale } from '../../i18n';

export interface TurnInfo {
  locale: Locale;
  /** Entra object id of the sender, when Teams sent one. */
  aadObjectId?: string;
  scope: 'personal' | 'channel' | 'groupChat';
  /** The speaker's profile as read at the start of the turn (undefined when they have none). */
  profile?: Profile;
  /** What the speaker may do, from the roster and the admin list (see domain/access/roles.ts). */
  roles: Roles;
}

const KEY = Symbol('turnInfo');

export function setTurnInfo(context: TurnContext, info: TurnInfo): void {
  context.turnState.set(KEY, info);
}

export function turnInfo(context: TurnContext): TurnInfo {
  const info = context.turnState.get(KEY) as TurnInfo | undefined;
  if (!info) throw new Error('turnInfo read before the bot set it');
  return info;
}

export function conversationScope(context: TurnContext): TurnInfo['scope'] {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
}
