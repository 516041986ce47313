// The progress report (statusrapport) form, with the closing report (sluttrapport) that is
// required when the leader sets a done_* status.
import {
  BENEFIT_TYPES,
  EFFECT_MEASURED,
  FACTORS,
  HELP_NEEDED,
  PHASES,
  PROGRESS,
  SPREAD_ACTIONS,
  STATUSES,
  type Factor,
  type Status,
} from './codes';
import { Checker } from './fieldRules';
import { CLOSING_FIELDS, LIMITS, REPORT_FIELDS, type Parsed, type RawForm } from './formTypes';
import type { BenefitMeasurement, ClosingReport, ProgressReport } from './initiative';

/** What the leader enters; the dialog adds id, initiative, reporter, time and phaseBefore. */
export type ReportInput = Pick<
  ProgressReport,
  | 'phase'
  | 'status'
  | 'progress'
  | 'doneSinceLast'
  | 'nextSteps'
  | 'nextStepsDate'
  | 'employeeInvolvement'
  | 'learning'
  | 'barriers'
  | 'helpNeeded'
  | 'helpText'
  | 'measurements'
  | 'spreadActions'
  | 'closing'
>;

/** Factor scores: 1 = hindered a lot ... 6 = helped a lot. */
export const FACTOR_MIN = 1;
export const FACTOR_MAX = 6;
/** «Ikke relevant»: a real answer (the factor played no part), kept out of the scores. */
export const FACTOR_NOT_RELEVANT = 'na' as const;

export function factorFieldIds(): string[] {
  return FACTORS.map((f) => `factor_${f}`);
}

/** The closing card's inputs: the closing fields and the ten factor scores. */
export const CLOSING_ALL_FIELDS: readonly string[] = [...CLOSING_FIELDS, ...factorFieldIds()];

/** Every input id of the report (both cards). */
export const REPORT_ALL_FIELDS: readonly string[] = [...REPORT_FIELDS, ...CLOSING_ALL_FIELDS];

/** The initiative ends with this status: no next steps are asked for (nor kept). */
export function closingStatus(status: Status | string | undefined): boolean {
  return status === 'done_in_use' || status === 'done_no_effect' || status === 'stopped';
}

/** The closing report is asked for (and required) only when the initiative ends as done. */
export function closingRequired(status: Status | string | undefined): boolean {
  return status === 'done_in_use' || status === 'done_no_effect';
}

export function parseProgressReport(raw: RawForm, today: string): Parsed<ReportInput> {
  const c = new Checker(raw);
  const phase = c.choice('phase', PHASES, true);
  const status = c.choice('status', STATUSES, true);
  const progress = c.choice('progress', PROGRESS, true);
  const doneSinceLast = c.text('doneSinceLast', LIMITS.longText, true);
  // An initiative that ends has no next steps: not asked for, and ignored if a card sends them.
  const ending = closingStatus(status);
  const nextSteps = ending ? undefined : c.text('nextSteps', LIMITS.longText, true);
  const nextStepsDate = ending ? undefined : c.date('nextStepsDate', true);
  // Optional, like the rest of the card's folded parts: a report without news is the essentials only.
  const employeeInvolvement = c.text('employeeInvolvement', LIMITS.longText, false);
  const learning = c.text('learning', LIMITS.longText, false);
  const barriers = c.text('barriers', LIMITS.longText, false);
  const helpNeeded = c.multi('helpNeeded', HELP_NEEDED, { required: false, exclusive: 'none' });
  // Asking for help without saying what for cannot be followed up.
  const needsHelp = (helpNeeded ?? []).some((h) => h !== 'none');
  const helpText = c.text('helpText', LIMITS.longText, needsHelp);
  const measurements = checkMeasurement(c, today);
  const spreadActions = c.multi('spreadActions', SPREAD_ACTIONS, { required: false, exclusive: 'none' });
  const closing = status && closingRequired(status) ? checkClosing(c, status, today) : undefined;
  if (!c.ok) return { ok: false, errors: c.errors };
  const value: ReportInput = {
    phase: phase!,
    status: status!,
    progress: progress!,
    doneSinceLast: doneSinceLast!,
    helpNeeded: helpNeeded ?? [],
    measurements,
    spreadActions: spreadActions ?? [],
  };
  if (nextSteps) value.nextSteps = nextSteps;
  if (nextStepsDate) value.nextStepsDate = nextStepsDate;
  if (employeeInvolvement) value.employeeInvolvement = employeeInvolvement;
  if (learning) value.learning = learning;
  if (barriers) value.barriers = barriers;
  if (helpText) value.helpText = helpText;
  if (closing) value.closing = closing;
  return { ok: true, value };
}

/** One optional measurement, all-or-nothing: type and value together; date defaults to today. */
function checkMeasurement(c: Checker, today: string): BenefitMeasurement[] {
  // The date alone does not count: cards may prefill it with today.
  if (!c.has('measurementType') && !c.has('measurementValue') && !c.has('measurementNote')) return [];
  const benefitType = c.choice('measurementType', BENEFIT_TYPES, true);
  const value = c.text('measurementValue', LIMITS.shortText, true);
  const date = c.date('measurementDate', false) ?? (c.has('measurementDate') ? undefined : today);
  const note = c.text('measurementNote', LIMITS.shortText, false);
  if (!benefitType || !value || !date) return [];
  return [note ? { benefitType, date, value, note } : { benefitType, date, value }];
}

function checkClosing(c: Checker, status: Status, today: string): ClosingReport | undefined {
  const inUse = status === 'done_in_use';
  // An initiative that gave no effect may never have been taken into use.
  let inUseDate = c.date('inUseDate', inUse);
  // Taken into use is a fact, not a plan.
  if (inUseDate && inUseDate > today) {
    c.set('inUseDate', { code: 'dateInFuture' });
    inUseDate = undefined;
  }
  const achievedBenefits = c.multi('achievedBenefits', BENEFIT_TYPES, { required: inUse });
  const effectMeasured = c.choice('effectMeasured', EFFECT_MEASURED, true);
  const spreadActions = c.multi('closingSpreadActions', SPREAD_ACTIONS, { required: true, exclusive: 'none' });
  const factors: Partial<Record<Factor, number>> = {};
  for (const f of FACTORS) {
    if (c.get(`factor_${f}`) === FACTOR_NOT_RELEVANT) continue;
    const score = c.integer(`factor_${f}`, FACTOR_MIN, FACTOR_MAX, true);
    if (score !== undefined) factors[f] = score;
  }
  if (effectMeasured === undefined || achievedBenefits === undefined || spreadActions === undefined) return undefined;
  // ClosingReport.inUseDate is a string: '' marks "never taken into use" (done_no_effect only).
  return { inUseDate: inUseDate ?? '', achievedBenefits, effectMeasured, spreadActions, factors };
}
