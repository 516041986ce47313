import { DateTime } from 'luxon';
import { addDays, isoDate, isoWeekOf, localDateOf, weekdayOf } from '../../../src/domain/calendar';

describe('local dates', () => {
  it('validates dates', () => {
    expect(isoDate(2028, 2, 29)).toBe('2028-02-29');
    expect(() => isoDate(2027, 2, 29)).toThrow(RangeError);
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29'); // DST weekend is irrelevant to dates
  });

  it('weekday and ISO week agree with luxon for every day of 2024-2028', () => {
    for (let d = '2024-01-01'; d <= '2028-12-31'; d = addDays(d, 1)) {
      const ref = DateTime.fromISO(d, { zone: 'utc' });
      expect(weekdayOf(d)).toBe(ref.weekday);
      expect(isoWeekOf(d)).toEqual({ weekYear: ref.weekYear, week: ref.weekNumber });
    }
  });

  it('localDateOf uses the zone, not UTC', () => {
    expect(localDateOf(new Date('2026-12-31T23:30:00Z'), 'Europe/Oslo')).toBe('2027-01-01');
    expect(() => localDateOf(new Date('2026-12-31T23:30:00Z'), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDateOf(new Date(NaN), 'Europe/Oslo')).toThrow(RangeError);
  });
});
