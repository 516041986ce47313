import {
  DEFAULT_WORKING_TIME_POLICY as policy,
  canSendAt,
  workingTimePolicy,
  workingWeekKey,
} from '../../../src/domain/calendar';
import { oslo } from './helpers';

const reason = (at: Date, p = policy, person?: Parameters<typeof canSendAt>[2]): string =>
  ((r) => (r.ok ? 'ok' : r.reason))(canSendAt(at, p, person));

describe('canSendAt: send window (default 09:00-15:00, end exclusive)', () => {
  it.each([
    ['2026-06-10T08:59', 'outside_window'],
    ['2026-06-10T09:00', 'ok'],
    ['2026-06-10T14:59', 'ok'],
    ['2026-06-10T14:59:59.999', 'ok'],
    ['2026-06-10T15:00', 'outside_window'],
    ['2026-06-10T22:00', 'night'],
    ['2026-06-10T03:00', 'night'],
  ])('%s → %s', (local, expected) => {
    expect(reason(oslo(local))).toBe(expected);
  });

  it('respects a configured window', () => {
    const p = workingTimePolicy({ sendWindow: { start: '10:30', end: '11:00' } });
    expect(reason(oslo('2026-06-10T10:29'), p)).toBe('outside_window');
    expect(reason(oslo('2026-06-10T10:30'), p)).toBe('ok');
    expect(reason(oslo('2026-06-10T11:00'), p)).toBe('outside_window');
  });

  it('rejects a malformed window at configuration time', () => {
    expect(() => workingTimePolicy({ sendWindow: { start: '9', end: '15:00' } })).toThrow(RangeError);
    expect(() => workingTimePolicy({ sendWindow: { start: '09:60', end: '15:00' } })).toThrow(RangeError);
  });
});

describe('canSendAt: night clamp (aml § 10-11) whatever the configuration', () => {
  const misconfigured = workingTimePolicy({ sendWindow: { start: '05:00', end: '23:00' } });
  it.each([
    ['2026-06-10T05:00', 'night'],
    ['2026-06-10T05:59', 'night'],
    ['2026-06-10T06:00', 'ok'],
    ['2026-06-10T20:59', 'ok'],
    ['2026-06-10T21:00', 'night'],
    ['2026-06-10T22:59', 'night'],
    ['2026-06-10T00:00', 'night'],
  ])('05:00-23:00 window at %s → %s', (local, expected) => {
    expect(reason(oslo(local), misconfigured)).toBe(expected);
  });

  it('a window of 00:00-24:00 is still clamped', () => {
    const p = workingTimePolicy({ sendWindow: { start: '00:00', end: '24:00' }, noSendAfterNoonBeforeRedDay: false });
    expect(reason(oslo('2026-06-10T23:59'), p)).toBe('night');
    expect(reason(oslo('2026-06-10T12:00'), p)).toBe('ok');
  });
});

describe('canSendAt: no sending after 12:00 on the working day before a red day', () => {
  it.each([
    ['2026-04-01T11:59', 'ok'], // Wednesday before Maundy Thursday
    ['2026-04-01T12:00', 'before_holiday_afternoon'],
    ['2026-05-13T11:59', 'ok'], // before Ascension
    ['2026-05-13T12:00', 'before_holiday_afternoon'],
    ['2027-05-14T11:59', 'ok'], // Friday before Monday 17 May 2027
    ['2027-05-14T12:00', 'before_holiday_afternoon'],
    ['2026-05-22T13:00', 'before_holiday_afternoon'], // Friday before whit Monday
    ['2026-05-15T13:00', 'ok'], // 17 May 2026 is a Sunday
    ['2027-04-30T13:00', 'ok'], // 1 May 2027 is a Saturday
  ])('%s → %s', (local, expected) => {
    expect(reason(oslo(local))).toBe(expected);
  });

  it('can be switched off', () => {
    expect(reason(oslo('2026-04-01T12:00'), workingTimePolicy({ noSendAfterNoonBeforeRedDay: false }))).toBe('ok');
  });
});

describe('canSendAt: days off', () => {
  it.each([
    ['2026-06-13T10:00', 'weekend'],
    ['2026-04-06T10:00', 'holiday'],
    ['2027-05-17T10:00', 'holiday'],
    ['2026-05-08T10:00', 'ok'], // 8 May is a flag day only
    ['2026-12-23T10:00', 'ok'],
    ['2026-12-24T10:00', 'closed_day'],
    ['2026-12-31T10:00', 'closed_day'],
    ['2027-12-24T10:00', 'closed_day'],
    ['2027-12-31T10:00', 'closed_day'],
    ['2026-07-03T10:00', 'ok'],
    ['2026-07-06T10:00', 'fellesferie'],
    ['2026-07-24T10:00', 'fellesferie'],
    ['2026-07-27T10:00', 'ok'],
    ['2027-07-09T10:00', 'ok'],
    ['2027-07-12T10:00', 'fellesferie'],
    ['2027-07-30T10:00', 'fellesferie'],
    ['2027-08-02T10:00', 'ok'],
  ])('%s → %s', (local, expected) => {
    expect(reason(oslo(local))).toBe(expected);
  });

  it('an enabled soft closure blocks with soft_closure', () => {
    const p = workingTimePolicy({ softClosures: { bridgeDays: true } });
    expect(reason(oslo('2026-05-15T10:00'), p)).toBe('soft_closure');
    expect(reason(oslo('2026-05-15T10:00'))).toBe('ok');
  });
});

