// Laggard rules: pure functions of the facts about one leader and an injected clock.
// Each rule says exactly what is missing; the rules of one leader are combined into one nudge
// per working week, and missed deadlines are counted for escalation to the sector head.
import { addDays, localDateOf, type IsoDate } from '../calendar/localDate';
import { addWorkingDays, workingDaysBetween, type PersonAvailability, type WorkingTimePolicy } from '../calendar/workingTime';
import type { Initiative } from '../initiative/initiative';
import { isClosed, nextDue, type DueKind } from '../initiative/rules';
import { cadencePeriodDays, reminderRulesSchema, reportDueAfter, type ProgrammeCycle, type ReminderRules, type ReportCadence } from '../programme/cycle';

export type InitiativeFacts = Pick<
  Initiative,
  'id' | 'title' | 'status' | 'progress' | 'createdAt' | 'lastReportAt' | 'lastChangeAt' | 'plannedInUseDate'
>;

export interface IdeaFacts {
  id: string;
  /** ISO instant the idea was submitted. */
  createdAt: string;
}

/** What the job knows about one roster leader. */
export interface LeaderFacts {
  /** Roster id (lower-case e-mail). */
  id: string;
  name: string;
  unit: string;
  sector: string;
  sectorHeadEmail?: string;
  aadObjectId?: string;
  /** The bot can reach them: installed personal chat, not marked unreachable. */
  reachable: boolean;
  availability: PersonAvailability;
  /** Initiatives the leader owns (reported on by them, so nagged for). */
  initiatives: readonly InitiativeFacts[];
  /**
   * Initiatives the leader co-owns: they count as registered (as in the overview), but the owner
   * is the one nagged for reports; a co-owner's report moves the initiative's lastReportAt, so it
   * counts for the owner.
   */
  coOwned?: readonly InitiativeFacts[];
  /** Unanswered ideas in the leader's unit. */
  unansweredIdeas: readonly IdeaFacts[];
}

export interface RuleContext {
  now: Date;
  policy: WorkingTimePolicy;
  /** The running programme cycle; without one only the report, stalled and idea rules apply. */
  cycle?: ProgrammeCycle;
  /** Used when no cycle runs. */
  defaultCadence?: ReportCadence;
}

export type Finding =
  | { rule: 'registration_due'; deadline: IsoDate; workingDaysLeft: number; missed: 0 }
  | { rule: 'registration_overdue'; deadline: IsoDate; workingDaysLate: number; missed: number }
  | {
      rule: 'report_overdue';
      initiativeId: string;
      title: string;
      due: Exclude<DueKind, 'none'>;
      dueDate: IsoDate;
      workingDaysLate: number;
      missed: number;
    }
  | { rule: 'stalled'; initiativeId: string; title: string; progress: 'blocked' | 'at_risk'; since: IsoDate; workingDays: number; missed: 0 }
  | { rule: 'ideas_unanswered'; count: number; oldest: IsoDate; workingDays: number; missed: 0 };

export type RuleName = Finding['rule'];
export const RULE_NAMES: readonly RuleName[] = ['registration_due', 'registration_overdue', 'report_overdue', 'stalled', 'ideas_unanswered'];

const DEFAULT_RULES: ReminderRules = reminderRulesSchema.parse({});

function settings(ctx: RuleContext): { rules: ReminderRules; cadence: ReportCadence; today: IsoDate } {
  return {
    rules: ctx.cycle?.rules ?? DEFAULT_RULES,
    cadence: ctx.cycle?.reportCadence ?? ctx.defaultCadence ?? { everyWeeks: 4 },
    today: localDateOf(ctx.now, ctx.policy.timeZone),
  };
}

/** How many due dates have passed: the first on `dueDate`, then one per report period. */
function missedSince(dueDate: IsoDate, today: IsoDate, cadence: ReportCadence): number {
  if (today <= dueDate) return 0;
  const days = Math.round((Date.parse(today) - Date.parse(dueDate)) / 86_400_000);
  return 1 + Math.floor(days / cadencePeriodDays(cadence));
}

/** Registered = owns or co-owns an initiative created in this cycle, or one still running from before. */
export function hasRegistered(leader: Pick<LeaderFacts, 'initiatives' | 'coOwned'>, cycle: ProgrammeCycle, timeZone: string): boolean {
  return [...leader.initiatives, ...(leader.coOwned ?? [])].some((i) => !isClosed(i.status) || localDateOf(new Date(i.createdAt), timeZone) >= cycle.start);
}

/** Owns or co-owns any initiative (when no programme cycle runs). */
export function hasAnyInitiative(leader: Pick<LeaderFacts, 'initiatives' | 'coOwned'>): boolean {
  return leader.initiatives.length > 0 || (leader.coOwned?.length ?? 0) > 0;
}

