// What a card form's button sends (verb `form`), and whether the running dialog showed that card.
// Apart from the dialog class, so that a turn can recognise a form submit without loading
// botbuilder-dialogs (it loads with the first form).
import type { DialogContext } from 'botbuilder-dialogs';
import type { FormMeta } from '../cards/initiativeCards';

export type FormName = FormMeta['form'];
export type Nav = 'next' | 'back' | 'cancel' | 'help' | 'submit';

export interface FormSubmit {
  verb: 'form';
  form: FormName;
  token: string;
  step: string;
  nav: Nav;
}

export function asFormSubmit(value: unknown): FormSubmit | undefined {
  const v = value as Partial<FormSubmit> | undefined;
  if (!v || typeof v !== 'object' || v.verb !== 'form') return undefined;
  if (typeof v.form !== 'string' || typeof v.token !== 'string' || typeof v.step !== 'string') return undefined;
  if (!['next', 'back', 'cancel', 'help', 'submit'].includes(String(v.nav))) return undefined;
  return v as FormSubmit;
}

/** True when the dialog on top of the stack is the one whose card was submitted (same token). */
export function ownsSubmit(dc: DialogContext, submit: FormSubmit): boolean {
  const state = dc.activeDialog?.state as { token?: unknown } | undefined;
  return !!state && state.token === submit.token;
}
