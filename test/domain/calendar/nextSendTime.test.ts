import {
  DEFAULT_WORKING_TIME_POLICY as policy,
  canSendAt,
  nextSendTime,
  workingTimePolicy,
} from '../../../src/domain/calendar';
import { oslo, osloText } from './helpers';

const next = (fromLocal: string, p = policy, person?: Parameters<typeof nextSendTime>[2]): string | undefined =>
  osloText(nextSendTime(oslo(fromLocal), p, person));

describe('nextSendTime', () => {
  it('returns `from` itself when sending is already allowed', () => {
    const from = new Date('2026-06-10T08:17:30.123Z'); // 10:17:30 in Oslo
    expect(nextSendTime(from, policy)).toEqual(from);
  });

  it.each([
    ['2026-06-10T07:00', '2026-06-10T09:00'], // before the window
    ['2026-06-10T23:00', '2026-06-11T09:00'], // night
    ['2026-06-12T15:30', '2026-06-15T09:00'], // Friday afternoon → Monday
    ['2026-04-01T13:00', '2026-04-07T09:00'], // Wed before Easter afternoon → Tuesday after 2. påskedag
    ['2027-05-14T12:30', '2027-05-18T09:00'], // Friday before 17 May / whit Monday 2027
    ['2026-07-03T15:00', '2026-07-27T09:00'], // fellesferie 2026
    ['2027-07-09T15:00', '2027-08-02T09:00'], // fellesferie 2027
    ['2026-12-23T15:00', '2026-12-28T09:00'], // Christmas, romjul open by default
  ])('from %s → %s', (from, expected) => {
    expect(next(from)).toBe(expected);
  });

  it('with romjul closed, Christmas runs to the first Monday of January', () => {
    expect(next('2026-12-23T15:00', workingTimePolicy({ softClosures: { romjul: true } }))).toBe('2027-01-04T09:00');
  });

  it('lands on 09:00 local across both DST switches (UTC offsets differ)', () => {
    expect(nextSendTime(oslo('2026-03-27T15:00'), policy)?.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(nextSendTime(oslo('2026-10-23T15:00'), policy)?.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(nextSendTime(oslo('2027-03-26T10:00'), policy)?.toISOString()).toBe('2027-03-30T07:00:00.000Z');
    expect(nextSendTime(oslo('2027-10-29T16:00'), policy)?.toISOString()).toBe('2027-11-01T08:00:00.000Z');
  });

  it('a clamped misconfigured window opens at 06:00', () => {
    const p = workingTimePolicy({ sendWindow: { start: '05:00', end: '23:00' } });
    expect(next('2026-06-10T04:00', p)).toBe('2026-06-10T06:00');
    expect(next('2026-06-10T21:00', p)).toBe('2026-06-11T06:00');
  });

  it('waits for a snooze, to the minute or to the next window', () => {
    expect(next('2026-06-10T10:00', policy, { snoozedUntil: oslo('2026-06-10T13:30') })).toBe('2026-06-10T13:30');
    expect(next('2026-06-10T10:00', policy, { snoozedUntil: oslo('2026-06-12T16:00') })).toBe('2026-06-15T09:00');
  });

  it('waits for the end of (possibly overlapping) leave', () => {
    const leave = [
      { from: oslo('2026-06-08T00:00'), to: oslo('2026-06-12T00:00') },
      { from: oslo('2026-06-11T00:00'), to: oslo('2026-06-17T11:15') },
    ];
    expect(next('2026-06-09T10:00', policy, { leave })).toBe('2026-06-17T11:15');
    // leave ending inside fellesferie → first working day after it
    expect(next('2026-06-30T10:00', policy, { leave: [{ from: oslo('2026-06-29T00:00'), to: oslo('2026-07-10T00:00') }] })).toBe(
      '2026-07-27T09:00',
    );
  });

  it('returns undefined when nothing is allowed within the bound', () => {
    expect(next('2026-06-10T10:00', workingTimePolicy({ weekdays: [] }))).toBeUndefined();
    expect(next('2026-06-10T10:00', workingTimePolicy({ sendWindow: { start: '15:00', end: '09:00' } }))).toBeUndefined();
    const farSnooze = { snoozedUntil: oslo('2028-06-01T10:00') };
    expect(next('2026-06-10T10:00', policy, farSnooze)).toBeUndefined(); // beyond 400 days
    expect(osloText(nextSendTime(oslo('2026-06-10T10:00'), policy, farSnooze, 800))).toBe('2028-06-01T10:00');
  });

  it('finds the earliest allowed instant (checked against a 15-minute scan of 2026-2027)', () => {
    // All default-policy boundaries are on the hour, so a 15-minute grid cannot miss an opening.
    const step = 15 * 60_000;
    const problems: string[] = [];
    for (let from = oslo('2026-01-01T00:00').getTime(); from < oslo('2028-01-01T00:00').getTime(); from += 53 * 3_600_000) {
      const found = nextSendTime(new Date(from), policy);
      if (!found || !canSendAt(found, policy).ok) problems.push(`${new Date(from).toISOString()}: ${found?.toISOString()}`);
      for (let t = from; found && t < found.getTime(); t += step) {
        if (canSendAt(new Date(t), policy).ok) problems.push(`${new Date(from).toISOString()}: missed ${new Date(t).toISOString()}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
