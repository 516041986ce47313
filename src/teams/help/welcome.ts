import type { TurnContext } from 'botbuilder';
import { NO_ROLES, type Roles } from '../../domain/access/roles';
import { hasOverview, isSectorHeadOrAdmin } from '../../domain/overview/viewer';
import { t, type Locale } from '../../i18n';
import { cardAttachment, expandCard, type CardJson } from '../cards/template';
import { commandRoutes, type CommandRoute } from '../routes';
import { turnInfo } from '../turn/turnInfo';

/** Commands only some roles can use are listed only to them (the handlers check again). */
function listedFor(c: CommandRoute, roles: Roles): boolean {
  if (c.access === 'overviewViewer') return hasOverview(roles);
  if (c.access === 'sectorHeadOrAdmin') return isSectorHeadOrAdmin(roles);
  // Admin-only commands are shown to admins only.
  if (c.access === 'admin') return roles.admin;
  return true;
}

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

/** The welcome card: what the bot does, the main actions and the commands (also the help). */
export function welcomeCard(locale: Locale, roles: Roles = NO_ROLES) {
  const overview = hasOverview(roles);
  const key = `${locale}:${roles.admin}:${overview}:${isSectorHeadOrAdmin(roles)}`;
  let content = expanded.get(key);
  if (!content) {
    const commands = commandRoutes()
      .filter((c) => (c.scopes as readonly string[]).includes('personal') && listedFor(c, roles))
      .map((c) => ({ command: c[locale], description: t(locale, `commands.${c.id}`) }));
    content = deepFreeze(expandCard('welcome', locale, { commands, showOverview: overview }));
    expanded.set(key, content);
  }
  return cardAttachment(content);
}

export async function sendWelcome(context: TurnContext, locale: Locale): Promise<void> {
  await context.sendActivity({ attachments: [welcomeCard(locale, turnInfo(context).roles)] });
}

/** `hjelp`: the welcome card again. */
export async function sendHelp(context: TurnContext): Promise<void> {
  await sendWelcome(context, turnInfo(context).locale);
}

/** Unknown text: a friendly answer and the same options as the help. */
export async function sendUnknown(context: TurnContext, locale: Locale): Promise<void> {
  await context.sendActivity({ text: t(locale, 'unknown.text'), attachments: [welcomeCard(locale, turnInfo(context).roles)] });
}
