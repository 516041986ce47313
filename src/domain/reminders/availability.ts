// Snooze and leave as stored (ISO strings) and as the calendar wants them (Dates).
import { DateTime } from 'luxon';
import type { PersonAvailability } from '../calendar/workingTime';
import { addDays, assertIsoDate, type IsoDate } from '../calendar/localDate';

/** Half-open [from, to) in UTC ISO strings. */
export interface LeavePeriodRecord {
  from: string;
  to: string;
}

export function availabilityOf(entry: { snoozedUntil?: string; leave?: readonly LeavePeriodRecord[] }): PersonAvailability {
  return {
    snoozedUntil: entry.snoozedUntil ? new Date(entry.snoozedUntil) : undefined,
    leave: (entry.leave ?? []).map((l) => ({ from: new Date(l.from), to: new Date(l.to) })),
  };
}

/** "Minn meg på om en uke": one calendar week from now. */
export function snoozeUntil(now: Date, days = 7): Date {
  return new Date(now.getTime() + days * 86_400_000);
}

/**
 * Leave from now up to and including the local date `lastDay` ("permisjon til og med"): the
 * person is back at local midnight after it. Undefined when the date is not after today.
 */
export function leaveUntil(now: Date, lastDay: IsoDate, timeZone: string): LeavePeriodRecord | undefined {
  assertIsoDate(lastDay);
  const back = DateTime.fromISO(addDays(lastDay, 1), { zone: timeZone }).startOf('day');
  if (back.toMillis() <= now.getTime()) return undefined;
  return { from: now.toISOString(), to: back.toUTC().toISO()! };
}

/** Keeps the leave periods that are not over (so the record does not grow forever). */
export function currentLeave(leave: readonly LeavePeriodRecord[] | undefined, now: Date): LeavePeriodRecord[] {
  return (leave ?? []).filter((l) => new Date(l.to).getTime() > now.getTime());
}
