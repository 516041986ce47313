import type { TurnContext } from 'botbuilder';
import { isLeader, NO_ROLES, type Roles } from '../../domain/access/roles';
import { t, type Locale } from '../../i18n';
import { cardAttachment, expandCard, type CardJson } from '../cards/template';
import { inScope } from '../commandMatch';
import { commandRoutes } from '../routes';
import { turnInfo } from '../turn/turnInfo';
import { audienceOf, offeredTo } from './offeredTo';

/**
 * Expanded once per language and kind of reader (what they see depends on nothing else), and
 * frozen: every turn sends the same object without copying it (a copy of this card cost more
 * than the rest of a `hjelp` turn's own work), and anything that tried to change it would throw.
 */
const expanded = new Map<string, CardJson>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The welcome card: what the bot does, the main actions and the commands (also the help). A
 * leader on the roster gets the leader's buttons; anyone else gets what they can do (ideas in the
 * team channel, «Utforsk tiltak», the overview where they have one) and no button that the
 * permission table would refuse.
 */
export function welcomeCard(locale: Locale, roles: Roles = NO_ROLES) {
  const audience = audienceOf(roles);
  // Everything offeredTo looks at.
  const key = `${locale}:${audience.leader}:${roles.admin}:${roles.headOf.length > 0}`;
  let content = expanded.get(key);
  if (!content) {
    const commands = commandRoutes()
      .filter((c) => (c.scopes as readonly string[]).includes('personal') && offeredTo(c, roles))
      .map((c) => ({ command: c[locale], description: t(locale, `commands.${c.id}`) }));
    content = deepFreeze(expandCard('welcome', locale, { commands, ...audience, showOverview: audience.overview }));
    expanded.set(key, content);
  }
  return cardAttachment(content);
}

export async function sendWelcome(context: TurnContext, locale: Locale): Promise<void> {
  await context.sendActivity({ attachments: [welcomeCard(locale, turnInfo(context).roles)] });
}

/**
 * `@Innovasjonsbot hjelp` in a channel or group chat: what can be done there (ideas, «Støtt»,
 * the commands of that place), and that initiatives are in personal chat. No buttons: the
 * personal-chat buttons would open the idea form there (a channel card answers Action.Execute only).
 */
export function channelHelpCard(locale: Locale, roles: Roles = NO_ROLES) {
  const key = `channel:${locale}:${isLeader(roles)}:${roles.admin}:${roles.headOf.length > 0}`;
  let content = expanded.get(key);
  if (!content) {
    const commands = commandRoutes()
      .filter((c) => inScope(c, 'channel') && offeredTo(c, roles))
      .map((c) => ({ command: `@Innovasjonsbot ${c[locale]}`, description: t(locale, `commands.${c.id}`) }));
    content = deepFreeze(expandCard('channelHelp', locale, { commands }));
    expanded.set(key, content);
  }
  return cardAttachment(content);
}

/** `hjelp`: the welcome card again in personal chat; in a channel or group chat, what can be done there. */
export async function sendHelp(context: TurnContext): Promise<void> {
  const { locale, roles, scope } = turnInfo(context);
  if (scope !== 'personal') {
    await context.sendActivity({ attachments: [channelHelpCard(locale, roles)] });
    return;
  }
  await sendWelcome(context, locale);
}

/** Unknown text: a friendly answer and the same options as the help. */
export async function sendUnknown(context: TurnContext, locale: Locale): Promise<void> {
  await context.sendActivity({ text: t(locale, 'unknown.text'), attachments: [welcomeCard(locale, turnInfo(context).roles)] });
}
