import type { TurnContext } from 'botbuilder';
import { NO_ROLES, type Roles } from '../../domain/access/roles';
import { t, type Locale } from '../../i18n';
import { cardAttachment, expandCard } from '../cards/template';
import { commandRoutes } from '../routes';
import { turnInfo } from '../turn/turnInfo';

/** The welcome card: what the bot does, the main actions and the commands (also the help). */
export function welcomeCard(locale: Locale, roles: Roles = NO_ROLES) {
  // Admin-only commands are shown to admins only.
  const commands = commandRoutes()
    .filter((c) => (c.scopes as readonly string[]).includes('personal') && (c.access !== 'admin' || roles.admin))
    .map((c) => ({ command: c[locale], description: t(locale, `commands.${c.id}`) }));
  return cardAttachment(expandCard('welcome', locale, { commands }));
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
