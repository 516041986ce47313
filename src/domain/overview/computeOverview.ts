// Counts the overview from the programme facts. Pure: the same facts and clock give the same
// numbers. "Late" and "registered" are the reminder rules' own definitions (reportRule,
// hasRegistered), so the overview and the nudges never disagree about who lags.
import { BENEFIT_TYPES, PHASES, type BenefitType, type Phase } from '../initiative/codes';
import type { Initiative } from '../initiative/initiative';
import { isClosed } from '../initiative/rules';
import { hasRegistered, reportRule, type LeaderFacts } from '../reminders/rules';
import { aadIdOf } from '../roster/roster';
import { ideaStats } from './ideaStats';
import type { Named, Overview, OverviewClock, PersonRef, ProgrammeFacts, RosterLeader, SectorStats, UnitRow, UnitStatus } from './overview';

const byName = (a: PersonRef, b: PersonRef): number => a.name.localeCompare(b.name, 'nb') || a.id.localeCompare(b.id);

/** A count and its people, each person once. */
export function named(count: number, people: Iterable<PersonRef>): Named {
  const unique = new Map<string, PersonRef>();
  for (const p of people) unique.set(p.id, p);
  return { count, people: [...unique.values()].sort(byName) };
}

const personOf = (r: RosterLeader): PersonRef => ({ id: r.id, name: r.name, unit: r.unit, sector: r.sector });

/** An initiative counts in the cycle when it was created in it or still runs from before. */
function inCycle(initiative: Initiative, clock: OverviewClock): boolean {
  return !clock.cycle || hasRegistered({ initiatives: [initiative] }, clock.cycle, clock.policy.timeZone);
}

/** Ids of active initiatives whose report is overdue, by the laggard rule itself. */
export function lateInitiativeIds(initiatives: readonly Initiative[], clock: OverviewClock): Set<string> {
  const stub: LeaderFacts = { id: '', name: '', unit: '', sector: '', reachable: true, availability: {}, initiatives, unansweredIdeas: [] };
  const findings = reportRule(stub, { now: clock.now, policy: clock.policy, cycle: clock.cycle });
  return new Set(findings.flatMap((f) => (f.rule === 'report_overdue' ? [f.initiativeId] : [])));
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

interface Counted {
  initiatives: Initiative[];
  late: Set<string>;
  ownerOf: (i: Initiative) => PersonRef;
  registeredIds: Set<string>;
}

function sectorStats(sector: string, leaders: readonly RosterLeader[], facts: ProgrammeFacts, c: Counted): SectorStats {
  const inits = c.initiatives;
  const owners = (list: Initiative[]): Named => named(list.length, list.map(c.ownerOf));
  const ids = new Set(inits.map((i) => i.id));
  const registered = leaders.filter((l) => c.registeredIds.has(l.id));
  const notRegistered = leaders.filter((l) => !c.registeredIds.has(l.id));
  const unreachable = leaders.filter((l) => !facts.reachable.has((aadIdOf(l) ?? '').toLowerCase()));
  const active = inits.filter((i) => i.status === 'active');
  return {
    sector,
    expected: leaders.length,
    registered: named(registered.length, registered.map(personOf)),
    notRegistered: named(notRegistered.length, notRegistered.map(personOf)),
    initiatives: inits.length,
    onTime: owners(active.filter((i) => !c.late.has(i.id))),
    late: owners(active.filter((i) => c.late.has(i.id))),
    paused: inits.filter((i) => i.status === 'paused').length,
    closed: {
      inUse: owners(inits.filter((i) => i.status === 'done_in_use')),
      noEffect: owners(inits.filter((i) => i.status === 'done_no_effect')),
      stopped: owners(inits.filter((i) => i.status === 'stopped')),
    },
    reports: facts.reports.filter((r) => ids.has(r.initiativeId)).length,
    unreachable: named(unreachable.length, unreachable.map(personOf)),
    ideas: ideaStats(sector === '' ? facts.ideas : facts.ideas.filter((i) => i.sector === sector)),
  };
}

function unitStatus(leaders: readonly RosterLeader[], inits: readonly Initiative[], c: Counted): UnitStatus {
  if (leaders.some((l) => !c.registeredIds.has(l.id))) return 'not_registered';
  if (inits.some((i) => c.late.has(i.id))) return 'late';
  if (inits.some((i) => i.status === 'active')) return 'on_time';
  if (inits.some((i) => i.status === 'paused')) return 'paused';
  return inits.length ? 'closed' : 'not_registered';
}

function unitRows(facts: ProgrammeFacts, c: Counted): UnitRow[] {
  const key = (sector: string, unit: string) => `${sector}\u0000${unit}`;
  const groups = new Map<string, { sector: string; unit: string; leaders: RosterLeader[]; inits: Initiative[] }>();
  const group = (sector: string, unit: string) => {
    const k = key(sector, unit);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { sector, unit, leaders: [], inits: [] }));
    return g;
  };
  for (const l of facts.roster) group(l.sector, l.unit).leaders.push(l);
  for (const i of c.initiatives) group(i.sector, i.unit).inits.push(i);
  const rows = [...groups.values()].map((g): UnitRow => {
    const lateOwners = g.inits.filter((i) => c.late.has(i.id)).map(c.ownerOf);
    const rosterIds = new Set(g.leaders.map((l) => l.id));
    const laggards = [...g.leaders.filter((l) => !c.registeredIds.has(l.id)).map(personOf), ...lateOwners.filter((p) => rosterIds.has(p.id))];
    return {
      sector: g.sector,
      unit: g.unit,
      leaders: g.leaders.map(personOf).sort(byName),
      status: unitStatus(g.leaders, g.inits, c),
      initiatives: g.inits.length,
      late: g.inits.filter((i) => c.late.has(i.id)).length,
      closed: g.inits.filter((i) => isClosed(i.status)).length,
      laggards: named(laggards.length, laggards).people,
    };
  });
  return rows.sort((a, b) => a.sector.localeCompare(b.sector, 'nb') || a.unit.localeCompare(b.unit, 'nb'));
}

