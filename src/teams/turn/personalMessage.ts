// Routes a personal-chat message: cancel first, then card submits to the dialog they belong to
// (or a clear answer for a stale or repeated card), then commands, then the running dialog.
import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogSet } from 'botbuilder-dialogs';
import { initiativeIdFor } from '../../domain/initiative/rules';
import { t } from '../../i18n';
import type { CommandId } from '../commands';
import { asFormSubmit, CardFormDialog, type FormSubmit } from '../forms/cardFormDialog';
import { DIALOG } from '../forms/dialogIds';
import type { TeamsServices } from '../dialogs/services';
import { commandFromText, isCommandId } from './commandText';
import { turnInfo } from './turnInfo';
import { sendInitiativeDetails, sendMyInitiatives } from '../initiatives/myInitiatives';
import { sendUnknown, sendWelcome } from '../help/welcome';
import { handleReminderAction, isReminderVerb, sendRosterStatus } from '../reminders/reminderActions';
import { isAdmin } from '../dialogs/services';
import { ideaFeature } from '../ideas/ideaFeature';
import { isIdeaVerb } from '../ideas/ideaCards';

const DIALOG_FOR: Partial<Record<CommandId, string>> = {
  newInitiative: DIALOG.propose,
  report: DIALOG.report,
  edit: DIALOG.edit,
  profile: DIALOG.profile,
};

export async function handlePersonalMessage(context: TurnContext, dialogs: DialogSet, services: TeamsServices): Promise<void> {
  const { locale } = turnInfo(context);
  const dc = await dialogs.createContext(context);
  const value = (context.activity.value ?? {}) as { verb?: unknown; initiativeId?: unknown };
  const submit = asFormSubmit(context.activity.value);
  const command: CommandId | undefined = isCommandId(value.verb) ? value.verb : submit ? undefined : commandFromText(context.activity.text);

  if (command === 'cancel') {
    if (dc.activeDialog) {
      await dc.cancelAllDialogs();
      await context.sendActivity(t(locale, 'dialog.cancelled'));
    } else {
      await context.sendActivity(t(locale, 'dialog.nothingToCancel'));
    }
    return;
  }

  if (submit) {
    if (dc.activeDialog && CardFormDialog.owns(dc, submit)) return continueSafely(dc);
    return answerStaleSubmit(context, submit, services);
  }

  if (value.verb === 'details') return sendInitiativeDetails(context, services, value.initiativeId);
  if (isReminderVerb(value.verb)) return handleReminderAction(context, value as { verb: string; leaveUntil?: unknown });
  if (isIdeaVerb(value.verb)) return ideaFeature(services).handleSubmitFallback(context);

  if (command) {
    const dialogId = DIALOG_FOR[command];
    if (dialogId) {
      if (dc.activeDialog) {
        await dc.cancelAllDialogs();
        await context.sendActivity(t(locale, 'dialog.interrupted'));
      }
      const initiativeId = typeof value.initiativeId === 'string' ? value.initiativeId : undefined;
      // An idea's «start initiative» card (issue 4) prefills the proposal from the idea.
      const fromIdeaId = (value as { fromIdeaId?: unknown }).fromIdeaId;
      const prefill = command === 'newInitiative' ? await ideaFeature(services).initiativePrefill(fromIdeaId, turnInfo(context).aadObjectId) : undefined;
      await dc.beginDialog(dialogId, initiativeId !== undefined ? { initiativeId } : prefill ? { prefill, fromIdeaId } : {});
      return;
    }
    if (command === 'myInitiatives') return sendMyInitiatives(context, services);
    if (command === 'roster') return sendRosterStatus(context, isAdmin(services, turnInfo(context).aadObjectId));
    if (command === 'ideas') return ideaFeature(services).sendLeaderList(context);
    return sendWelcome(context, locale);
  }

  if (dc.activeDialog) return continueSafely(dc);
  return sendUnknown(context, locale);
}

/** After a deploy that removed or renamed a dialog, its saved state cannot continue: start over. */
async function continueSafely(dc: DialogContext): Promise<void> {
  try {
    await dc.continueDialog();
  } catch (err) {
    if (!/wasn't found|not found/i.test((err as Error).message)) throw err;
    await dc.cancelAllDialogs();
    await dc.context.sendActivity(t(turnInfo(dc.context).locale, 'dialog.restarted'));
  }
}

/** A card from a dialog that is no longer running: a double click, or an old message. */
async function answerStaleSubmit(context: TurnContext, submit: FormSubmit, services: TeamsServices): Promise<void> {
  const { locale } = turnInfo(context);
  if (submit.form === 'propose' && submit.nav === 'submit') {
    const existing = await services.initiatives.get(initiativeIdFor(submit.token));
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