/** No initiative registered: reminders from N working days before the deadline, and after it. */
export function registrationRule(leader: LeaderFacts, ctx: RuleContext): Finding[] {
  const cycle = ctx.cycle;
  if (!cycle) return [];
  const { rules, cadence, today } = settings(ctx);
  if (hasRegistered(leader, cycle, ctx.policy.timeZone)) return [];
  const deadline = cycle.registrationDeadline;
  if (today > deadline) {
    return [{ rule: 'registration_overdue', deadline, workingDaysLate: workingDaysBetween(deadline, today, ctx.policy), missed: missedSince(deadline, today, cadence) }];
  }
  const from = addWorkingDays(deadline, -rules.remindBeforeDeadlineWorkingDays, ctx.policy);
  if (today < from) return [];
  return [{ rule: 'registration_due', deadline, workingDaysLeft: workingDaysBetween(today, deadline, ctx.policy), missed: 0 }];
}

/** The report due date of an active initiative under the cycle's cadence. */
export function reportDue(initiative: InitiativeFacts, today: IsoDate, cadence: ReportCadence, timeZone: string): { kind: DueKind; dueDate?: IsoDate } {
  const since = initiative.lastReportAt ? localDateOf(new Date(initiative.lastReportAt), timeZone) : localDateOf(new Date(initiative.createdAt), timeZone);
  const periodDays = Math.round((Date.parse(reportDueAfter(since, cadence)) - Date.parse(since)) / 86_400_000);
  return nextDue(initiative, today, { reportCadenceDays: periodDays, timeZone });
}

/** No progress (or closing) report within the cadence, counted in working days after the due date. */
export function reportRule(leader: LeaderFacts, ctx: RuleContext): Finding[] {
  const { rules, cadence, today } = settings(ctx);
  const out: Finding[] = [];
  for (const i of leader.initiatives) {
    const due = reportDue(i, today, cadence, ctx.policy.timeZone);
    if (due.kind === 'none' || !due.dueDate) continue;
    const late = workingDaysBetween(due.dueDate, today, ctx.policy);
    if (late <= rules.reportGraceWorkingDays) continue;
    out.push({
      rule: 'report_overdue',
      initiativeId: i.id,
      title: i.title,
      due: due.kind,
      dueDate: due.dueDate,
      workingDaysLate: late,
      missed: missedSince(due.dueDate, today, cadence),
    });
  }
  return out;
}

/** Blocked or at risk with no change for N working days. */
export function stalledRule(leader: LeaderFacts, ctx: RuleContext): Finding[] {
  const { rules, today } = settings(ctx);
  const out: Finding[] = [];
  for (const i of leader.initiatives) {
    if (i.status !== 'active' || (i.progress !== 'blocked' && i.progress !== 'at_risk')) continue;
    const since = localDateOf(new Date(i.lastChangeAt), ctx.policy.timeZone);
    const days = workingDaysBetween(since, today, ctx.policy);
    if (days >= rules.stalledWorkingDays) out.push({ rule: 'stalled', initiativeId: i.id, title: i.title, progress: i.progress, since, workingDays: days, missed: 0 });
  }
  return out;
}

/** Ideas in the leader's unit unanswered for N working days (one finding with the count). */
export function ideasRule(leader: LeaderFacts, ctx: RuleContext): Finding[] {
  const { rules, today } = settings(ctx);
  const old = leader.unansweredIdeas
    .map((i) => localDateOf(new Date(i.createdAt), ctx.policy.timeZone))
    .filter((d) => workingDaysBetween(d, today, ctx.policy) >= rules.ideaAnswerWorkingDays)
    .sort();
  if (!old.length) return [];
  return [{ rule: 'ideas_unanswered', count: old.length, oldest: old[0]!, workingDays: workingDaysBetween(old[0]!, today, ctx.policy), missed: 0 }];
}

export interface LeaderEvaluation {
  leader: LeaderFacts;
  findings: Finding[];
  /** Deadlines missed (registration and reports, one per passed period). */
  missedDeadlines: number;
  /** Two (configurable) missed deadlines: the sector head hears about it. */
  escalate: boolean;
}

/** All rules for one leader, combined. */
export function evaluateLeader(leader: LeaderFacts, ctx: RuleContext): LeaderEvaluation {
  const { rules } = settings(ctx);
  const findings = [...registrationRule(leader, ctx), ...reportRule(leader, ctx), ...stalledRule(leader, ctx), ...ideasRule(leader, ctx)];
  const missedDeadlines = findings.reduce((n, f) => n + f.missed, 0);
  return { leader, findings, missedDeadlines, escalate: missedDeadlines >= rules.escalateAfterMissedDeadlines };
}

/** A date `n` days after `date`: re-exported for callers that build test facts. */
export const plusDays = addDays;
