import { easterSunday } from '../../../src/domain/calendar';

describe('easterSunday (Gregorian computus)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2076, '2076-04-19'],
    [2285, '2285-03-22'], // earliest possible date
  ])('Easter %i is %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('is always a Sunday between 22 March and 25 April', () => {
    for (let y = 1900; y <= 2100; y++) {
      const e = easterSunday(y);
      expect(new Date(`${e}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(e.slice(5) >= '03-22' && e.slice(5) <= '04-25').toBe(true);
    }
  });

  it('rejects years outside the Gregorian range', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});
