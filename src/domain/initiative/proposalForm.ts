// The proposal (new initiative) form: five short steps, validated one step at a time while the
// leader moves through the dialog, and all together before anything is stored.
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
 * Checks one step's inputs into `c`, filling `out` with the typed values that passed. `today`
 * (Oslo, yyyy-mm-dd) is given when registering: a start date over a year back is refused then
 * (an edit may keep an old start date).
 */
function checkStep(step: ProposalStep, c: Checker, out: Partial_, today?: string): void {
  switch (step) {
    case 'what':
      out.title = c.text('title', LIMITS.title, true);
      out.problem = c.text('problem', LIMITS.longText, true);
      out.goal = c.text('goal', LIMITS.longText, true);
      return;
    case 'who':
      out.beneficiaries = c.multi('beneficiaries', BENEFICIARIES, { required: true });
      out.innovationTypes = c.multi('innovationTypes', INNOVATION_TYPES, { required: true });
      return;
    case 'employees':
      out.employeeInvolvement = c.multi('employeeInvolvement', EMPLOYEE_INVOLVEMENT, { required: true });
      out.employeesInvolved = c.integer('employeesInvolved', 0, LIMITS.maxEmployees, true);
      return;
    case 'benefits':
      out.benefits = checkBenefits(c);
      return;
    case 'phaseDates': {
      out.phase = c.choice('phase', PHASES, true);
      out.startDate = c.date('startDate', true);
      out.plannedInUseDate = c.date('plannedInUseDate', true);
      if (out.startDate && today && out.startDate < daysBefore(today, MAX_START_DAYS_BACK)) {
        c.set('startDate', { code: 'startTooLongAgo' });
        out.startDate = undefined;
      }
      if (out.startDate && out.plannedInUseDate && out.plannedInUseDate < out.startDate) {
        c.set('plannedInUseDate', { code: 'dateBeforeStart' });
        out.plannedInUseDate = undefined;
      }
      return;
    }
  }
}

/** Rows with both type and description count; a half-filled row is an error, an empty one is skipped. */
function checkBenefits(c: Checker): ExpectedBenefit[] {
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
  if (benefits.length === 0 && !rowErrors) c.set('benefit1Type', { code: 'atLeastOneBenefit' });
  return benefits;
}

/** Errors of one step's inputs only (the dialog validates each step as it is submitted). */
export function validateProposalStep(step: ProposalStep, raw: RawForm, today?: string): FieldErrors {
  const c = new Checker(raw);
  checkStep(step, c, {}, today);
  return c.errors;
}

/** Validates every step; on failure `step` is the first step with an error (to reopen it). */
export function parseProposal(
  raw: RawForm,
  today?: string,
): { ok: true; value: InitiativeProposal } | { ok: false; errors: FieldErrors; step: ProposalStep } {
  const c = new Checker(raw);
  const out: Partial_ = {};
  for (const step of PROPOSAL_STEPS) checkStep(step, c, out, today);
  if (!c.ok) {
    const step = PROPOSAL_STEPS.find((s) => PROPOSAL_STEP_FIELDS[s].some((id) => id in c.errors)) ?? PROPOSAL_STEPS[0];
    return { ok: false, errors: c.errors, step };
  }
  // With no errors, every field above was set.
  return { ok: true, value: out as InitiativeProposal };
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
    innovationTypes: p.innovationTypes.join(','),
    employeeInvolvement: p.employeeInvolvement.join(','),
    employeesInvolved: String(p.employeesInvolved),
    phase: p.phase,
    startDate: p.startDate,
    plannedInUseDate: p.plannedInUseDate,
  };
  for (let i = 1; i <= BENEFIT_ROWS; i++) {
    const b = p.benefits[i - 1];
    raw[`benefit${i}Type`] = b?.type ?? '';
    raw[`benefit${i}Description`] = b?.description ?? '';
  }
  return raw;
}
