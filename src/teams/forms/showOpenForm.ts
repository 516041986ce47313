// A button that brings back the form the leader left unsent (on the `mine tiltak` card).
// The card carries only the form's token: it must match the form that is open now, so an old
// card after the form was sent or cancelled shows nothing and says so.
import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import type { FormState } from './cardFormDialog';
import type { FormName } from './cardFormSubmit';
import { DIALOG } from './dialogIds';
import { isCardForm } from './discardGuard';

export interface OpenForm {
  token: string;
  form: FormName;
  stepIndex: number;
  stepCount: number;
  /** A new initiative is being registered (its form, or the profile asked for before it). */
  registering: boolean;
}

function runningForm(dc: DialogContext) {
  const dialog = dc.activeDialog ? dc.findDialog(dc.activeDialog.id) : undefined;
  return isCardForm(dialog) ? dialog : undefined;
}

/**
 * The form card that is open and not sent yet, if any. Also one with nothing submitted yet:
 * the leader may have typed into the card without pressing a button, which the bot cannot see.
 */
export function openFormOf(dc: DialogContext): OpenForm | undefined {
  const form = runningForm(dc);
  if (!form) return undefined;
  const where = form.where(dc);
  const registering = dc.stack.some((entry) => entry.id === DIALOG.propose);
  return { token: where.token, form: where.form, stepIndex: where.stepIndex, stepCount: where.stepCount, registering };
}

/** «Fortsett skjemaet»: the open form's current card again, with what the leader entered. */
export async function showOpenForm(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs'>): Promise<void> {
  const token = (context.activity.value as { token?: unknown } | undefined)?.token;
  const dc = await deps.dialogs.createContext(context);
  const form = runningForm(dc);
  if (!form || typeof token !== 'string' || (dc.activeDialog!.state as FormState).token !== token) {
    await context.sendActivity(t(turnInfo(context).locale, 'dialog.openForm.gone'));
    return;
  }
  await form.showCurrent(dc);
}
