// Shared shapes of form handling: what a card submits (raw strings per input id, kept so the
// form can come back with the leader's own input) and what validation says about it.

/** Input id -> the text the user typed or chose (multi-choice values comma-separated). */
export type RawForm = Record<string, string>;

export type FieldErrorCode =
  | 'required'
  | 'tooLong'
  | 'invalidChoice'
  | 'invalidDate'
  | 'dateBeforeStart'
  | 'notANumber'
  | 'outOfRange'
  | 'atLeastOneBenefit'
  | 'benefitIncomplete'
  | 'exclusiveChoice'
  | 'tooManyChoices'
  | 'dateInFuture'
  | 'startTooLongAgo';

export interface FieldError {
  code: FieldErrorCode;
  /** For tooLong / outOfRange / tooManyChoices. */
  max?: number;
  min?: number;
  /** For exclusiveChoice: the option that stands alone, as `<code list>.<code>` (e.g. helpNeeded.none). */
  option?: string;
}

/** Input id -> its error. Empty when the form is valid. */
export type FieldErrors = Record<string, FieldError>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const PROPOSAL_STEPS = ['what', 'who', 'employees', 'benefits', 'phaseDates'] as const;
export type ProposalStep = (typeof PROPOSAL_STEPS)[number];

/** How many expected-benefit rows the proposal form offers (at least one must be filled). */
export const BENEFIT_ROWS = 3;

/** Input ids per proposal step. Benefit rows are benefit1Type, benefit1Description, ... */
export const PROPOSAL_STEP_FIELDS: Record<ProposalStep, readonly string[]> = {
  what: ['title', 'problem', 'goal'],
  who: ['beneficiaries', 'innovationTypes'],
  employees: ['employeeInvolvement', 'employeesInvolved'],
  benefits: Array.from({ length: BENEFIT_ROWS }, (_, i) => [`benefit${i + 1}Type`, `benefit${i + 1}Description`]).flat(),
  phaseDates: ['phase', 'startDate', 'plannedInUseDate'],
};

/** Input ids of the progress report form (closing fields are required only when status is done_*). */
export const REPORT_FIELDS = [
  'phase',
  'status',
  'progress',
  'doneSinceLast',
  'nextSteps',
  'nextStepsDate',
  'employeeInvolvement',
  'learning',
  'barriers',
  'helpNeeded',
  'helpText',
  'measurementType',
  'measurementValue',
  'measurementDate',
  'measurementNote',
  'spreadActions',
] as const;

/** Closing report inputs; the factor scores are `factor_<code>` (1-6) for every FACTORS code. */
export const CLOSING_FIELDS = ['inUseDate', 'achievedBenefits', 'effectMeasured', 'closingSpreadActions'] as const;

export const DETAILS_FIELDS = ['novelty', 'reuseSource', 'reuseReference', 'initiators', 'partners', 'funding'] as const;

export const PROFILE_FIELDS = ['name', 'language'] as const;

/** Field length limits (characters). */
export const LIMITS = {
  title: 100,
  shortText: 1000,
  longText: 2000,
  name: 100,
  unit: 100,
  reference: 300,
  // A unit's or a sector's staff taking part; more than this is a typo, not a head count.
  maxEmployees: 5000,
} as const;
