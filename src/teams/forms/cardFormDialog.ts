// A dialog made of Adaptive Card form steps. Each card carries the dialog's token and step,
// so the bot can tell a current submit from a stale card or a double click; Back, Cancel and
// Help work on every step; invalid input comes back with the leader's own text and the errors.
// The chat is not flooded: a submitted card is replaced in place (the submit's replyToId) by a
// one-line read-only note once it is taken, or by itself with the errors when something is wrong.
import { randomUUID } from 'node:crypto';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Activity, Attachment } from 'botbuilder';
import { cardAttachment, expandCard } from '../cards/template';
import type { FieldErrors, RawForm } from '../../domain/initiative/formTypes';
import { normalizeSubmit } from '../../domain/initiative/forms';
import { t, type StringKey } from '../../i18n';
import type { FormMeta } from '../cards/initiativeCards';
import { asFormSubmit, ownsSubmit, type FormName, type FormSubmit } from './cardFormSubmit';
import { turnInfo } from '../turn/turnInfo';

// The submit's shape lives apart, so that recognising a form button does not load botbuilder-dialogs.
export { asFormSubmit, type FormName, type FormSubmit, type Nav } from './cardFormSubmit';

export interface FormState<D = Record<string, unknown>> {
  token: string;
  /** The dialog's version when it started: a deploy that changes the steps restarts it. */
  version: number;
  stepIndex: number;
  raw: RawForm;
  data: D;
  options: unknown;
  /** The leader has submitted something (a step, or a card that came back with errors). */
  touched?: boolean;
  /** A start that waits for the leader's answer: discard this form for it, or carry on (discardGuard.ts). */
  pendingStart?: PendingStart;
}

export interface PendingStart {
  id: string;
  dialogId: string;
  options: object;
}

export type StepOutcome<R> = { kind: 'errors'; errors: FieldErrors } | { kind: 'next' } | { kind: 'done'; result?: R } | { kind: 'ended' };

export abstract class CardFormDialog<D extends Record<string, unknown> = Record<string, unknown>, R = unknown> extends Dialog {
  /** Recognised without `instanceof`, so code that runs before the first form need not load the dialogs library. */
  readonly isCardForm = true;
  protected abstract readonly form: FormName;
  /** Bump when steps or fields change incompatibly. */
  protected abstract readonly version: number;

  protected abstract steps(state: FormState<D>): string[];
  protected abstract fieldsOf(step: string, state: FormState<D>): readonly string[];
  protected abstract render(dc: DialogContext, state: FormState<D>, meta: FormMeta, errors: FieldErrors): Promise<Attachment>;
  /** Validates and acts on the submitted step (raw already merged into state.raw). */
  protected abstract submit(dc: DialogContext, state: FormState<D>, step: string): Promise<StepOutcome<R>>;
  protected abstract helpKey(step: string): StringKey;
  /** Prepares state; may answer instead (return a result to end or to start a child dialog). */
  protected async start(_dc: DialogContext, _state: FormState<D>): Promise<DialogTurnResult | undefined> {
    return undefined;
  }

