import type { Initiative, InitiativeProposal, ProgressReport } from '../../../src/domain/initiative/initiative';
import {
  applyReport,
  canEditInitiative,
  initiativeIdFor,
  isClosed,
  newInitiative,
  nextDue,
  phaseIndex,
  reportIdFor,
} from '../../../src/domain/initiative/rules';

const proposal: InitiativeProposal = {
  title: 'Digitalt tilsyn',
  problem: 'p',
  goal: 'g',
  beneficiaries: ['users'],
  innovationTypes: ['service'],
  employeeInvolvement: ['testing'],
  employeesInvolved: 3,
  benefits: [{ type: 'efficiency', description: 'Spart tid' }],
  phase: 'insight',
  startDate: '2026-01-15',
  plannedInUseDate: '2026-06-01',
};
const CREATED = new Date('2026-01-20T10:00:00Z');
const initiative = (over: Partial<Initiative> = {}): Initiative => ({
  ...newInitiative({ id: 'ini-1', proposal, owner: { id: 'u1', name: 'Kari', unit: 'Solsiden', sector: 'Helse' }, now: CREATED }),
  ...over,
});

describe('newInitiative', () => {
  it('builds an active initiative owned by the leader', () => {
    expect(initiative()).toEqual({
      ...proposal,
      id: 'ini-1',
      ownerId: 'u1',
      ownerName: 'Kari',
      coOwnerIds: [],
      unit: 'Solsiden',
      sector: 'Helse',
      status: 'active',
      createdAt: '2026-01-20T10:00:00.000Z',
      updatedAt: '2026-01-20T10:00:00.000Z',
      lastChangeAt: '2026-01-20T10:00:00.000Z',
      measurements: [],
      linkedIdeaIds: [],
    });
  });
});

describe('canEditInitiative', () => {
  const i = initiative({ coOwnerIds: ['u2'] });
  it('allows owner, co-owners and admins only', () => {
    expect(canEditInitiative(i, 'u1', false)).toBe(true);
    expect(canEditInitiative(i, 'u2', false)).toBe(true);
    expect(canEditInitiative(i, 'u3', false)).toBe(false);
    expect(canEditInitiative(i, 'u3', true)).toBe(true);
    expect(canEditInitiative(i, '', false)).toBe(false);
  });
});

describe('isClosed and phaseIndex', () => {
  it('closed means done or stopped, not paused', () => {
    expect(isClosed('done_in_use')).toBe(true);
    expect(isClosed('done_no_effect')).toBe(true);
    expect(isClosed('stopped')).toBe(true);
    expect(isClosed('active')).toBe(false);
    expect(isClosed('paused')).toBe(false);
  });
  it('numbers phases 1..6', () => {
    expect(phaseIndex('anchor')).toBe(1);
    expect(phaseIndex('pilot')).toBe(4);
    expect(phaseIndex('new_practice')).toBe(6);
  });
});

describe('nextDue', () => {
  it('none when closed, stopped or paused', () => {
    for (const status of ['done_in_use', 'done_no_effect', 'stopped', 'paused'] as const) {
      expect(nextDue(initiative({ status }), '2026-02-01')).toEqual({ kind: 'none' });
    }
  });
  it('first report 28 days after the creation date', () => {
    expect(nextDue(initiative(), '2026-02-01')).toEqual({ kind: 'firstReport', dueDate: '2026-02-17' });
  });
  it('uses the local (Oslo) date of the creation instant', () => {
    // 23:30 UTC on 31 Jan is 1 Feb in Oslo.
    expect(nextDue(initiative({ createdAt: '2026-01-31T23:30:00.000Z' }), '2026-02-01')).toEqual({ kind: 'firstReport', dueDate: '2026-03-01' });
  });
  it('next report a cadence after the last one', () => {
    expect(nextDue(initiative({ lastReportAt: '2026-02-10T09:00:00.000Z' }), '2026-02-11')).toEqual({ kind: 'report', dueDate: '2026-03-10' });
    expect(nextDue(initiative({ lastReportAt: '2026-02-10T09:00:00.000Z' }), '2026-02-11', { reportCadenceDays: 14 })).toEqual({
      kind: 'report',
      dueDate: '2026-02-24',
    });
  });
  it('may be overdue', () => {
    expect(nextDue(initiative({ lastReportAt: '2026-02-10T09:00:00.000Z' }), '2026-05-01').dueDate).toBe('2026-03-10');
  });
  it('closing report once the planned in-use date has passed', () => {
    expect(nextDue(initiative(), '2026-06-01').kind).toBe('firstReport'); // the day itself has not passed
    expect(nextDue(initiative({ lastReportAt: '2026-05-20T09:00:00.000Z' }), '2026-06-02')).toEqual({ kind: 'closingReport', dueDate: '2026-06-01' });
  });
  it('after a report past the planned date, the next closing prompt follows the cadence', () => {
    expect(nextDue(initiative({ lastReportAt: '2026-06-05T09:00:00.000Z' }), '2026-06-10')).toEqual({ kind: 'closingReport', dueDate: '2026-07-03' });
  });
});

