// The proposal (new initiative) form: two short steps, validated one step at a time while the
// leader moves through the dialog, and all together before anything is stored. `rediger` uses
// the same checks, so an edit is held to the rules of registering.
import { BENEFICIARIES, BENEFIT_TYPES, EMPLOYEE_INVOLVEMENT, INNOVATION_TYPES, PHASES } from './codes';
import { Checker } from './fieldRules';
import {
  BENEFIT_ROWS,
  LIMITS,
  PROPOSAL_STEPS,
  PROPOSAL_STEP_FIELDS,
  type FieldErrors,
  type ProposalStep,
  type RawForm,
} from './formTypes';
import type { ExpectedBenefit, InitiativeProposal } from './initiative';

/** Every input id of the proposal form, all steps. */
export const PROPOSAL_ALL_FIELDS: readonly string[] = PROPOSAL_STEPS.flatMap((s) => PROPOSAL_STEP_FIELDS[s]);

type Partial_ = Partial<InitiativeProposal>;

/** How far back a new initiative's start date may be: further back is most likely a wrong year. */
export const MAX_START_DAYS_BACK = 365;

/**
 * What the date rules compare with. `today` (Oslo, yyyy-mm-dd) is given when registering or
 * editing: a start date over a year back is refused then, unless it is `keptStartDate` (an edit
 * may keep the old start date of a long-running initiative).
 */
export interface DateContext {
  today?: string;
  keptStartDate?: string;
}

/** Checks one step's inputs into `c`, filling `out` with the typed values that passed. */
function checkStep(step: ProposalStep, c: Checker, out: Partial_, dates: DateContext): void {
  switch (step) {
    case 'what':
      out.title = c.text('title', LIMITS.title, true);
      out.problem = c.text('problem', LIMITS.longText, true);
      out.goal = c.text('goal', LIMITS.longText, true);
      return;
    case 'who':
      out.beneficiaries = c.multi('beneficiaries', BENEFICIARIES, { required: true });
      out.phase = c.choice('phase', PHASES, true);
      checkOptional(c, out, dates);
      return;
  }
}

/** The KS fields that may wait: empty is fine, but what is given must be right. */
function checkOptional(c: Checker, out: Partial_, dates: DateContext): void {
  out.innovationTypes = nonEmpty(c.multi('innovationTypes', INNOVATION_TYPES, { required: false }));
  out.employeeInvolvement = nonEmpty(c.multi('employeeInvolvement', EMPLOYEE_INVOLVEMENT, { required: false }));
  out.employeesInvolved = c.integer('employeesInvolved', 0, LIMITS.maxEmployees, false);
  out.benefits = nonEmpty(checkBenefits(c));
  out.startDate = c.date('startDate', false);
  out.plannedInUseDate = c.date('plannedInUseDate', false);
  const { today, keptStartDate } = dates;
  if (out.startDate && today && out.startDate !== keptStartDate && out.startDate < daysBefore(today, MAX_START_DAYS_BACK)) {
    c.set('startDate', { code: 'startTooLongAgo' });
    out.startDate = undefined;
  }
  if (out.startDate && out.plannedInUseDate && out.plannedInUseDate < out.startDate) {
    c.set('plannedInUseDate', { code: 'dateBeforeStart' });
    out.plannedInUseDate = undefined;
  }
}

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

/** Rows with both type and description count; a half-filled row is an error, an empty one is skipped. */
function checkBenefits(c: Checker): ExpectedBenefit[] | undefined {
  const benefits: ExpectedBenefit[] = [];
  let rowErrors = false;
  for (let i = 1; i <= BENEFIT_ROWS; i++) {
    const typeId = `benefit${i}Type`;
    const descId = `benefit${i}Description`;
    if (!c.has(typeId) && !c.has(descId)) continue;
    const before = Object.keys(c.errors).length;
    if (!c.has(typeId)) c.set(typeId, { code: 'benefitIncomplete' });
    if (!c.has(descId)) c.set(descId, { code: 'benefitIncomplete' });
    const type = c.has(typeId) ? c.choice(typeId, BENEFIT_TYPES, true) : undefined;
    const description = c.has(descId) ? c.text(descId, LIMITS.shortText, true) : undefined;
    if (Object.keys(c.errors).length > before) rowErrors = true;
    else if (type && description) benefits.push({ type, description });
  }
  return rowErrors ? undefined : benefits;
}

/** Errors of one step's inputs only (the dialog validates each step as it is submitted). */
export function validateProposalStep(step: ProposalStep, raw: RawForm, dates: DateContext = {}): FieldErrors {
  const c = new Checker(raw);
  checkStep(step, c, {}, dates);
  return c.errors;
}

/** Validates every step; on failure `step` is the first step with an error (to reopen it). */
export function parseProposal(
  raw: RawForm,
  dates: DateContext = {},
): { ok: true; value: InitiativeProposal } | { ok: false; errors: FieldErrors; step: ProposalStep } {
  const c = new Checker(raw);
  const out: Partial_ = {};
  for (const step of PROPOSAL_STEPS) checkStep(step, c, out, dates);
  if (!c.ok) {
    const step = PROPOSAL_STEPS.find((s) => PROPOSAL_STEP_FIELDS[s].some((id) => id in c.errors)) ?? PROPOSAL_STEPS[0];
    return { ok: false, errors: c.errors, step };
  }
  // With no errors, every required field above was set; optional ones left empty stay absent.
  const value = Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
  return { ok: true, value: value as unknown as InitiativeProposal };
}

function daysBefore(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The inverse of parseProposal, to prefill the form when a leader edits an initiative. */
export function toRawProposal(p: InitiativeProposal): RawForm {
  const raw: RawForm = {
    title: p.title,
    problem: p.problem,
    goal: p.goal,
    beneficiaries: p.beneficiaries.join(','),
    innovationTypes: (p.innovationTypes ?? []).join(','),
    employeeInvolvement: (p.employeeInvolvement ?? []).join(','),
    employeesInvolved: p.employeesInvolved === undefined ? '' : String(p.employeesInvolved),
    phase: p.phase,
    startDate: p.startDate ?? '',
    plannedInUseDate: p.plannedInUseDate ?? '',
  };
  for (let i = 1; i <= BENEFIT_ROWS; i++) {
    const b = (p.benefits ?? [])[i - 1];
    raw[`benefit${i}Type`] = b?.type ?? '';
    raw[`benefit${i}Description`] = b?.description ?? '';
  }
  return raw;
}
