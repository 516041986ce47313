// Applications to a cohort and what may happen to them. A cohort's applications live in one
// document (CohortEnrolment), so every transition below is a pure function of that document:
// the repository applies it with one conditional write, and a seat is never given twice.
//
//   applied ─approve─▶ seated (a free seat) | waiting (cohort full; in order of approval)
//   applied ─decline (with a reason)─▶ declined
//   applied | seated | waiting ─withdraw─▶ withdrawn   (a freed seat goes to the first waiting)
import { isOpenForApplications, type Cohort } from './cohort';

export const APPLICATION_STATUSES = ['applied', 'seated', 'waiting', 'declined', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const MOTIVATION_MAX = 1000;
/**
 * Applications one person may make to one cohort, whatever became of them. Each one sends the
 * kommunalsjef an approval card, so without a bound «søk – trekk – søk igjen» would flood them.
 * Three leave room for a withdrawal by mistake and a second thought.
 */
export const APPLICATIONS_PER_COHORT_MAX = 3;
export const DECLINE_REASON_MAX = 500;

/** The applicant as the roster knows them, copied in at application time (never from the client). */
export interface Applicant {
  email: string;
  aadObjectId?: string;
  name: string;
  unit: string;
  sector: string;
}

export interface Decision {
  kind: 'approve' | 'decline';
  byEmail: string;
  at: string;
  reason?: string;
}

export interface Application {
  id: string;
  cohortId: string;
  applicant: Applicant;
  motivation: string;
  status: ApplicationStatus;
  appliedAt: string;
  decision?: Decision;
  /** Order among approved applicants: the waiting list moves up by this number. */
  approvalSeq?: number;
  /** Set when a withdrawal moved this application from the waiting list to a seat. */
  promotedAt?: string;
  withdrawnAt?: string;
}

export interface CohortEnrolment {
  /** The cohort id. */
  id: string;
  applications: Application[];
  /** Lower-case e-mails of everyone who applied, so one person's applications are one query. */
  applicantEmails: string[];
  /** Last approval number handed out. */
  approvalSeq: number;
  updatedAt: string;
}

/** What the server knows about whoever presses approve or decline (from the roster, never the card). */
export interface DeciderFacts {
  email: string;
  /** The sectors (kommunalområder) whose roster rows name this person as sectorHeadEmail. */
  headOfSectors: readonly string[];
}

export type Refusal =
  | 'not_found'
  | 'closed'
  | 'already_applied'
  | 'motivation_required'
  | 'not_sector_head'
  | 'already_decided'
  | 'reason_required'
  | 'not_applicant'
  | 'already_withdrawn'
  | 'too_many_applications';

export type Transition<T> = { ok: true; enrolment: CohortEnrolment; result: T } | { ok: false; refusal: Refusal; application?: Application };

export function emptyEnrolment(cohortId: string, now: Date): CohortEnrolment {
  return { id: cohortId, applications: [], applicantEmails: [], approvalSeq: 0, updatedAt: now.toISOString() };
}

const lower = (s: string): string => s.trim().toLowerCase();
const ACTIVE: readonly ApplicationStatus[] = ['applied', 'seated', 'waiting'];

export const seatedCount = (e: CohortEnrolment): number => e.applications.filter((a) => a.status === 'seated').length;

/** The waiting list, first in line first. */
export function waitingList(e: CohortEnrolment): Application[] {
  return e.applications.filter((a) => a.status === 'waiting').sort((a, b) => (a.approvalSeq ?? 0) - (b.approvalSeq ?? 0));
}

/** 1-based place on the waiting list, or undefined when not waiting. */
export function waitingPosition(e: CohortEnrolment, applicationId: string): number | undefined {
  const i = waitingList(e).findIndex((a) => a.id === applicationId);
  return i < 0 ? undefined : i + 1;
}

function withApplication(e: CohortEnrolment, app: Application, now: Date): CohortEnrolment {
  const applications = e.applications.some((a) => a.id === app.id) ? e.applications.map((a) => (a.id === app.id ? app : a)) : [...e.applications, app];
  const emails = new Set(applications.map((a) => lower(a.applicant.email)));
  return { ...e, applications, applicantEmails: [...emails].sort(), updatedAt: now.toISOString() };
}

/**
 * A leader applies. The same application id again (a retried submit) returns the stored one,
 * but only to its own applicant: a forged submit carrying someone else's id learns nothing. A
 * second active application to the same cohort is refused, and so is one beyond
 * APPLICATIONS_PER_COHORT_MAX (withdrawn and declined ones count).
 */
export function apply(
  e: CohortEnrolment,
  input: { applicationId: string; cohort: Cohort; applicant: Applicant; motivation: string; today: string; now: Date },
): Transition<{ application: Application; created: boolean }> {
  const email = lower(input.applicant.email);
  const existing = e.applications.find((a) => a.id === input.applicationId);
  if (existing) {
    if (lower(existing.applicant.email) !== email) return { ok: false, refusal: 'not_found' };
    return { ok: true, enrolment: e, result: { application: existing, created: false } };
  }
  const motivation = input.motivation.trim();
  if (!motivation) return { ok: false, refusal: 'motivation_required' };
  if (!isOpenForApplications(input.cohort, input.today)) return { ok: false, refusal: 'closed' };
  const own = e.applications.filter((a) => lower(a.applicant.email) === email);
  const active = own.find((a) => ACTIVE.includes(a.status));
  if (active) return { ok: false, refusal: 'already_applied', application: active };
  if (own.length >= APPLICATIONS_PER_COHORT_MAX) return { ok: false, refusal: 'too_many_applications' };
  const application: Application = {
    id: input.applicationId,
    cohortId: input.cohort.id,
    applicant: { ...input.applicant, email },
    motivation: motivation.slice(0, MOTIVATION_MAX),
    status: 'applied',
    appliedAt: input.now.toISOString(),
  };
  return { ok: true, enrolment: withApplication(e, application, input.now), result: { application, created: true } };
}

/** Only the applicant's own kommunalsjef decides: the head of the sector the roster puts them in. */
export function mayDecide(decider: DeciderFacts, application: Application): boolean {
  return decider.headOfSectors.includes(application.applicant.sector);
}

/** What the server knows about whoever asks to see an application (roster, admin list, Teams; never the card). */
export interface ViewerFacts extends DeciderFacts {
  aadObjectId?: string;
  isAdmin: boolean;
}

/**
 * Who may see an application (its applicant's name, unit and motivation): the applicant, the
 * kommunalsjef who decides it, and programme admins. Anyone else who knows its id sees nothing.
 */
export function maySee(viewer: ViewerFacts, application: Application): boolean {
  if (viewer.isAdmin || mayDecide(viewer, application)) return true;
  const applicant = application.applicant;
  if (viewer.aadObjectId && applicant.aadObjectId && viewer.aadObjectId.toLowerCase() === applicant.aadObjectId.toLowerCase()) return true;
  return !!viewer.email && lower(viewer.email) === lower(applicant.email);
}

export type DecisionResult = { application: Application; placement: 'seated' | 'waiting' | 'declined'; waitingPosition?: number };

/**
 * The kommunalsjef approves (a seat, or the waiting list when the cohort is full) or declines
 * with a reason. A second decision is refused; the refusal carries the application as decided,
 * so the caller can show the first decision (and a retried press gets the same card).
 */
export function decide(
  e: CohortEnrolment,
  input: { applicationId: string; cohort: Cohort; decider: DeciderFacts; decision: 'approve' | 'decline'; reason?: string; now: Date },
): Transition<DecisionResult> {
  const app = e.applications.find((a) => a.id === input.applicationId);
  if (!app) return { ok: false, refusal: 'not_found' };
  if (!mayDecide(input.decider, app)) return { ok: false, refusal: 'not_sector_head', application: app };
  if (app.status !== 'applied') return { ok: false, refusal: app.status === 'withdrawn' && !app.decision ? 'already_withdrawn' : 'already_decided', application: app };
  const decision: Decision = { kind: input.decision, byEmail: lower(input.decider.email), at: input.now.toISOString() };
  if (input.decision === 'decline') {
    const reason = input.reason?.trim() ?? '';
    if (!reason) return { ok: false, refusal: 'reason_required', application: app };
    const declined: Application = { ...app, status: 'declined', decision: { ...decision, reason: reason.slice(0, DECLINE_REASON_MAX) } };
    return { ok: true, enrolment: withApplication(e, declined, input.now), result: { application: declined, placement: 'declined' } };
  }
  const seq = e.approvalSeq + 1;
  const status = seatedCount(e) < input.cohort.seats ? 'seated' : 'waiting';
  const approved: Application = { ...app, status, decision, approvalSeq: seq };
  const next = { ...withApplication(e, approved, input.now), approvalSeq: seq };
  return {
    ok: true,
    enrolment: next,
    result: { application: approved, placement: status, waitingPosition: status === 'waiting' ? waitingPosition(next, app.id) : undefined },
  };
}

/**
 * The applicant withdraws (or an admin cancels on their behalf). A freed seat goes to the
 * first on the waiting list, if the cohort has room: `promoted` is who to tell.
 */
export function withdraw(
  e: CohortEnrolment,
  input: { applicationId: string; cohort: Cohort; by: { email: string; isAdmin: boolean }; now: Date },
): Transition<{ application: Application; promoted?: Application }> {
  const app = e.applications.find((a) => a.id === input.applicationId);
  if (!app) return { ok: false, refusal: 'not_found' };
  if (!input.by.isAdmin && lower(input.by.email) !== lower(app.applicant.email)) return { ok: false, refusal: 'not_applicant', application: app };
  if (!ACTIVE.includes(app.status)) return { ok: false, refusal: app.status === 'withdrawn' ? 'already_withdrawn' : 'already_decided', application: app };
  const withdrawn: Application = { ...app, status: 'withdrawn', withdrawnAt: input.now.toISOString() };
  let next = withApplication(e, withdrawn, input.now);
  let promoted: Application | undefined;
  const first = waitingList(next)[0];
  if (first && seatedCount(next) < input.cohort.seats) {
    promoted = { ...first, status: 'seated', promotedAt: input.now.toISOString() };
    next = withApplication(next, promoted, input.now);
  }
  return { ok: true, enrolment: next, result: { application: withdrawn, promoted } };
}

/** The applications of one person (by e-mail), newest first. */
export function applicationsOf(e: CohortEnrolment, email: string): Application[] {
  return e.applications.filter((a) => lower(a.applicant.email) === lower(email)).sort((a, b) => (a.appliedAt < b.appliedAt ? 1 : -1));
}
