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

/**
 * Registering takes two short cards: the essentials, then who benefits and the phase. The other
 * KS fields sit folded away on the second card (optional), to be added now or later.
 */
export const PROPOSAL_STEPS = ['what', 'who'] as const;
export type ProposalStep = (typeof PROPOSAL_STEPS)[number];

/** How many expected-benefit rows the proposal form offers (all optional at registration). */
export const BENEFIT_ROWS = 3;

export const BENEFIT_FIELDS: readonly string[] = Array.from({ length: BENEFIT_ROWS }, (_, i) => [`benefit${i + 1}Type`, `benefit${i + 1}Description`]).flat();

/** The KS fields a leader may leave for later (the folded «Legg til flere detaljer» section). */
export const PROPOSAL_OPTIONAL_FIELDS: readonly string[] = [
  'innovationTypes',
  'employeeInvolvement',
  'employeesInvolved',
  ...BENEFIT_FIELDS,
  'startDate',
  'plannedInUseDate',
];

/** Input ids per proposal step. */
export const PROPOSAL_STEP_FIELDS: Record<ProposalStep, readonly string[]> = {
  what: ['title', 'problem', 'goal'],
  who: ['beneficiaries', 'phase', ...PROPOSAL_OPTIONAL_FIELDS],
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

/** `rediger`: the co-owners (roster leaders' Entra object ids, comma-separated). */
export const CO_OWNER_FIELD = 'coOwnerIds';

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
  // Co-owners share the owner's rights; a handful is a team, more is the whole unit.
  maxCoOwners: 10,
} as const;
