// `avbryt`: ends the running form in personal chat. In a channel there is no form to cancel,
// so the bot shows the help there.
import type { TurnContext } from 'botbuilder';
import { t } from '../../i18n';
import { sendWelcome } from '../help/welcome';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';

export async function cancelDialog(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs'>): Promise<void> {
  const { locale, scope } = turnInfo(context);
  if (scope !== 'personal') return sendWelcome(context, locale);
  const dc = await deps.dialogs.createContext(context);
  if (dc.activeDialog) {
    await dc.cancelAllDialogs();
    await context.sendActivity(t(locale, 'dialog.cancelled'));
  } else {
    await context.sendActivity(t(locale, 'dialog.nothingToCancel'));
  }
}
