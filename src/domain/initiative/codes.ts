// Stable English codes for every choice in the data model. The labels users see live in the
// language files under `codes.<list>.<code>`.
export const PHASES = ['anchor', 'insight', 'ideation', 'pilot', 'implement', 'new_practice'] as const;
export const STATUSES = ['active', 'paused', 'done_in_use', 'done_no_effect', 'stopped'] as const;
export const BENEFICIARIES = ['users', 'residents', 'relatives', 'employees', 'business', 'other_units'] as const;
export const INNOVATION_TYPES = ['service', 'product', 'process', 'communication'] as const;
export const EMPLOYEE_INVOLVEMENT = ['proposed', 'workgroup', 'insight', 'testing', 'informed'] as const;
export const BENEFIT_TYPES = ['quality', 'efficiency', 'avoided_cost', 'work_env', 'user_influence', 'business_value', 'other'] as const;
export const NOVELTY = ['new_unit', 'new_municipality', 'new_sector'] as const;
export const REUSE_SOURCES = ['none', 'other_unit', 'other_municipality', 'other_public', 'private_supplier', 'abroad'] as const;
export const INITIATORS = ['leaders', 'employees', 'users', 'private', 'politicians', 'ngo', 'research', 'other_public', 'external_requirement'] as const;
export const PARTNERS = ['internal_unit', 'other_units', 'other_public', 'private', 'users', 'ngo', 'research', 'none'] as const;
export const FUNDING = ['ordinary', 'internal_fund', 'foi_fund', 'external'] as const;
export const PROGRESS = ['on_track', 'at_risk', 'blocked'] as const;
export const HELP_NEEDED = ['none', 'line_manager', 'innovation_adviser', 'funding', 'ict'] as const;
export const EFFECT_MEASURED = ['quant', 'qual', 'planned', 'no'] as const;
export const SPREAD_ACTIONS = ['none', 'shared_internal', 'presented_other_units', 'kominn', 'prize', 'adopted_by_others'] as const;
export const FACTORS = [
  'safe_operations',
  'error_handling',
  'internal_collab',
  'new_tech',
  'limited_money',
  'employee_participation',
  'user_participation',
  'political',
  'time',
  'competence',
] as const;
export const ROLES = ['leader', 'sector_head', 'admin', 'employee'] as const;

export type Phase = (typeof PHASES)[number];
export type Status = (typeof STATUSES)[number];
export type Beneficiary = (typeof BENEFICIARIES)[number];
export type InnovationType = (typeof INNOVATION_TYPES)[number];
export type EmployeeInvolvement = (typeof EMPLOYEE_INVOLVEMENT)[number];
export type BenefitType = (typeof BENEFIT_TYPES)[number];
export type Novelty = (typeof NOVELTY)[number];
export type ReuseSource = (typeof REUSE_SOURCES)[number];
export type Initiator = (typeof INITIATORS)[number];
export type Partner = (typeof PARTNERS)[number];
export type Funding = (typeof FUNDING)[number];
export type Progress = (typeof PROGRESS)[number];
export type HelpNeeded = (typeof HELP_NEEDED)[number];
export type EffectMeasured = (typeof EFFECT_MEASURED)[number];
export type SpreadAction = (typeof SPREAD_ACTIONS)[number];
export type Factor = (typeof FACTORS)[number];
export type Role = (typeof ROLES)[number];

/** Every code list by name: the language files have `codes.<name>.<code>` for each. */
export const CODE_LISTS = {
  phase: PHASES,
  status: STATUSES,
  beneficiary: BENEFICIARIES,
  innovationType: INNOVATION_TYPES,
  employeeInvolvement: EMPLOYEE_INVOLVEMENT,
  benefitType: BENEFIT_TYPES,
  novelty: NOVELTY,
  reuseSource: REUSE_SOURCES,
  initiator: INITIATORS,
  partner: PARTNERS,
  funding: FUNDING,
  progress: PROGRESS,
  helpNeeded: HELP_NEEDED,
  effectMeasured: EFFECT_MEASURED,
  spreadAction: SPREAD_ACTIONS,
  factor: FACTORS,
  role: ROLES,
} as const;
export type CodeListName = keyof typeof CODE_LISTS;