  override async beginDialog(dc: DialogContext, options?: unknown): Promise<DialogTurnResult> {
    const state: FormState<D> = { token: randomUUID(), version: this.version, stepIndex: 0, raw: {}, data: {} as D, options: options ?? {} };
    Object.assign(dc.activeDialog!.state, state);
    const early = await this.start(dc, this.state(dc));
    if (early) return early;
    await this.show(dc, {});
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const locale = turnInfo(dc.context).locale;
    if (state.version !== this.version) {
      await dc.context.sendActivity(t(locale, 'dialog.restarted'));
      return dc.replaceDialog(this.id, state.options as object);
    }
    const submit = asFormSubmit(dc.context.activity.value);
    if (!submit) {
      await dc.context.sendActivity(t(locale, 'dialog.useTheForm'));
      return Dialog.EndOfTurn;
    }
    // Using the form answers the question whether to discard it.
    delete state.pendingStart;
    const steps = this.steps(state);
    const step = steps[state.stepIndex]!;
    if (submit.step !== step) {
      await dc.context.sendActivity(t(locale, 'dialog.staleStep'));
      await this.show(dc, {});
      return Dialog.EndOfTurn;
    }
    if (submit.nav === 'cancel') {
      await dc.context.sendActivity(t(locale, 'dialog.cancelled'));
      return dc.cancelAllDialogs();
    }
    if (submit.nav === 'help') {
      await dc.context.sendActivity(t(locale, this.helpKey(step)));
      return Dialog.EndOfTurn;
    }
    if (submit.nav === 'back') {
      // Back sends no inputs (Teams would block it on an empty required field), so the step's
      // answers stay as they were last submitted.
      state.stepIndex = Math.max(0, state.stepIndex - 1);
      await this.show(dc, {});
      return Dialog.EndOfTurn;
    }
    Object.assign(state.raw, normalizeSubmit(dc.context.activity.value, this.fieldsOf(step, state)));
    state.touched = true;
    const submitted = this.meta(state);
    const outcome = await this.submit(dc, state, step);
    switch (outcome.kind) {
      case 'errors':
        await this.show(dc, outcome.errors, dc.context.activity.replyToId);
        return Dialog.EndOfTurn;
      case 'next':
        await this.collapse(dc, submitted, 'formDone.step');
        state.stepIndex = Math.min(state.stepIndex + 1, this.steps(state).length - 1);
        await this.show(dc, {});
        return Dialog.EndOfTurn;
      case 'done':
        await this.collapse(dc, submitted, 'formDone.sent');
        return dc.endDialog(outcome.result);
      case 'ended':
        return Dialog.EndOfTurn;
    }
  }

  /** A child dialog (e.g. the profile before a first proposal) finished: show the current step. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.show(dc, {});
    return Dialog.EndOfTurn;
  }

  /** The current step again, with what the leader entered (after «Fortsett skjemaet»). */
  async showCurrent(dc: DialogContext): Promise<void> {
    await this.show(dc, {});
  }

  /** Which form and step the running dialog is at, for the question before discarding it. */
  where(dc: DialogContext): FormMeta {
    return this.meta(this.state(dc));
  }

  /** True when `submit` belongs to this running dialog (same form and token). */
  static owns(dc: DialogContext, submit: FormSubmit): boolean {
    return ownsSubmit(dc, submit);
  }

  protected state(dc: DialogContext): FormState<D> {
    return dc.activeDialog!.state as FormState<D>;
  }

  protected meta(state: FormState<D>): FormMeta {
    const steps = this.steps(state);
    return { form: this.form, token: state.token, step: steps[state.stepIndex]!, stepIndex: state.stepIndex, stepCount: steps.length };
  }

  /** Shows the current step: as a new message, or in place of the card `replaceId` (a submit with errors). */
  protected async show(dc: DialogContext, errors: FieldErrors, replaceId?: string): Promise<void> {
    const state = this.state(dc);
    const card = await this.render(dc, state, this.meta(state), errors);
    const locale = turnInfo(dc.context).locale;
    const text = Object.keys(errors).length > 0 ? t(locale, 'dialog.fixErrors') : undefined;
    if (replaceId && (await this.replace(dc, replaceId, { text, attachments: [card] }))) return;
    await dc.context.sendActivity({ text, attachments: [card] });
  }

  /** Replaces the submitted card (if Teams said which) by a one-line note that it was taken. */
  private async collapse(dc: DialogContext, submitted: FormMeta, key: 'formDone.step' | 'formDone.sent'): Promise<void> {
    const replaceId = dc.context.activity.replyToId;
    if (!replaceId) return;
    const locale = turnInfo(dc.context).locale;
    const note = t(locale, key, { n: submitted.stepIndex + 1, total: submitted.stepCount });
    await this.replace(dc, replaceId, { attachments: [cardAttachment(expandCard('formDone', locale, { note }))] });
  }

  /** False when Teams would not update the message (too old, deleted): the caller posts instead. */
  private async replace(dc: DialogContext, id: string, content: Partial<Activity>): Promise<boolean> {
    try {
      await dc.context.updateActivity({ ...content, id, type: 'message' });
      return true;
    } catch {
      return false;
    }
  }
}
