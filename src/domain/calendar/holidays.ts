// Norwegian public holidays (red days, helligdager og høytidsdager).
// Codes only: labels live in the UI language files. Ordinary Sundays are not listed here.
// 8 May (frigjøringsdagen) is a flag day, not a day off, so it is deliberately absent.
import { easterSunday } from './easter';
import { IsoDate, addDays, isoDate, parts } from './localDate';

export type HolidayCode =
  | 'new_years_day'
  | 'maundy_thursday'
  | 'good_friday'
  | 'easter_sunday'
  | 'easter_monday'
  | 'labour_day'
  | 'constitution_day'
  | 'ascension_day'
  | 'whit_sunday'
  | 'whit_monday'
  | 'christmas_day'
  | 'boxing_day';

export interface Holiday {
  readonly code: HolidayCode;
  readonly date: IsoDate;
}

// Pure and deterministic, so caching per year is safe; the send-time search asks often.
const byYear = new Map<number, readonly Holiday[]>();
const byDate = new Map<number, ReadonlyMap<IsoDate, readonly Holiday[]>>();
const NONE: readonly Holiday[] = Object.freeze([]);

/** All red days of a year, sorted by date (ties keep the order below). */
export function norwegianHolidays(year: number): readonly Holiday[] {
  const cached = byYear.get(year);
  if (cached) return cached;
  const e = easterSunday(year);
  const list: Holiday[] = [
    { code: 'new_years_day', date: isoDate(year, 1, 1) },
    { code: 'maundy_thursday', date: addDays(e, -3) },
    { code: 'good_friday', date: addDays(e, -2) },
    { code: 'easter_sunday', date: e },
    { code: 'easter_monday', date: addDays(e, 1) },
    { code: 'labour_day', date: isoDate(year, 5, 1) },
    { code: 'constitution_day', date: isoDate(year, 5, 17) },
    { code: 'ascension_day', date: addDays(e, 39) },
    { code: 'whit_sunday', date: addDays(e, 49) },
    { code: 'whit_monday', date: addDays(e, 50) },
    { code: 'christmas_day', date: isoDate(year, 12, 25) },
    { code: 'boxing_day', date: isoDate(year, 12, 26) },
  ];
  // Stable sort: fixed and Easter-based days interleave (Ascension can precede 17 May).
  const sorted = Object.freeze(list.map((h) => Object.freeze(h)).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)));
  byYear.set(year, sorted);
  return sorted;
}

/** The holiday(s) on a date; can be two (17 May 2027 is also whit Monday), usually none. */
export function holidaysOn(date: IsoDate): readonly Holiday[] {
  const year = parts(date).year;
  let index = byDate.get(year);
  if (!index) {
    const m = new Map<IsoDate, readonly Holiday[]>();
    for (const h of norwegianHolidays(year)) m.set(h.date, Object.freeze([...(m.get(h.date) ?? []), h]));
    index = m;
    byDate.set(year, index);
  }
  return index.get(date) ?? NONE;
}

/** True if the date is a red day (one day off however many holidays coincide). */
export function isHoliday(date: IsoDate): boolean {
  return holidaysOn(date).length > 0;
}
