// Combining rules into one nudge per leader per working week, the send window (Norwegian
// working time incl. DST and red days), snooze/leave, and the digests.
import { DEFAULT_WORKING_TIME_POLICY } from '../../../src/domain/calendar/workingTime';
import { availabilityOf, leaveUntil, snoozeUntil, currentLeave } from '../../../src/domain/reminders/availability';
import { outboxKey, planRun, type Recipient } from '../../../src/domain/reminders/plan';
import type { LeaderEvaluation, LeaderFacts, Finding } from '../../../src/domain/reminders/rules';

const policy = DEFAULT_WORKING_TIME_POLICY;
const overdue: Finding = { rule: 'registration_overdue', deadline: '2026-10-30', workingDaysLate: 20, missed: 2 };
const stalled: Finding = { rule: 'stalled', initiativeId: 'i', title: 'T', progress: 'blocked', since: '2026-10-01', workingDays: 30, missed: 0 };

function evaluation(id: string, findings: Finding[], over: Partial<LeaderFacts> = {}, escalate = false): LeaderEvaluation {
  const leader: LeaderFacts = {
    id,
    name: id,
    unit: 'Enhet',
    sector: 'Helse og sosial',
    sectorHeadEmail: 'sjef@k.no',
    aadObjectId: `aad-${id}`,
    reachable: true,
    availability: {},
    initiatives: [],
    unansweredIdeas: [],
    ...over,
  };
  return { leader, findings, missedDeadlines: findings.reduce((n, f) => n + f.missed, 0), escalate };
}

const head: Recipient = { key: 'sjef@k.no', name: 'Sjef', aadObjectId: 'aad-sjef', reachable: true, availability: {} };
const admin: Recipient = { key: 'aad-admin', name: 'Eier', aadObjectId: 'aad-admin', reachable: true, availability: {} };
const plan = (now: Date, evaluations: LeaderEvaluation[]) => planRun({ now, policy, evaluations, sectorHeads: new Map([['sjef@k.no', head]]), admins: [admin] });

