// A start button pressed (or a start command typed) while a form is half-filled asks first:
// «Forkast og start» or «Fortsett skjemaet». What to start is kept in the open form's state, not
// in the question card, so a forged or old answer can start nothing: the card carries only the
// form's token and the question's id, and both must match the form that is open now. A form
// the leader has not submitted anything on yet is simply replaced, as before.
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { t, type Locale } from '../../i18n';
import type { FormMeta } from '../cards/initiativeCards';
import { cardAttachment, expandCard } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import type { CardFormDialog, FormState } from './cardFormDialog';
import { DIALOG } from './dialogIds';

export function isCardForm(dialog: unknown): dialog is CardFormDialog {
  return (dialog as { isCardForm?: unknown } | undefined)?.isCardForm === true;
}

/** The running card form, when the leader has put something into it. */
export function halfFilledForm(dc: DialogContext): CardFormDialog | undefined {
  const dialog = dc.activeDialog ? dc.findDialog(dc.activeDialog.id) : undefined;
  if (!isCardForm(dialog)) return undefined;
  const touched = dc.stack.some((entry) => (entry.state as FormState | undefined)?.touched === true);
  return touched ? dialog : undefined;
}

/** Keeps the start in the open form and asks whether to discard the form for it. */
export async function askBeforeDiscarding(dc: DialogContext, form: CardFormDialog, dialogId: string, options: object): Promise<void> {
  const { locale } = turnInfo(dc.context);
  const state = dc.activeDialog!.state as FormState;
  const pending = { id: randomUUID(), dialogId, options };
  state.pendingStart = pending;
  const question = t(locale, 'dialog.discard.question', { what: formWhat(locale, form.where(dc)) });
  await dc.context.sendActivity({ attachments: [cardAttachment(expandCard('formDiscard', locale, { question, token: state.token, pending: pending.id }))] });
}

/** «nytt tiltak, steg 2 av 3»: which form, and where in it, for the leader. */
export function formWhat(locale: Locale, where: Pick<FormMeta, 'form' | 'stepIndex' | 'stepCount'>): string {
  const name = t(locale, `dialog.discard.forms.${where.form}`);
  return where.stepCount > 1 ? t(locale, 'dialog.discard.formAtStep', { form: name, n: where.stepIndex + 1, total: where.stepCount }) : name;
}

interface Answer {
  dc: DialogContext;
  form: CardFormDialog;
  state: FormState;
}

/** The open form the answer belongs to, or undefined (and a clear note) for an old or forged one. */
async function answered(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs'>): Promise<Answer | undefined> {
  const value = (context.activity.value ?? {}) as { token?: unknown; pending?: unknown };
  const dc = await deps.dialogs.createContext(context);
  const form = dc.activeDialog ? dc.findDialog(dc.activeDialog.id) : undefined;
  const state = dc.activeDialog?.state as FormState | undefined;
  const pending = state?.pendingStart;
  const valid =
    isCardForm(form) &&
    typeof value.token === 'string' &&
    typeof value.pending === 'string' &&
    state!.token === value.token &&
    pending?.id === value.pending &&
    (Object.values(DIALOG) as string[]).includes(pending.dialogId);
  if (valid) return { dc, form, state: state! };
  await context.sendActivity(t(turnInfo(context).locale, 'dialog.discard.stale'));
  return undefined;
}

/** «Forkast og start»: the open form is cancelled and the start it was asked for begins. */
export async function discardFormAndStart(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs'>): Promise<void> {
  const found = await answered(context, deps);
  if (!found) return;
  const { dialogId, options } = found.state.pendingStart!;
  await found.dc.cancelAllDialogs();
  await noteAnswer(context, 'dialog.discard.discarded');
  await found.dc.beginDialog(dialogId, options);
}

/** «Fortsett skjemaet»: the open form's current card again, with what the leader entered. */
export async function resumeForm(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs'>): Promise<void> {
  const found = await answered(context, deps);
  if (!found) return;
  delete found.state.pendingStart;
  await noteAnswer(context, 'dialog.discard.resumed');
  await found.form.showCurrent(found.dc);
}

/** The question card becomes a one-line note of the answer (or the note is posted, if it cannot). */
async function noteAnswer(context: TurnContext, key: 'dialog.discard.discarded' | 'dialog.discard.resumed'): Promise<void> {
  const note = t(turnInfo(context).locale, key);
  const id = context.activity.replyToId;
  if (id) {
    try {
      await context.updateActivity({ id, type: 'message', attachments: [cardAttachment(expandCard('formDone', turnInfo(context).locale, { note }))] });
      return;
    } catch {
      // Too old or deleted: post the note instead.
    }
  }
  await context.sendActivity(note);
}
