// Hands a message to the running card form dialog. A dialog that no longer exists after a deploy
// (renamed or removed) is found by looking each stack entry up in the dialog set, before
// continuing: its saved state cannot continue, so the user starts over.
import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { sendUnknown } from '../help/welcome';

/** True when every dialog on the saved stack is still registered. */
export function stackIsKnown(dc: DialogContext): boolean {
  return dc.stack.every((instance) => dc.dialogs.find(instance.id) !== undefined);
}

export async function continueSafely(dc: DialogContext): Promise<void> {
  if (!stackIsKnown(dc)) {
    // cancelAllDialogs would look the missing dialog up to end it: drop the stale entries instead.
    dc.stack.splice(0, dc.stack.length);
    await dc.context.sendActivity(t(turnInfo(dc.context).locale, 'dialog.restarted'));
    return;
  }
  await dc.continueDialog();
}

/** A message that is no command: the running dialog's, or the friendly «I did not understand». */
export async function continueOrUnknown(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs'>): Promise<void> {
  const dc = await deps.dialogs.createContext(context);
  if (dc.activeDialog) return continueSafely(dc);
  return sendUnknown(context, turnInfo(context).locale);
}
