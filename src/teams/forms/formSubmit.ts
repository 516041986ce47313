// A card form's buttons (verb `form`): to the dialog that showed the card when it still runs;
// otherwise a clear answer for a stale or repeated card (a double click, or an old message).
import type { TurnContext } from 'botbuilder';
import { initiativeIdFor } from '../../domain/initiative/rules';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { asFormSubmit, ownsSubmit, type FormSubmit } from './cardFormSubmit';
import { continueOrUnknown, continueSafely } from './continueDialog';

export async function formSubmit(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs' | 'initiatives'>): Promise<void> {
  const submit = asFormSubmit(context.activity.value);
  if (!submit) return continueOrUnknown(context, deps);
  const dc = await deps.dialogs.createContext(context);
  if (dc.activeDialog && ownsSubmit(dc, submit)) return continueSafely(dc);
  return answerStaleSubmit(context, submit, deps);
}

async function answerStaleSubmit(context: TurnContext, submit: FormSubmit, deps: Pick<TeamsDeps, 'initiatives'>): Promise<void> {
  const { locale } = turnInfo(context);
  if (submit.form === 'propose' && submit.nav === 'submit') {
    const existing = await deps.initiatives.get(initiativeIdFor(submit.token));
    if (existing) {
      await context.sendActivity({ text: t(locale, 'dialog.alreadyRegistered', { title: existing.value.title }), textFormat: 'plain' });
      return;
    }
  }
  if (submit.nav === 'cancel') {
    await context.sendActivity(t(locale, 'dialog.nothingToCancel'));
    return;
  }
  await context.sendActivity(t(locale, 'dialog.staleCard'));
}