describe('canSendAt: daylight saving time (checked with UTC instants)', () => {
  it.each([
    // Monday 30 Mar 2026, after the switch to CEST (UTC+2)
    ['2026-03-30T06:59:00Z', 'outside_window'],
    ['2026-03-30T07:00:00Z', 'ok'],
    ['2026-03-30T12:59:00Z', 'ok'],
    ['2026-03-30T13:00:00Z', 'outside_window'],
    // Monday 26 Oct 2026, back on CET (UTC+1)
    ['2026-10-26T07:59:00Z', 'outside_window'],
    ['2026-10-26T08:00:00Z', 'ok'],
    ['2026-10-26T13:59:00Z', 'ok'],
    ['2026-10-26T14:00:00Z', 'outside_window'],
    // 2027: the switch is on Easter Sunday, so the Monday is a red day; Tuesday is the first working day
    ['2027-03-28T08:00:00Z', 'holiday'],
    ['2027-03-29T07:00:00Z', 'holiday'],
    ['2027-03-30T06:59:00Z', 'outside_window'],
    ['2027-03-30T07:00:00Z', 'ok'],
    ['2027-03-30T13:00:00Z', 'outside_window'],
    // Monday 1 Nov 2027, CET
    ['2027-11-01T07:59:00Z', 'outside_window'],
    ['2027-11-01T08:00:00Z', 'ok'],
    ['2027-11-01T14:00:00Z', 'outside_window'],
  ])('%s → %s', (utc, expected) => {
    expect(reason(new Date(utc))).toBe(expected);
  });

  it('the switch days themselves are Sundays', () => {
    expect(reason(new Date('2026-03-29T10:00:00Z'))).toBe('weekend');
    expect(reason(new Date('2026-10-25T10:00:00Z'))).toBe('weekend');
    expect(reason(new Date('2027-10-31T10:00:00Z'))).toBe('weekend');
  });
});

describe('canSendAt: the person', () => {
  it('snoozedUntil blocks until that instant', () => {
    const person = { snoozedUntil: oslo('2026-06-10T11:00') };
    expect(reason(oslo('2026-06-10T10:59'), policy, person)).toBe('snoozed');
    expect(reason(oslo('2026-06-10T11:00'), policy, person)).toBe('ok');
    expect(reason(oslo('2026-06-11T10:00'), policy, person)).toBe('ok');
  });

  it('leave is half-open [from, to)', () => {
    const person = { leave: [{ from: oslo('2026-06-08T00:00'), to: oslo('2026-06-15T09:30') }] };
    expect(reason(oslo('2026-06-05T10:00'), policy, person)).toBe('ok');
    expect(reason(oslo('2026-06-10T10:00'), policy, person)).toBe('leave');
    expect(reason(oslo('2026-06-15T09:29'), policy, person)).toBe('leave');
    expect(reason(oslo('2026-06-15T09:30'), policy, person)).toBe('ok');
  });

  it('day-level reasons come before person reasons', () => {
    const person = { leave: [{ from: oslo('2026-06-01T00:00'), to: oslo('2026-06-30T00:00') }] };
    expect(reason(oslo('2026-06-13T10:00'), policy, person)).toBe('weekend');
  });
});

describe('canSendAt: bad input', () => {
  it('throws on an invalid instant or zone', () => {
    expect(() => canSendAt(new Date(NaN), policy)).toThrow(RangeError);
    expect(() => canSendAt(new Date(), workingTimePolicy({ timeZone: 'Nowhere/Land' }))).toThrow(RangeError);
  });
});

describe('workingWeekKey (ISO week in the local zone)', () => {
  it.each([
    ['2025-12-29T10:00:00Z', '2026-W01'],
    ['2026-12-31T12:00:00Z', '2026-W53'], // 2026 has 53 ISO weeks
    ['2027-01-01T12:00:00Z', '2026-W53'],
    ['2027-01-03T22:59:00Z', '2026-W53'], // 23:59 Sunday in Oslo
    ['2027-01-03T23:30:00Z', '2027-W01'], // Sunday in UTC, already Monday 00:30 in Oslo
    ['2026-06-10T10:00:00Z', '2026-W24'],
  ])('%s → %s', (utc, key) => {
    expect(workingWeekKey(new Date(utc), policy)).toBe(key);
  });
});
