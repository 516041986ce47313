import type { TurnContext } from 'botbuilder';
import { t, type Locale } from '../../i18n';
import { cardAttachment, expandCard, type CardJson } from '../cards/template';
import { commandRoutes } from '../routes';
import { turnInfo } from '../turn/turnInfo';

/** Expanded once per language: the card depends on nothing else, and expanding costs more than copying. */
const expanded = new Map<Locale, CardJson>();

/** The welcome card: what the bot does, the main actions and the commands (also the help). */
export function welcomeCard(locale: Locale) {
  let content = expanded.get(locale);
  if (!content) {
    const commands = commandRoutes()
      .filter((c) => (c.scopes as readonly string[]).includes('personal'))
      .map((c) => ({ command: c[locale], description: t(locale, `commands.${c.id}`) }));
    content = expandCard('welcome', locale, { commands });
    expanded.set(locale, content);
  }
  // A copy, so that nothing down the line can change the cached card.
  return cardAttachment(structuredClone(content));
}

export async function sendWelcome(context: TurnContext, locale: Locale): Promise<void> {
  await context.sendActivity({ attachments: [welcomeCard(locale)] });
}

/** `hjelp`: the welcome card again. */
export async function sendHelp(context: TurnContext): Promise<void> {
  await sendWelcome(context, turnInfo(context).locale);
}

/** Unknown text: a friendly answer and the same options as the help. */
export async function sendUnknown(context: TurnContext, locale: Locale): Promise<void> {
  await context.sendActivity({ text: t(locale, 'unknown.text'), attachments: [welcomeCard(locale)] });
}