export function computeOverview(facts: ProgrammeFacts, clock: OverviewClock): Overview {
  const rosterByAad = new Map<string, RosterLeader>();
  for (const r of facts.roster) {
    const aad = aadIdOf(r)?.toLowerCase();
    if (aad) rosterByAad.set(aad, r);
  }
  const initiatives = facts.initiatives.filter((i) => inCycle(i, clock));
  // Owners and co-owners both count as registered: a leader who shares an initiative has one.
  const registeredIds = new Set<string>();
  for (const i of initiatives) {
    for (const aad of [i.ownerId, ...(i.coOwnerIds ?? [])]) {
      const leader = rosterByAad.get(aad.toLowerCase());
      if (leader) registeredIds.add(leader.id);
    }
  }
  const ownerOf = (i: Initiative): PersonRef => {
    const r = rosterByAad.get(i.ownerId.toLowerCase());
    return r ? personOf(r) : { id: i.ownerId, name: i.ownerName, unit: i.unit, sector: i.sector };
  };
  const late = lateInitiativeIds(initiatives, clock);
  const all: Counted = { initiatives, late, ownerOf, registeredIds };

  const sectorNames = [...new Set([...facts.roster.map((r) => r.sector), ...initiatives.map((i) => i.sector)])].sort((a, b) => a.localeCompare(b, 'nb'));
  const sectors = sectorNames.map((s) =>
    sectorStats(
      s,
      facts.roster.filter((r) => r.sector === s),
      facts,
      { ...all, initiatives: initiatives.filter((i) => i.sector === s) },
    ),
  );
  const phases = zeroes<Phase>(PHASES);
  const expected = zeroes<BenefitType>(BENEFIT_TYPES);
  const achieved = zeroes<BenefitType>(BENEFIT_TYPES);
  for (const i of initiatives) {
    phases[i.phase]++;
    for (const t of new Set((i.benefits ?? []).map((b) => b.type))) expected[t]++;
    for (const t of new Set(i.closing?.achievedBenefits ?? [])) achieved[t]++;
  }
  return {
    generatedAt: clock.now.toISOString(),
    cycle: clock.cycle && { id: clock.cycle.id, name: clock.cycle.name, registrationDeadline: clock.cycle.registrationDeadline },
    headline: { registered: registeredIds.size, expected: facts.roster.length },
    totals: sectorStats('', facts.roster, facts, all),
    sectors,
    phases,
    benefits: { expected, achieved },
    units: unitRows(facts, all),
  };
}
