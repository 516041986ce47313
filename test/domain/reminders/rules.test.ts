// The laggard rules with an injected clock, against a 2026/2027 cycle.
import { DEFAULT_WORKING_TIME_POLICY } from '../../../src/domain/calendar/workingTime';
import { programmeCycleSchema, reportDueAfter, activeCycle, programmeCyclesSchema } from '../../../src/domain/programme/cycle';
import {
  evaluateLeader,
  ideasRule,
  registrationRule,
  reportRule,
  stalledRule,
  type InitiativeFacts,
  type LeaderFacts,
  type RuleContext,
} from '../../../src/domain/reminders/rules';

const policy = DEFAULT_WORKING_TIME_POLICY;
const cycle = programmeCycleSchema.parse({
  id: '2026-2027',
  name: 'Innovasjonsprogrammet 2026/2027',
  start: '2026-08-17',
  registrationDeadline: '2026-10-30',
  reportCadence: { everyWeeks: 4 },
  end: '2027-06-18',
});
/** 10:00 Oslo time on a date (CET in winter, CEST in summer: luxon-free, via the offset). */
const at = (date: string, time = '10:00', offset = date >= '2026-03-29' && date < '2026-10-25' ? '+02:00' : date >= '2027-03-28' && date < '2027-10-31' ? '+02:00' : '+01:00') =>
  new Date(`${date}T${time}:00${offset}`);
const ctx = (date: string, extra: Partial<RuleContext> = {}): RuleContext => ({ now: at(date), policy, cycle, ...extra });

function initiative(over: Partial<InitiativeFacts> = {}): InitiativeFacts {
  return {
    id: 'ini-1',
    title: 'Matsvinn',
    status: 'active',
    progress: 'on_track',
    createdAt: '2026-09-01T10:00:00Z',
    lastChangeAt: '2026-09-01T10:00:00Z',
    plannedInUseDate: '2027-06-01',
    ...over,
  };
}

function leader(over: Partial<LeaderFacts> = {}): LeaderFacts {
  return {
    id: 'kari@kommune.no',
    name: 'Kari',
    unit: 'Bekkestua barnehage',
    sector: 'Oppvekst barnehage',
    sectorHeadEmail: 'sjef@kommune.no',
    aadObjectId: 'aad-kari',
    reachable: true,
    availability: {},
    initiatives: [],
    unansweredIdeas: [],
    ...over,
  };
}

describe('registration rule', () => {
  it('is silent before the reminder period (5 working days before the deadline)', () => {
    expect(registrationRule(leader(), ctx('2026-10-22'))).toEqual([]);
  });

  it('reminds from 5 working days before the deadline, counting working days left', () => {
    expect(registrationRule(leader(), ctx('2026-10-23'))).toEqual([{ rule: 'registration_due', deadline: '2026-10-30', workingDaysLeft: 5, missed: 0 }]);
    expect(registrationRule(leader(), ctx('2026-10-30'))[0]).toMatchObject({ rule: 'registration_due', workingDaysLeft: 0 });
  });

  it('after the deadline: overdue, one missed deadline per report period that passes', () => {
    expect(registrationRule(leader(), ctx('2026-11-02'))).toEqual([{ rule: 'registration_overdue', deadline: '2026-10-30', workingDaysLate: 1, missed: 1 }]);
    expect(registrationRule(leader(), ctx('2026-11-26'))[0]).toMatchObject({ missed: 1 });
    expect(registrationRule(leader(), ctx('2026-11-27'))[0]).toMatchObject({ missed: 2 });
  });

  it('is satisfied by a running initiative or one created in the cycle, not by an old closed one', () => {
    expect(registrationRule(leader({ initiatives: [initiative()] }), ctx('2026-11-02'))).toEqual([]);
    const oldClosed = initiative({ status: 'stopped', createdAt: '2025-09-01T10:00:00Z' });
    expect(registrationRule(leader({ initiatives: [oldClosed] }), ctx('2026-11-02'))).toHaveLength(1);
  });

  it('does nothing without a running cycle', () => {
    expect(registrationRule(leader(), ctx('2026-11-02', { cycle: undefined }))).toEqual([]);
  });

  it('is satisfied by co-owning a running initiative (as the overview counts it)', () => {
    expect(registrationRule(leader({ coOwned: [initiative()] }), ctx('2026-11-02'))).toEqual([]);
    const oldClosed = initiative({ status: 'stopped', createdAt: '2025-09-01T10:00:00Z' });
    expect(registrationRule(leader({ coOwned: [oldClosed] }), ctx('2026-11-02'))).toHaveLength(1);
  });
});

