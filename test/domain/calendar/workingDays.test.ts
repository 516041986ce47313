import {
  DEFAULT_WORKING_TIME_POLICY as policy,
  addWorkingDays,
  dayOffReason,
  isLastWeekdayBeforeRedDay,
  isWorkingDay,
  workingDaysBetween,
  workingTimePolicy,
} from '../../../src/domain/calendar';

describe('isWorkingDay / dayOffReason (default policy)', () => {
  it('an ordinary weekday is a working day', () => {
    expect(isWorkingDay('2026-06-10', policy)).toBe(true);
    expect(dayOffReason('2026-06-10', policy)).toBeUndefined();
  });

  it('weekends and red days are off', () => {
    expect(dayOffReason('2026-06-13', policy)).toBe('weekend');
    expect(dayOffReason('2026-04-04', policy)).toBe('weekend'); // Easter Saturday is not a red day
    expect(dayOffReason('2026-04-02', policy)).toBe('holiday');
    expect(dayOffReason('2026-05-14', policy)).toBe('holiday');
    expect(dayOffReason('2027-05-17', policy)).toBe('holiday');
    expect(dayOffReason('2027-05-01', policy)).toBe('holiday'); // Saturday and red: holiday wins
  });

  it('8 May is a working day (flag day only)', () => {
    expect(isWorkingDay('2026-05-08', policy)).toBe(true);
  });

  it('24 and 31 December are closed by policy, 23 December is not', () => {
    expect(dayOffReason('2026-12-24', policy)).toBe('closed_day');
    expect(dayOffReason('2026-12-31', policy)).toBe('closed_day');
    expect(dayOffReason('2027-12-24', policy)).toBe('closed_day');
    expect(isWorkingDay('2026-12-23', policy)).toBe(true);
    expect(isWorkingDay('2026-12-24', workingTimePolicy({ closedDays: [] }))).toBe(true);
  });

  it.each([
    ['2026-07-03', true],
    ['2026-07-06', false],
    ['2026-07-24', false],
    ['2026-07-27', true],
    ['2027-07-09', true],
    ['2027-07-12', false],
    ['2027-07-30', false],
    ['2027-08-02', true],
  ])('fellesferie (ISO weeks 28-30): %s working = %s', (date, working) => {
    expect(isWorkingDay(date, policy)).toBe(working);
    if (!working) expect(dayOffReason(date, policy)).toBe('fellesferie');
  });

  it('fellesferie weeks are configurable', () => {
    expect(isWorkingDay('2026-07-06', workingTimePolicy({ fellesferieWeeks: [] }))).toBe(true);
    const later = workingTimePolicy({ fellesferieWeeks: [29, 30, 31] });
    expect(isWorkingDay('2026-07-06', later)).toBe(true);
    expect(dayOffReason('2026-07-31', later)).toBe('fellesferie');
  });

  it('working weekdays are configurable', () => {
    const fourDays = workingTimePolicy({ weekdays: [1, 2, 3, 4] });
    expect(dayOffReason('2026-06-12', fourDays)).toBe('weekend');
  });
});

describe('soft closures (off by default)', () => {
  const cases: [keyof typeof policy.softClosures, string[], string[]][] = [
    ['romjul', ['2026-12-28', '2026-12-30'], ['2027-01-04', '2026-12-23']],
    ['mondayToWednesdayBeforeEaster', ['2026-03-30', '2026-04-01', '2027-03-22', '2027-03-24'], ['2026-03-27', '2026-04-07']],
    ['bridgeDays', ['2026-05-15', '2027-05-07'], ['2026-05-13', '2026-05-22', '2026-04-07']],
    ['julySummerQuiet', ['2026-07-01', '2026-07-31'], ['2026-06-30', '2026-08-03']],
  ];
  it.each(cases)('%s closes %p and leaves %p open', (rule, closed, open) => {
    const enabled = workingTimePolicy({ softClosures: { [rule]: true } });
    for (const d of closed) {
      expect(isWorkingDay(d, policy)).toBe(true);
      expect(dayOffReason(d, enabled)).toBe('soft_closure');
    }
    for (const d of open) expect(isWorkingDay(d, enabled)).toBe(true);
  });

  it('enabling one soft rule keeps the others off', () => {
    expect(workingTimePolicy({ softClosures: { romjul: true } }).softClosures).toEqual({
      romjul: true,
      mondayToWednesdayBeforeEaster: false,
      bridgeDays: false,
      julySummerQuiet: false,
    });
  });
});

describe('isLastWeekdayBeforeRedDay', () => {
  it.each([
    ['2026-04-01', true], // Wednesday before Maundy Thursday
    ['2026-05-13', true], // before Ascension
    ['2026-05-22', true], // Friday before whit Monday
    ['2027-05-14', true], // Friday before Monday 17 May (= whit Monday)
    ['2026-12-23', false], // 24 Dec is closed by policy, not a red day
    ['2026-05-15', false], // 17 May 2026 is a Sunday: frees no working day
    ['2027-04-30', false], // 1 May 2027 is a Saturday
    ['2026-06-10', false],
  ])('%s → %s', (date, expected) => {
    expect(isLastWeekdayBeforeRedDay(date, policy)).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it('skips Easter 2026 (2-6 April)', () => {
    expect(addWorkingDays('2026-04-01', 1, policy)).toBe('2026-04-07');
    expect(addWorkingDays('2026-03-31', 2, policy)).toBe('2026-04-07');
    expect(addWorkingDays('2026-03-27', 5, policy)).toBe('2026-04-08');
    expect(addWorkingDays('2026-04-07', -1, policy)).toBe('2026-04-01');
  });

  it('skips fellesferie', () => {
    expect(addWorkingDays('2026-07-03', 1, policy)).toBe('2026-07-27');
    expect(addWorkingDays('2026-07-01', 5, policy)).toBe('2026-07-29');
    expect(addWorkingDays('2027-07-09', 1, policy)).toBe('2027-08-02');
    expect(addWorkingDays('2027-08-02', -1, policy)).toBe('2027-07-09');
  });

  it('n = 0 returns the date unchanged, even on a day off', () => {
    expect(addWorkingDays('2026-04-04', 0, policy)).toBe('2026-04-04');
  });

  it('starting on a day off counts from the next working day', () => {
    expect(addWorkingDays('2026-04-04', 1, policy)).toBe('2026-04-07');
  });

  it('throws rather than loop forever when nothing is a working day', () => {
    expect(() => addWorkingDays('2026-06-10', 1, workingTimePolicy({ weekdays: [] }))).toThrow(RangeError);
    expect(() => addWorkingDays('2026-06-10', 1.5, policy)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days in (a, b], negative when b is earlier', () => {
    expect(workingDaysBetween('2026-03-31', '2026-04-08', policy)).toBe(3); // 1, 7, 8 April
    expect(workingDaysBetween('2026-04-08', '2026-03-31', policy)).toBe(-3); // 31 Mar, 1, 7 April
    expect(workingDaysBetween('2026-06-10', '2026-06-10', policy)).toBe(0);
    expect(workingDaysBetween('2026-07-03', '2026-07-27', policy)).toBe(1);
  });

  it('is the inverse of addWorkingDays', () => {
    const start = '2026-03-20';
    for (let n = -30; n <= 80; n++) {
      const target = addWorkingDays(start, n, policy);
      expect(workingDaysBetween(start, target, policy)).toBe(n);
    }
  });
});
