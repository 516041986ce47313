// Shared parts of the card forms: the meta every form card carries (token, step, Back), input
// values and error texts for every field, and the input limits that match the server's checks.
import { FACTORS, PHASES, type Phase } from '../../domain/initiative/codes';
import { BENEFIT_ROWS, LIMITS, type FieldErrors, type RawForm } from '../../domain/initiative/formTypes';
import { cutText } from '../../domain/text/typedText';
import { t, type Locale, type StringKey } from '../../i18n';
import { fieldErrorText, phaseLabel, type Choice } from '../cards/initiativeText';

export interface FormMeta {
  form: 'propose' | 'report' | 'profile' | 'edit';
  token: string;
  step: string;
  /** 0-based: Back is shown when it is above 0. */
  stepIndex: number;
  stepCount: number;
}

/** Input.Text maxLength per input id, matching the server-side checks (LIMITS). */
export const INPUT_MAX_LENGTH: Record<string, number> = {
  title: LIMITS.title,
  problem: LIMITS.longText,
  goal: LIMITS.longText,
  ...Object.fromEntries(Array.from({ length: BENEFIT_ROWS }, (_, i) => [`benefit${i + 1}Description`, LIMITS.shortText])),
  doneSinceLast: LIMITS.longText,
  nextSteps: LIMITS.longText,
  employeeInvolvement: LIMITS.longText,
  learning: LIMITS.longText,
  barriers: LIMITS.longText,
  helpText: LIMITS.longText,
  measurementValue: LIMITS.shortText,
  measurementNote: LIMITS.shortText,
  reuseReference: LIMITS.reference,
  name: LIMITS.name,
  unit: LIMITS.unit,
};

/** The factor score inputs of the closing report: `factor_<code>`. */
export const FACTOR_FIELDS: readonly string[] = FACTORS.map((f) => `factor_${f}`);

export const FACTOR_SCORES = ['1', '2', '3', '4', '5', '6'] as const;

export function formBase(locale: Locale, meta: FormMeta) {
  return {
    form: meta.form,
    token: meta.token,
    step: meta.step,
    showStep: meta.stepCount > 1,
    stepText: t(locale, 'propose.stepOf', {
      n: meta.stepIndex + 1,
      total: meta.stepCount,
    }),
    showBack: meta.stepIndex > 0,
    requiredText: fieldErrorText(locale, { code: 'required' }),
    maxLength: INPUT_MAX_LENGTH,
    maxEmployees: LIMITS.maxEmployees,
  };
}

/**
 * How far over a field's limit the typed text comes back whole, next to the «too long» error:
 * a leader who wrote a paragraph too much keeps every word to shorten. More than that only a
 * forged submit sends (the inputs have maxLength), and it is cut: 200 kB echoed in each field
 * made a card of 600 kB, which Teams refuses (about 28 KB), so the leader got no form back.
 */
export const ECHO_OVER_LIMIT = 500;

/** Every id gets a string: the leader's own input, else the default, else '' (see ECHO_OVER_LIMIT). */
export function formValues(ids: readonly string[], raw: RawForm, defaults: Record<string, string | undefined> = {}): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, cutText(raw[id] ?? defaults[id] ?? '', (INPUT_MAX_LENGTH[id] ?? LIMITS.longText) + ECHO_OVER_LIMIT)]));
}

/** Every id gets its error text, or '' (the templates show the text when it is not ''). */
export function formErrors(locale: Locale, ids: readonly string[], errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, errors[id] ? fieldErrorText(locale, errors[id]) : '']));
}

/** Input.Number needs a number (or nothing): the raw text when it is one. */
export function numberValue(raw: string | undefined): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const n = Number(raw.trim());
  return Number.isFinite(n) ? n : null;
}

/** The phases as choices, the current one marked. */
export function phaseChoices(locale: Locale, current?: Phase): Choice[] {
  return PHASES.map((p) => {
    const label = phaseLabel(locale, p);
    return {
      title: p === current ? t(locale, 'report.phaseCurrent', { label }) : label,
      value: p,
    };
  });
}

/**
 * The navigation footer every form card shares (cards/parts/formFooter.json): Back, the primary
 * button (Next or the form's own submit text), Cancel and, when the form has one, Help.
 */
export function formFooter(locale: Locale, primaryNav: 'next' | 'submit', primaryTitle: StringKey, showHelp = true) {
  return { primaryNav, primaryTitle: t(locale, primaryTitle), showHelp };
}
