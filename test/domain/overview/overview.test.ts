// The overview's numbers: the seeded small programme (known counts), the edge cases the issue
// names, and what each role may see.
import { workingTimePolicy } from '../../../src/domain/calendar/policy';
import { computeOverview } from '../../../src/domain/overview/computeOverview';
import { median, ideaStats } from '../../../src/domain/overview/ideaStats';
import { overviewFor } from '../../../src/domain/overview/scope';
import type { Initiative } from '../../../src/domain/initiative/initiative';
import { BIG_PROGRAMME, leaderAad, seededProgramme, SMALL_PROGRAMME_COUNTS as N } from '../../../fixtures/overviewProgramme';

const policy = workingTimePolicy();

function setup() {
  const p = seededProgramme();
  return { p, clock: { now: p.now, policy, cycle: p.cycle } };
}

const ids = (people: Array<{ id: string }>) => people.map((x) => x.id).sort();

describe('overview of the seeded small programme', () => {
  const { p, clock } = setup();
  const o = computeOverview(p, clock);

  it('has the headline «N av M ledere har registrert tiltak» with M from the roster', () => {
    expect(o.headline).toEqual({ registered: N.registered, expected: N.expected });
    expect(ids(o.totals.notRegistered.people)).toEqual([...N.notRegistered].sort());
  });

  it('counts initiatives by state', () => {
    expect(o.totals.initiatives).toBe(N.initiatives);
    expect(o.totals.late.count).toBe(N.late);
    expect(o.totals.onTime.count).toBe(N.onTime);
    expect(o.totals.paused).toBe(N.paused);
    expect({ inUse: o.totals.closed.inUse.count, noEffect: o.totals.closed.noEffect.count, stopped: o.totals.closed.stopped.count }).toEqual(N.closed);
    expect(o.totals.reports).toBe(20);
  });

  it('counts per kommunalområde', () => {
    for (const [sector, want] of Object.entries(N.sectors)) {
      const s = o.sectors.find((x) => x.sector === sector)!;
      expect({ expected: s.expected, registered: s.registered.count, initiatives: s.initiatives, late: s.late.count }).toEqual(want);
    }
  });

  it('counts ideas and the median days to a first answer', () => {
    expect(o.totals.ideas).toEqual(N.ideas);
  });

  it('lists the leaders the bot cannot reach', () => {
    expect(ids(o.totals.unreachable.people)).toEqual([...N.unreachable]);
  });

  it('counts phases and benefit types over the cycle’s initiatives', () => {
    expect(Object.values(o.phases).reduce((a, b) => a + b, 0)).toBe(N.initiatives);
    expect(o.phases.anchor).toBe(2); // initiatives 0 and 6
    expect(Object.values(o.benefits.expected).reduce((a, b) => a + b, 0)).toBe(N.initiatives);
    expect(Object.values(o.benefits.achieved).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('gives one row per unit with the laggards to nudge', () => {
    expect(o.units).toHaveLength(8);
    const notRegistered = o.units.filter((u) => u.status === 'not_registered');
    expect(notRegistered.flatMap((u) => u.laggards.map((l) => l.id)).sort()).toEqual([...N.notRegistered].sort());
    const late = o.units.filter((u) => u.status === 'late');
    expect(late.reduce((n, u) => n + u.late, 0)).toBe(N.late);
  });
});

describe('edge cases', () => {
  it('a leader with two initiatives counts once in the headline', () => {
    const { p, clock } = setup();
    const twice = p.initiatives.filter((i) => i.ownerId === leaderAad(0));
    expect(twice.length).toBe(2);
    const o = computeOverview(p, clock);
    expect(o.headline.registered).toBe(N.registered);
    expect(o.totals.registered.people.filter((x) => x.id === p.roster[0]!.id)).toHaveLength(1);
  });

  it('a closed initiative is not late, though it never reported', () => {
    const { p, clock } = setup();
    const stopped = p.initiatives[9]!;
    expect(stopped.status).toBe('stopped');
    expect(stopped.lastReportAt).toBeUndefined();
    const o = computeOverview({ ...p, initiatives: [stopped] }, clock);
    expect(o.totals.late.count).toBe(0);
    // Reopened, the same initiative is late: the count does look at it.
    const reopened = computeOverview({ ...p, initiatives: [{ ...stopped, status: 'active' }] }, clock);
    expect(reopened.totals.late.count).toBe(1);
  });

  it('a leader who left the roster is not expected, but their initiative still counts', () => {
    const { p, clock } = setup();
    const o = computeOverview(p, clock);
    expect(o.headline.expected).toBe(p.roster.length);
    const ex = p.initiatives[4]!;
    expect(ex.ownerId).toMatch(/^ex-leader/);
    expect(o.totals.onTime.people.some((x) => x.id === ex.ownerId)).toBe(true);
    expect(o.totals.notRegistered.people.some((x) => x.id === ex.ownerId)).toBe(false);
    // Leaving the roster removes the leader from M and from the not-registered list.
    const left = computeOverview({ ...p, roster: p.roster.filter((r) => r.id !== N.notRegistered[0]) }, clock);
    expect(left.headline).toEqual({ registered: N.registered, expected: N.expected - 1 });
  });

  it('a co-owner counts as registered; without the co-ownership they do not', () => {
    const { p, clock } = setup();
    const coOwned = p.initiatives[3]!;
    expect(coOwned.coOwnerIds).toEqual([leaderAad(7)]);
    expect(computeOverview(p, clock).totals.registered.people.some((x) => x.id === 'leder8@kommune.example')).toBe(true);
    const without = p.initiatives.map((i): Initiative => (i.id === coOwned.id ? { ...i, coOwnerIds: [] } : i));
    const o = computeOverview({ ...p, initiatives: without }, clock);
    expect(o.headline.registered).toBe(N.registered - 1);
  });

  it('an initiative closed before the cycle does not register the leader; one still running does', () => {
    const { p, clock } = setup();
    const leader = p.roster[4]!; // owns nothing
    const old: Initiative = { ...p.initiatives[0]!, id: 'old', ownerId: leader.aadObjectId!, createdAt: '2025-09-01T08:00:00Z', status: 'done_in_use' };
    expect(computeOverview({ ...p, initiatives: [...p.initiatives, old] }, clock).headline.registered).toBe(N.registered);
    const running = { ...old, status: 'active' as const };
    expect(computeOverview({ ...p, initiatives: [...p.initiatives, running] }, clock).headline.registered).toBe(N.registered + 1);
  });

  it('matches owners by the Entra id learnt on first contact, case-insensitively', () => {
    const { p, clock } = setup();
    const roster = p.roster.map((r, k) => (k === 0 ? { ...r, aadObjectId: undefined, matchedAadObjectId: leaderAad(0).toUpperCase() } : r));
    expect(computeOverview({ ...p, roster }, clock).headline.registered).toBe(N.registered);
  });

  it('an empty programme counts zero everywhere without failing', () => {
    const { clock } = setup();
    const o = computeOverview({ roster: [], initiatives: [], reports: [], ideas: [], reachable: new Set() }, clock);
    expect(o.headline).toEqual({ registered: 0, expected: 0 });
    expect(o.totals.ideas.medianDaysToFirstAnswer).toBeUndefined();
    expect(o.sectors).toEqual([]);
  });

  it('the median of an even count is the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
    const { p } = setup();
    expect(ideaStats(p.ideas.filter((i) => i.status === 'new')).answered).toBe(0);
  });
});

describe('what each role sees', () => {
  const { p, clock } = setup();
  const [own, other] = ['Helse og sosial', 'Oppvekst skole'];

  it('an admin sees everything', () => {
    const v = overviewFor({ role: 'admin' }, p, clock);
    expect(v.role === 'admin' && v.overview.sectors.map((s) => s.sector)).toEqual([own, other]);
  });

  it('a sector head sees only their own sector: no units, people or ideas of another', () => {
    const v = overviewFor({ role: 'sector_head', sectors: [own!] }, p, clock);
    if (v.role !== 'sector_head') throw new Error(v.role);
    expect(v.overview.sectors.map((s) => s.sector)).toEqual([own]);
    expect(v.overview.headline).toEqual({ registered: N.sectors[own as 'Helse og sosial'].registered, expected: 4 });
    expect(v.overview.units.every((u) => u.sector === own)).toBe(true);
    const text = JSON.stringify(v);
    for (const r of p.roster.filter((x) => x.sector === other)) {
      expect(text).not.toContain(r.name);
      expect(text).not.toContain(r.unit);
    }
    expect(v.overview.totals.ideas.submitted).toBe(8);
  });

  it('a leader sees their own initiatives and the sector in aggregate, no other leader’s details', () => {
    const me = p.roster[1]!; // owns initiatives 1 (late) and 7 (in use)
    const v = overviewFor({ role: 'leader', aadObjectId: me.aadObjectId!, sector: me.sector }, p, clock);
    if (v.role !== 'leader') throw new Error(v.role);
    expect(v.own.map((i) => [i.id, i.late])).toEqual([
      ['ini-seed-0002', true],
      ['ini-seed-0008', false],
    ]);
    expect(v.sector?.late.count).toBe(2);
    const text = JSON.stringify(v.sector);
    for (const r of p.roster) expect(text).not.toContain(r.name);
  });

  it('an employee sees nothing', () => {
    expect(overviewFor({ role: 'employee' }, p, clock)).toEqual({ role: 'none' });
  });
});

describe('the big seeded programme', () => {
  it('has the promised size and counts every leader once', () => {
    const p = seededProgramme(BIG_PROGRAMME);
    expect([p.roster.length, p.initiatives.length, p.reports.length, p.ideas.length]).toEqual([200, 300, 2000, 2000]);
    const o = computeOverview(p, { now: p.now, policy, cycle: p.cycle });
    expect(o.sectors).toHaveLength(12);
    expect(o.headline.expected).toBe(200);
    expect(o.totals.registered.count + o.totals.notRegistered.count).toBe(200);
    expect(o.sectors.reduce((n, s) => n + s.registered.count, 0)).toBe(o.headline.registered);
  });
});
