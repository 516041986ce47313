import type { TurnContext } from 'botbuilder';
import { t, type Locale } from '../../i18n';

/** A short hello in the team's channel when the app is added to a team. */
export async function sendChannelWelcome(context: TurnContext, locale: Locale): Promise<void> {
  await context.sendActivity(t(locale, 'channel.welcome'));
}
