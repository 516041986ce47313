// Day-level rules: is a local date a working day, and deadline arithmetic in working days.
import { easterSunday } from './easter';
import { isHoliday } from './holidays';
import { IsoDate, addDays, assertIsoDate, isoWeekOf, parts, weekdayOf } from './localDate';
import { WorkingTimePolicy } from './policy';

/** Why a whole local day is off, most specific first. */
export type DayOffReason = 'holiday' | 'closed_day' | 'weekend' | 'fellesferie' | 'soft_closure';

// Guards the day-by-day loops against a policy with no working days at all.
const MAX_CONSECUTIVE_DAYS_OFF = 400;

const isPolicyWeekday = (date: IsoDate, policy: WorkingTimePolicy): boolean => policy.weekdays.includes(weekdayOf(date));

/** Undefined on a working day, otherwise the reason the day is off. */
export function dayOffReason(date: IsoDate, policy: WorkingTimePolicy): DayOffReason | undefined {
  if (isHoliday(date)) return 'holiday';
  if (policy.closedDays.includes(date.slice(5))) return 'closed_day';
  if (!isPolicyWeekday(date, policy)) return 'weekend';
  if (policy.fellesferieWeeks.includes(isoWeekOf(date).week)) return 'fellesferie';
  if (isSoftClosure(date, policy)) return 'soft_closure';
  return undefined;
}

export function isWorkingDay(date: IsoDate, policy: WorkingTimePolicy): boolean {
  return dayOffReason(date, policy) === undefined;
}

function isSoftClosure(date: IsoDate, policy: WorkingTimePolicy): boolean {
  const soft = policy.softClosures;
  const { year, month, day } = parts(date);
  if (soft.romjul && month === 12 && day >= 27 && day <= 30) return true;
  if (soft.julySummerQuiet && month === 7) return true;
  if (soft.mondayToWednesdayBeforeEaster) {
    const e = easterSunday(year);
    if (date >= addDays(e, -6) && date <= addDays(e, -4)) return true;
  }
  return soft.bridgeDays && isBridgeDay(date, policy);
}

// A bridge day sits between a red day and a non-working weekday (either order).
// Uses red days and weekdays only, so it cannot recurse into isWorkingDay.
function isBridgeDay(date: IsoDate, policy: WorkingTimePolicy): boolean {
  const prev = addDays(date, -1);
  const next = addDays(date, 1);
  return (
    (isHoliday(prev) && !isPolicyWeekday(next, policy)) || (!isPolicyWeekday(prev, policy) && isHoliday(next))
  );
}

/**
 * True if the next policy weekday after `date` is a red day: Wednesday before Maundy Thursday,
 * Friday before a Monday 17 May. A red day on a weekend does not count (it frees no working day).
 */
export function isLastWeekdayBeforeRedDay(date: IsoDate, policy: WorkingTimePolicy): boolean {
  for (let d = addDays(date, 1), i = 0; i < 7; d = addDays(d, 1), i++) {
    if (isPolicyWeekday(d, policy)) return isHoliday(d);
  }
  return false;
}

/**
 * The n-th working day after `date` (before it if n < 0); `date` itself is not counted and
 * n = 0 returns `date` unchanged. E.g. addWorkingDays('2026-04-01', 1) = '2026-04-07'.
 */
export function addWorkingDays(date: IsoDate, n: number, policy: WorkingTimePolicy): IsoDate {
  assertIsoDate(date);
  if (!Number.isInteger(n)) throw new RangeError(`n must be an integer: ${n}`);
  const step = n < 0 ? -1 : 1;
  let d = date;
  for (let left = Math.abs(n); left > 0; left--) {
    let gap = 0;
    do {
      d = addDays(d, step);
      if (++gap > MAX_CONSECUTIVE_DAYS_OFF) throw new RangeError('Policy leaves no working days');
    } while (!isWorkingDay(d, policy));
  }
  return d;
}

/**
 * Signed count of working days from a to b: those in (a, b] when a ≤ b, minus those in [b, a)
 * when b < a. Chosen so that addWorkingDays(a, workingDaysBetween(a, b)) === b for a working day b.
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, policy: WorkingTimePolicy): number {
  assertIsoDate(a);
  assertIsoDate(b);
  if (a === b) return 0;
  const forward = a < b;
  let count = 0;
  // Forward: a+1 … b. Backward: b … a-1.
  const [from, to] = forward ? [addDays(a, 1), b] : [b, addDays(a, -1)];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d, policy)) count++;
  return forward ? count : -count;
}