describe('report rule', () => {
  const created = initiative({ createdAt: '2026-09-01T08:00:00Z' }); // first report due 2026-09-29

  it('is late from the first working day after the due date', () => {
    expect(reportRule(leader({ initiatives: [created] }), ctx('2026-09-29'))).toEqual([]);
    expect(reportRule(leader({ initiatives: [created] }), ctx('2026-09-30'))).toEqual([
      { rule: 'report_overdue', initiativeId: 'ini-1', title: 'Matsvinn', due: 'firstReport', dueDate: '2026-09-29', workingDaysLate: 1, missed: 1 },
    ]);
  });

  it('nags the owner, not a co-owner, for a co-owned initiative', () => {
    expect(reportRule(leader({ coOwned: [created] }), ctx('2026-09-30'))).toEqual([]);
    expect(evaluateLeader(leader({ coOwned: [created] }), ctx('2026-10-27')).findings).toEqual([]);
  });

  it('honours the grace period in working days', () => {
    const graceCycle = { ...cycle, rules: { ...cycle.rules, reportGraceWorkingDays: 2 } };
    expect(reportRule(leader({ initiatives: [created] }), ctx('2026-10-01', { cycle: graceCycle }))).toEqual([]);
    expect(reportRule(leader({ initiatives: [created] }), ctx('2026-10-02', { cycle: graceCycle }))).toHaveLength(1);
  });

  it('counts lateness in working days across Easter 2027 (skjærtorsdag to 2. påskedag)', () => {
    const i = initiative({ createdAt: '2027-02-24T10:00:00Z', plannedInUseDate: '2027-12-01' }); // due 2027-03-24
    expect(reportRule(leader({ initiatives: [i] }), ctx('2027-03-29'))).toEqual([]); // Thu–Mon are red days or weekend
    expect(reportRule(leader({ initiatives: [i] }), ctx('2027-03-30'))[0]).toMatchObject({ dueDate: '2027-03-24', workingDaysLate: 1 });
  });

  it('counts from the last report, asks for the closing report after the planned in-use date', () => {
    const reported = initiative({ lastReportAt: '2026-10-20T10:00:00Z' });
    expect(reportRule(leader({ initiatives: [reported] }), ctx('2026-11-17'))).toEqual([]);
    expect(reportRule(leader({ initiatives: [reported] }), ctx('2026-11-18'))[0]).toMatchObject({ due: 'report', dueDate: '2026-11-17' });
    const done = initiative({ lastReportAt: '2027-05-20T10:00:00Z', plannedInUseDate: '2027-05-31' });
    expect(reportRule(leader({ initiatives: [done] }), ctx('2027-06-02'))[0]).toMatchObject({ due: 'closingReport', dueDate: '2027-05-31' });
  });

  it('ignores paused and closed initiatives; counts one missed deadline per passed period', () => {
    expect(reportRule(leader({ initiatives: [initiative({ status: 'paused' })] }), ctx('2026-12-30'))).toEqual([]);
    expect(reportRule(leader({ initiatives: [created] }), ctx('2026-10-27'))[0]).toMatchObject({ missed: 2 });
  });

  it('supports a per-tertial cadence', () => {
    expect(reportDueAfter('2026-09-15', { tertial: true })).toBe('2026-12-31');
    expect(reportDueAfter('2026-12-31', { tertial: true })).toBe('2027-04-30');
    const tertial = { ...cycle, reportCadence: { tertial: true as const } };
    const i = initiative({ createdAt: '2026-09-15T10:00:00Z' });
    expect(reportRule(leader({ initiatives: [i] }), ctx('2026-12-30', { cycle: tertial }))).toEqual([]);
    expect(reportRule(leader({ initiatives: [i] }), ctx('2027-01-04', { cycle: tertial }))[0]).toMatchObject({ dueDate: '2026-12-31' });
  });
});