describe('deterministic ids', () => {
  it('same token gives the same initiative id; different tokens differ', () => {
    expect(initiativeIdFor('tok-1')).toBe(initiativeIdFor('tok-1'));
    expect(initiativeIdFor('tok-1')).not.toBe(initiativeIdFor('tok-2'));
    expect(initiativeIdFor('tok-1')).toMatch(/^ini-[0-9a-f]{20}$/);
  });
  it('report ids depend on initiative and token', () => {
    expect(reportIdFor('ini-1', 'tok')).toBe(reportIdFor('ini-1', 'tok'));
    expect(reportIdFor('ini-1', 'tok')).not.toBe(reportIdFor('ini-2', 'tok'));
    expect(reportIdFor('ini-1', 'tok')).not.toBe(reportIdFor('ini-1', 'tok2'));
    expect(reportIdFor('ini-1', 'tok')).toMatch(/^rep-[0-9a-f]{20}$/);
  });
});

describe('applyReport', () => {
  const NOW = new Date('2026-02-15T12:00:00Z');
  const report = (over: Partial<ProgressReport> = {}): ProgressReport => ({
    id: 'rep-1',
    initiativeId: 'ini-1',
    reportedById: 'u1',
    reportedByName: 'Kari',
    reportedAt: '2026-02-15T11:59:00.000Z',
    phaseBefore: 'insight',
    phase: 'insight',
    status: 'active',
    progress: 'on_track',
    doneSinceLast: 'd',
    nextSteps: 'n',
    nextStepsDate: '2026-03-01',
    employeeInvolvement: 'e',
    helpNeeded: [],
    measurements: [],
    spreadActions: [],
    ...over,
  });

  it('updates phase, status, progress, next date and report time', () => {
    const next = applyReport(initiative(), report({ phase: 'pilot', progress: 'at_risk' }), NOW);
    expect(next).toMatchObject({
      phase: 'pilot',
      status: 'active',
      progress: 'at_risk',
      nextStepsDate: '2026-03-01',
      lastReportAt: '2026-02-15T11:59:00.000Z',
      updatedAt: NOW.toISOString(),
      lastChangeAt: NOW.toISOString(),
    });
  });

  it('keeps lastChangeAt when phase, progress and status are unchanged', () => {
    const before = initiative({ progress: 'on_track' });
    const next = applyReport(before, report(), NOW);
    expect(next.lastChangeAt).toBe(before.lastChangeAt);
    expect(next.lastReportAt).toBe('2026-02-15T11:59:00.000Z');
  });

  it('a status or progress change counts as a change', () => {
    expect(applyReport(initiative({ progress: 'on_track' }), report({ status: 'paused' }), NOW).lastChangeAt).toBe(NOW.toISOString());
    expect(applyReport(initiative({ progress: 'on_track' }), report({ progress: 'blocked' }), NOW).lastChangeAt).toBe(NOW.toISOString());
  });

  it('appends measurements once, and stores the closing report', () => {
    const m = { benefitType: 'efficiency' as const, date: '2026-02-14', value: '3 timer' };
    const closing = { inUseDate: '2026-02-10', achievedBenefits: ['efficiency' as const], effectMeasured: 'quant' as const, spreadActions: [], factors: { time: 3 } };
    const first = applyReport(initiative({ measurements: [{ benefitType: 'quality', date: '2026-01-30', value: '4' }] }), report({ measurements: [m], status: 'done_in_use', closing }), NOW);
    expect(first.measurements).toHaveLength(2);
    expect(first.measurements[1]).toEqual(m);
    expect(first.closing).toEqual(closing);
    // A retried write applies the same report again: nothing is duplicated.
    expect(applyReport(first, report({ measurements: [m], status: 'done_in_use', closing }), NOW).measurements).toHaveLength(2);
  });

  it('does not mutate its input', () => {
    const before = initiative();
    const copy = structuredClone(before);
    applyReport(before, report({ phase: 'pilot', measurements: [{ benefitType: 'other', date: '2026-02-01', value: '1' }] }), NOW);
    expect(before).toEqual(copy);
  });
});
