// Business rules on initiatives: who may edit, when the next report is due, stable ids for
// double submits, and how a new initiative and a report change the stored record.
import { createHash } from 'node:crypto';
import { addDays, localDateOf } from '../calendar/localDate';
import { PROGRAMME_TIME_ZONE } from '../calendar/timeZone';
import { PHASES, type Phase, type Status } from './codes';
import type { Initiative, InitiativeProposal, ProgressReport } from './initiative';

export const DEFAULT_REPORT_CADENCE_DAYS = 28;
/** The programme's zone: instants (createdAt, lastReportAt) become local dates there. */
export { PROGRAMME_TIME_ZONE };

export function canEditInitiative(
  initiative: Pick<Initiative, 'ownerId' | 'coOwnerIds'>,
  userId: string,
  isAdmin: boolean,
): boolean {
  if (isAdmin) return true;
  if (!userId) return false;
  return initiative.ownerId === userId || (initiative.coOwnerIds ?? []).includes(userId);
}

/** Ended for good (paused is not closed: it may resume). */
export function isClosed(status: Status): boolean {
  return status === 'done_in_use' || status === 'done_no_effect' || status === 'stopped';
}

/** 1..6, as shown to users ("fase 3 av 6"). */
export function phaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase) + 1;
}

export type DueKind = 'firstReport' | 'report' | 'closingReport' | 'none';

export function nextDue(
  initiative: Pick<Initiative, 'status' | 'createdAt' | 'lastReportAt' | 'plannedInUseDate'>,
  today: string,
  options: { reportCadenceDays?: number; timeZone?: string } = {},
): { kind: DueKind; dueDate?: string } {
  if (initiative.status !== 'active') return { kind: 'none' };
  const cadence = options.reportCadenceDays ?? DEFAULT_REPORT_CADENCE_DAYS;
  const zone = options.timeZone ?? PROGRAMME_TIME_ZONE;
  const last = initiative.lastReportAt ? localDateOf(new Date(initiative.lastReportAt), zone) : undefined;
  const planned = initiative.plannedInUseDate;
  // Without a planned in-use date (optional at registration) the ordinary cadence applies.
  if (planned && planned < today) {
    // Past the planned in-use date: ask for the closing report, then again each period if a
    // report since said it is not done yet.
    const dueDate = last && last >= planned ? addDays(last, cadence) : planned;
    return { kind: 'closingReport', dueDate };
  }
  if (!last) return { kind: 'firstReport', dueDate: addDays(localDateOf(new Date(initiative.createdAt), zone), cadence) };
  return { kind: 'report', dueDate: addDays(last, cadence) };
}

function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 20);
}

/** Same form token -> same id, so a double submit of one form creates one initiative. */
export function initiativeIdFor(formToken: string): string {
  return `ini-${shortHash(formToken)}`;
}

/** Same initiative and form token -> same id, so a double submit stores one report. */
export function reportIdFor(initiativeId: string, formToken: string): string {
  return `rep-${shortHash(`${initiativeId}\n${formToken}`)}`;
}

export function newInitiative(args: {
  id: string;
  proposal: InitiativeProposal;
  owner: { id: string; name: string; unit: string; sector: string };
  now: Date;
}): Initiative {
  const at = args.now.toISOString();
  return {
    ...args.proposal,
    id: args.id,
    ownerId: args.owner.id,
    ownerName: args.owner.name,
    coOwnerIds: [],
    unit: args.owner.unit,
    sector: args.owner.sector,
    status: 'active',
    createdAt: at,
    updatedAt: at,
    lastChangeAt: at,
    measurements: [],
    linkedIdeaIds: [],
  };
}

/** The initiative after `report`. Applying the same report twice changes nothing more. */
export function applyReport(initiative: Initiative, report: ProgressReport, now: Date): Initiative {
  const at = now.toISOString();
  const changed =
    report.phase !== initiative.phase || report.status !== initiative.status || report.progress !== initiative.progress;
  const known = new Set(initiative.measurements.map(measurementKey));
  const measurements = [...initiative.measurements];
  for (const m of report.measurements) {
    if (!known.has(measurementKey(m))) measurements.push(m);
  }
  const next: Initiative = {
    ...initiative,
    phase: report.phase,
    status: report.status,
    progress: report.progress,
    nextStepsDate: report.nextStepsDate,
    lastReportAt: report.reportedAt,
    measurements,
    updatedAt: at,
    lastChangeAt: changed ? at : initiative.lastChangeAt,
  };
  if (report.closing) next.closing = report.closing;
  return next;
}

// A measurement is the same when every field is: makes a retried report idempotent.
function measurementKey(m: { benefitType: string; date: string; value: string; note?: string }): string {
  return JSON.stringify([m.benefitType, m.date, m.value, m.note ?? '']);
}
