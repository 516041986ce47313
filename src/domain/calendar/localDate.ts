// Calendar dates without a time of day or zone, as ISO strings 'yyyy-mm-dd'.
// Strings because they sort, compare, serialise and key maps without surprises.
// Day arithmetic uses plain UTC milliseconds (no zone can shift a date, and it is fast:
// the send-time search evaluates thousands of days); luxon is used only for zones.
import { DateTime } from 'luxon';

/** A calendar date 'yyyy-mm-dd' (no time, no zone). */
export type IsoDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday (luxon's numbering). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function utcMidnight(year: number, month: number, day: number): number {
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // Date.UTC would read year 26 as 1926
  return d.getTime();
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function toMs(date: IsoDate): number {
  const m = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (m) {
    const [year, month, day] = [+m[1]!, +m[2]!, +m[3]!];
    const monthLength = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
    if (monthLength !== undefined && day >= 1 && day <= monthLength) return utcMidnight(year, month, day);
  }
  throw new RangeError(`Not a valid ISO date (yyyy-mm-dd): ${JSON.stringify(date)}`);
}

function fromMs(ms: number): IsoDate {
  const d = new Date(ms);
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** Builds an IsoDate and validates it (throws RangeError on e.g. 2026-02-30). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  toMs(date);
  return date;
}

/** Throws RangeError unless `date` is a real 'yyyy-mm-dd' date. */
export function assertIsoDate(date: IsoDate): void {
  toMs(date);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromMs(toMs(date) + days * DAY_MS);
}

export function weekdayOf(date: IsoDate): Weekday {
  return (((new Date(toMs(date)).getUTCDay() + 6) % 7) + 1) as Weekday;
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  toMs(date);
  return { year: +date.slice(0, 4), month: +date.slice(5, 7), day: +date.slice(8, 10) };
}

/** ISO-8601 week of a date, e.g. 2027-01-01 is in week 53 of week-year 2026. */
export function isoWeekOf(date: IsoDate): { weekYear: number; week: number } {
  // The ISO week belongs to the year of its Thursday.
  const thursday = toMs(date) + (4 - weekdayOf(date)) * DAY_MS;
  const weekYear = new Date(thursday).getUTCFullYear();
  return { weekYear, week: 1 + Math.floor((thursday - utcMidnight(weekYear, 1, 1)) / (7 * DAY_MS)) };
}

/** The calendar date an instant falls on in `timeZone` (IANA name). */
export function localDateOf(instant: Date, timeZone: string): IsoDate {
  return dateOfLocal(inZone(instant, timeZone));
}

/** The calendar date of a zoned luxon DateTime, in that zone. */
export function dateOfLocal(local: DateTime): IsoDate {
  const date = local.toISODate();
  if (date === null) throw new RangeError('Invalid DateTime');
  return date;
}

/** An instant viewed in an IANA zone; throws on an invalid instant or zone rather than computing garbage. */
export function inZone(instant: Date, timeZone: string): DateTime {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError('Invalid instant');
  const dt = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!dt.isValid) throw new RangeError(`Invalid time zone: ${JSON.stringify(timeZone)}`);
  return dt;
}