describe('planRun', () => {
  const monday = new Date('2026-11-30T09:30:00+01:00');

  it('gives each laggard one nudge whatever the number of rules, keyed by recipient and working week', () => {
    const { messages, stats } = plan(monday, [evaluation('a', [overdue, stalled]), evaluation('b', []), evaluation('c', [stalled])]);
    const nudges = messages.filter((m) => m.kind === 'nudge');
    expect(nudges.map((m) => m.key)).toEqual(['nudge:a:2026-W49', 'nudge:c:2026-W49']);
    expect(nudges[0]!.content).toMatchObject({ kind: 'nudge', findings: [overdue, stalled] });
    expect(nudges.every((m) => m.readiness.state === 'now')).toBe(true);
    expect(stats).toMatchObject({ expected: 3, reachable: 3, laggards: 2 });
  });

  it('uses the same key all week (Friday) and a new one the next week', () => {
    expect(plan(new Date('2026-12-04T10:00:00+01:00'), [evaluation('a', [stalled])]).messages[0]!.key).toBe(outboxKey('nudge', 'a', '2026-W49'));
    expect(plan(new Date('2026-12-07T10:00:00+01:00'), [evaluation('a', [stalled])]).messages[0]!.key).toBe('nudge:a:2026-W50');
  });

  it.each([
    ['before 09:00', '2026-11-30T08:59:00+01:00', 'outside_window', '2026-11-30T08:00:00.000Z'],
    ['at 15:00', '2026-11-30T15:00:00+01:00', 'outside_window', '2026-12-01T08:00:00.000Z'],
    ['at night', '2026-11-30T22:00:00+01:00', 'night', '2026-12-01T08:00:00.000Z'],
    ['on a Saturday', '2026-12-05T10:00:00+01:00', 'weekend', '2026-12-07T08:00:00.000Z'],
    ['on 24 December', '2026-12-24T10:00:00+01:00', 'closed_day', '2026-12-28T08:00:00.000Z'],
    ['on 17 May 2027 (= 2. pinsedag)', '2027-05-17T10:00:00+02:00', 'holiday', '2027-05-18T07:00:00.000Z'],
    ['after 12:00 before Ascension 2027', '2027-05-05T12:30:00+02:00', 'before_holiday_afternoon', '2027-05-07T07:00:00.000Z'],
    ['in fellesferie 2026', '2026-07-08T10:00:00+02:00', 'fellesferie', '2026-07-27T07:00:00.000Z'],
  ])('defers %s to the next allowed instant', (_label, instant, reason, next) => {
    const m = plan(new Date(instant), [evaluation('a', [stalled])]).messages[0]!;
    expect(m.readiness).toEqual({ state: 'later', reason, nextAt: new Date(next) });
  });

  it.each([
    ['first Monday of summer time 2026, 09:30 CEST', '2026-03-30T07:30:00Z', 'now'],
    ['first Monday of summer time 2026, 08:30 CEST', '2026-03-30T06:30:00Z', 'later'],
    ['first Monday of winter time 2026, 09:30 CET', '2026-10-26T08:30:00Z', 'now'],
    ['first Monday of winter time 2026, 08:30 CET', '2026-10-26T07:30:00Z', 'later'],
    ['Tuesday after DST starts on Easter Sunday 2027, 09:00 CEST', '2027-03-30T07:00:00Z', 'now'],
  ])('judges the window in Oslo time across DST: %s', (_label, instant, state) => {
    expect(plan(new Date(instant), [evaluation('a', [stalled])]).messages[0]!.readiness.state).toBe(state);
  });

  it('honours snooze and leave, and cannot reach a leader without a chat', () => {
    const snoozed = evaluation('s', [stalled], { availability: availabilityOf({ snoozedUntil: snoozeUntil(monday).toISOString() }) });
    const onLeave = evaluation('l', [stalled], { availability: availabilityOf({ leave: [leaveUntil(monday, '2026-12-11', 'Europe/Oslo')!] }) });
    const noChat = evaluation('n', [stalled], { reachable: false });
    const [s, l, n] = plan(monday, [snoozed, onLeave, noChat]).messages;
    expect(s!.readiness).toEqual({ state: 'later', reason: 'snoozed', nextAt: new Date('2026-12-07T08:30:00Z') });
    expect(l!.readiness).toEqual({ state: 'later', reason: 'leave', nextAt: new Date('2026-12-14T08:00:00Z') });
    expect(n!.readiness).toEqual({ state: 'unreachable' });
  });

  it('sends the sector head one digest of escalated leaders, and each admin the programme digest', () => {
    const { messages } = plan(monday, [evaluation('a', [overdue], {}, true), evaluation('b', [overdue], {}, true), evaluation('c', [stalled]), evaluation('d', [overdue], { sectorHeadEmail: undefined }, true)]);
    const sector = messages.filter((m) => m.kind === 'sector_digest');
    expect(sector).toHaveLength(1);
    expect(sector[0]!.key).toBe('sector_digest:sjef@k.no:2026-W49');
    expect(sector[0]!.content).toMatchObject({ kind: 'sector_digest', leaders: [{ name: 'a' }, { name: 'b' }] });
    const owner = messages.filter((m) => m.kind === 'owner_digest');
    expect(owner.map((m) => m.key)).toEqual(['owner_digest:aad-admin:2026-W49']);
    expect(owner[0]!.content).toMatchObject({ stats: { expected: 4, laggards: 4, escalated: 3 } });
  });
});

describe('snooze and leave', () => {
  const now = new Date('2026-11-30T10:00:00+01:00');
  it('snoozes for a week and stores leave up to and including the last day (local midnight after it)', () => {
    expect(snoozeUntil(now).toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect(leaveUntil(now, '2026-12-11', 'Europe/Oslo')).toEqual({ from: now.toISOString(), to: '2026-12-11T23:00:00.000Z' });
    expect(leaveUntil(now, '2026-11-29', 'Europe/Oslo')).toBeUndefined();
    expect(currentLeave([{ from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' }], now)).toEqual([]);
  });
});
