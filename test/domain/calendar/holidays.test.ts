import { holidaysOn, isHoliday, norwegianHolidays, HolidayCode } from '../../../src/domain/calendar';

const asMap = (year: number): Record<string, string> =>
  Object.fromEntries(norwegianHolidays(year).map((h) => [h.code, h.date]));

describe('norwegianHolidays', () => {
  it('2026 matches the domain test vectors', () => {
    expect(asMap(2026)).toEqual({
      new_years_day: '2026-01-01',
      maundy_thursday: '2026-04-02',
      good_friday: '2026-04-03',
      easter_sunday: '2026-04-05',
      easter_monday: '2026-04-06',
      labour_day: '2026-05-01',
      constitution_day: '2026-05-17',
      ascension_day: '2026-05-14',
      whit_sunday: '2026-05-24',
      whit_monday: '2026-05-25',
      christmas_day: '2026-12-25',
      boxing_day: '2026-12-26',
    });
  });

  it('2027 matches the domain test vectors', () => {
    expect(asMap(2027)).toEqual({
      new_years_day: '2027-01-01',
      maundy_thursday: '2027-03-25',
      good_friday: '2027-03-26',
      easter_sunday: '2027-03-28',
      easter_monday: '2027-03-29',
      labour_day: '2027-05-01',
      constitution_day: '2027-05-17',
      ascension_day: '2027-05-06',
      whit_sunday: '2027-05-16',
      whit_monday: '2027-05-17',
      christmas_day: '2027-12-25',
      boxing_day: '2027-12-26',
    });
  });

  it('has twelve holidays a year, sorted by date', () => {
    for (const year of [2026, 2027, 2038]) {
      const dates = norwegianHolidays(year).map((h) => h.date);
      expect(dates).toHaveLength(12);
      expect([...dates].sort()).toEqual(dates);
    }
  });

  it('returns frozen data that callers cannot corrupt', () => {
    expect(Object.isFrozen(norwegianHolidays(2026))).toBe(true);
  });
});

describe('holidaysOn', () => {
  it('2027-05-17 is both constitution day and whit Monday', () => {
    const codes: HolidayCode[] = holidaysOn('2027-05-17').map((h) => h.code);
    expect(codes).toEqual(['constitution_day', 'whit_monday']);
    expect(isHoliday('2027-05-17')).toBe(true);
  });

  it('a holiday on a Saturday is still a holiday (1 May 2027)', () => {
    expect(new Date('2027-05-01T00:00:00Z').getUTCDay()).toBe(6);
    expect(holidaysOn('2027-05-01').map((h) => h.code)).toEqual(['labour_day']);
  });

  it('8 May is a flag day, not a red day; neither are 24 and 31 Dec', () => {
    expect(holidaysOn('2026-05-08')).toEqual([]);
    expect(isHoliday('2027-05-08')).toBe(false);
    expect(isHoliday('2026-12-24')).toBe(false);
    expect(isHoliday('2026-12-31')).toBe(false);
  });

  it('an ordinary day has no holiday', () => {
    expect(holidaysOn('2026-06-10')).toEqual([]);
  });

  it('rejects malformed dates', () => {
    expect(() => holidaysOn('2026-02-30')).toThrow(RangeError);
    expect(() => holidaysOn('17.05.2026')).toThrow(RangeError);
  });
});
