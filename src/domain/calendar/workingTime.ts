// Instant-level rules: may a reminder be sent now, and when next.
// The clock is always passed in; everything is judged in the policy's zone (DST included).
import { DateTime } from 'luxon';
import { IsoDate, addDays, dateOfLocal, inZone, localDateOf } from './localDate';
import { WorkingTimePolicy, parseClock } from './policy';
import { DayOffReason, dayOffReason, isLastWeekdayBeforeRedDay } from './workingDays';

// Re-exported so callers can import the whole working-time API from one module.
export * from './policy';
export type { DayOffReason } from './workingDays';
export {
  dayOffReason,
  isWorkingDay,
  isLastWeekdayBeforeRedDay,
  addWorkingDays,
  workingDaysBetween,
} from './workingDays';

export type SendBlockReason =
  | DayOffReason
  | 'night'
  | 'outside_window'
  | 'before_holiday_afternoon'
  | 'leave'
  | 'snoozed';

export type SendDecision = { ok: true } | { ok: false; reason: SendBlockReason };

/** Half-open [from, to): `to` is the first instant the person is back. */
export interface LeavePeriod {
  readonly from: Date;
  readonly to: Date;
}

export interface PersonAvailability {
  /** No reminders before this instant. */
  readonly snoozedUntil?: Date;
  readonly leave?: readonly LeavePeriod[];
}

// Night work under arbeidsmiljøloven § 10-11 is 21:00–06:00; no configuration may send then.
const NIGHT_ENDS = 6 * 60;
const NIGHT_STARTS = 21 * 60;
const NOON = 12 * 60;

export const DEFAULT_MAX_SEARCH_DAYS = 400;

/** The configured window clamped to daytime; may be empty if misconfigured. */
export function effectiveSendWindow(policy: WorkingTimePolicy): { start: number; end: number } {
  return {
    start: Math.max(parseClock(policy.sendWindow.start), NIGHT_ENDS),
    end: Math.min(parseClock(policy.sendWindow.end), NIGHT_STARTS),
  };
}

/**
 * Whether a reminder may be sent at `instant`. Checks run day-level first (holiday, closed_day,
 * weekend, fellesferie, soft_closure), then night, outside_window, before_holiday_afternoon,
 * leave, snoozed; the first failing one is the reason.
 */
export function canSendAt(instant: Date, policy: WorkingTimePolicy, person?: PersonAvailability): SendDecision {
  const local = inZone(instant, policy.timeZone);
  const date: IsoDate = dateOfLocal(local);
  const off = dayOffReason(date, policy);
  if (off) return { ok: false, reason: off };

  // Whole minutes suffice: all bounds are on the minute, so 14:59:59 is in and 15:00:00 is out.
  const minute = local.hour * 60 + local.minute;
  if (minute < NIGHT_ENDS || minute >= NIGHT_STARTS) return { ok: false, reason: 'night' };
  const window = effectiveSendWindow(policy);
  if (minute < window.start || minute >= window.end) return { ok: false, reason: 'outside_window' };
  if (policy.noSendAfterNoonBeforeRedDay && minute >= NOON && isLastWeekdayBeforeRedDay(date, policy)) {
    return { ok: false, reason: 'before_holiday_afternoon' };
  }

  if (leaveCovering(instant, person)) return { ok: false, reason: 'leave' };
  if (person?.snoozedUntil && instant.getTime() < person.snoozedUntil.getTime()) return { ok: false, reason: 'snoozed' };
  return { ok: true };
}

function leaveCovering(instant: Date, person?: PersonAvailability): LeavePeriod | undefined {
  const t = instant.getTime();
  return person?.leave?.find((l) => l.from.getTime() <= t && t < l.to.getTime());
}

/**
 * The first instant ≥ `from` at which canSendAt is ok, or undefined if there is none within
 * `maxDays` local days (default 400). Uses canSendAt as the only judge, jumping straight to
 * the next candidate (window start, next midnight, end of leave or snooze).
 */
export function nextSendTime(
  from: Date,
  policy: WorkingTimePolicy,
  person?: PersonAvailability,
  maxDays: number = DEFAULT_MAX_SEARCH_DAYS,
): Date | undefined {
  const lastDate = addDays(localDateOf(from, policy.timeZone), maxDays);
  let t = from;
  for (;;) {
    const local = inZone(t, policy.timeZone);
    if (dateOfLocal(local) > lastDate) return undefined;
    const decision = canSendAt(t, policy, person);
    if (decision.ok) return t;
    const next = nextCandidate(t, local, decision.reason, policy, person);
    // Every jump must move forward, or a misconfiguration could loop forever.
    t = next.getTime() > t.getTime() ? next : nextMidnight(local);
  }
}

function nextCandidate(
  t: Date,
  local: DateTime,
  reason: SendBlockReason,
  policy: WorkingTimePolicy,
  person?: PersonAvailability,
): Date {
  switch (reason) {
    case 'night':
    case 'outside_window': {
      const start = effectiveSendWindow(policy).start;
      const windowStart = local.set({ hour: Math.floor(start / 60), minute: start % 60, second: 0, millisecond: 0 });
      return windowStart.toMillis() > t.getTime() ? windowStart.toJSDate() : nextMidnight(local);
    }
    case 'leave': {
      // Overlapping periods are handled by the next round of canSendAt.
      return leaveCovering(t, person)?.to ?? nextMidnight(local);
    }
    case 'snoozed':
      return person?.snoozedUntil ?? nextMidnight(local);
    default:
      // Whole day off, or the afternoon before a red day: try tomorrow.
      return nextMidnight(local);
  }
}

function nextMidnight(local: DateTime): Date {
  return local.startOf('day').plus({ days: 1 }).toJSDate();
}

/**
 * ISO week of the instant in the policy's zone, e.g. '2026-W53'; the key for
 * "at most one nudge per person per working week".
 */
export function workingWeekKey(instant: Date, policy: WorkingTimePolicy): string {
  const local = inZone(instant, policy.timeZone);
  return `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
}