describe('stalled rule', () => {
  const blocked = initiative({ progress: 'blocked', lastChangeAt: '2026-11-02T10:00:00Z', lastReportAt: '2026-11-02T10:00:00Z' });

  it('fires after 10 working days blocked or at risk with no change', () => {
    expect(stalledRule(leader({ initiatives: [blocked] }), ctx('2026-11-13'))).toEqual([]);
    expect(stalledRule(leader({ initiatives: [blocked] }), ctx('2026-11-16'))).toEqual([
      { rule: 'stalled', initiativeId: 'ini-1', title: 'Matsvinn', progress: 'blocked', since: '2026-11-02', workingDays: 10, missed: 0 },
    ]);
    expect(stalledRule(leader({ initiatives: [{ ...blocked, progress: 'at_risk' }] }), ctx('2026-11-16'))).toHaveLength(1);
  });

  it('ignores on-track and paused initiatives', () => {
    expect(stalledRule(leader({ initiatives: [{ ...blocked, progress: 'on_track' }] }), ctx('2026-12-16'))).toEqual([]);
    expect(stalledRule(leader({ initiatives: [{ ...blocked, status: 'paused' }] }), ctx('2026-12-16'))).toEqual([]);
  });
});

describe('ideas rule', () => {
  it('counts the ideas in the unit unanswered for 5 working days', () => {
    const ideas = [
      { id: 'i1', createdAt: '2026-11-02T10:00:00Z' },
      { id: 'i2', createdAt: '2026-11-06T10:00:00Z' },
    ];
    expect(ideasRule(leader({ unansweredIdeas: ideas }), ctx('2026-11-06'))).toEqual([]);
    expect(ideasRule(leader({ unansweredIdeas: ideas }), ctx('2026-11-09'))).toEqual([{ rule: 'ideas_unanswered', count: 1, oldest: '2026-11-02', workingDays: 5, missed: 0 }]);
    expect(ideasRule(leader({ unansweredIdeas: ideas }), ctx('2026-11-13'))[0]).toMatchObject({ count: 2 });
  });
});

describe('evaluateLeader', () => {
  it('combines every rule into one evaluation and escalates after two missed deadlines', () => {
    const two = initiative({ id: 'a', createdAt: '2026-09-01T08:00:00Z' });
    const three = initiative({ id: 'b', progress: 'blocked', createdAt: '2026-10-01T08:00:00Z', lastChangeAt: '2026-10-01T08:00:00Z' });
    const e = evaluateLeader(leader({ initiatives: [two, three], unansweredIdeas: [{ id: 'x', createdAt: '2026-10-01T08:00:00Z' }] }), ctx('2026-10-30'));
    expect(e.findings.map((f) => f.rule).sort()).toEqual(['ideas_unanswered', 'report_overdue', 'report_overdue', 'stalled']);
    expect(e.missedDeadlines).toBe(3);
    expect(e.escalate).toBe(true);
    expect(evaluateLeader(leader({ initiatives: [two] }), ctx('2026-09-30')).escalate).toBe(false);
  });

  it('escalates at exactly two missed deadlines, not at one', () => {
    // The registration deadline (30 October) is one missed deadline; a report period (4 weeks) later it is two.
    const one = evaluateLeader(leader(), ctx('2026-11-26'));
    expect(one.missedDeadlines).toBe(1);
    expect(one.escalate).toBe(false);
    const two = evaluateLeader(leader(), ctx('2026-11-27'));
    expect(two.missedDeadlines).toBe(2);
    expect(two.escalate).toBe(true);
  });

  it('finds nothing for a leader who is up to date', () => {
    const fine = initiative({ createdAt: '2026-09-01T08:00:00Z', lastReportAt: '2026-10-20T08:00:00Z' });
    expect(evaluateLeader(leader({ initiatives: [fine] }), ctx('2026-11-02')).findings).toEqual([]);
  });
});

describe('programme cycles', () => {
  it('validates dates and order, and picks the running cycle', () => {
    expect(() => programmeCycleSchema.parse({ ...cycle, registrationDeadline: '2026-08-01' })).toThrow(/before start/);
    const next = { ...cycle, id: '2027-2028', start: '2027-08-16', registrationDeadline: '2027-10-29', end: '2028-06-16' };
    const cycles = programmeCyclesSchema.parse([cycle, next]);
    expect(activeCycle(cycles, '2026-12-01')?.id).toBe('2026-2027');
    expect(activeCycle(cycles, '2027-07-01')).toBeUndefined();
    expect(activeCycle(cycles, '2027-09-01')?.id).toBe('2027-2028');
    expect(() => programmeCyclesSchema.parse([cycle, { ...next, start: '2027-06-01' }])).toThrow(/overlap/);
  });
});
