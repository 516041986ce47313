// Who sees what, decided here and nowhere else: admins everything; a sector head only their
// own sector(s), counted from facts filtered BEFORE counting (so nothing from another sector can
// leak into a total); a leader their own initiatives and the sector's numbers without people.
import type { Initiative } from '../initiative/initiative';
import { computeOverview, lateInitiativeIds } from './computeOverview';
import type { Named, Overview, OverviewClock, ProgrammeFacts, SectorStats } from './overview';

/** The viewer's role as the server established it (never from the client). */
export type Viewer =
  | { role: 'admin' }
  | { role: 'sector_head'; sectors: readonly string[] }
  | { role: 'leader'; aadObjectId: string; sector: string }
  | { role: 'employee' };

export interface OwnInitiative {
  id: string;
  title: string;
  phase: Initiative['phase'];
  status: Initiative['status'];
  late: boolean;
}

export type OverviewView =
  | { role: 'admin'; overview: Overview }
  | { role: 'sector_head'; sectors: string[]; overview: Overview }
  | { role: 'leader'; own: OwnInitiative[]; sector?: SectorStats }
  | { role: 'none' };

/** The facts of the given sectors only: roster rows, initiatives, their reports, ideas. */
export function factsForSectors(facts: ProgrammeFacts, sectors: readonly string[]): ProgrammeFacts {
  const wanted = new Set(sectors);
  const initiatives = facts.initiatives.filter((i) => wanted.has(i.sector));
  const ids = new Set(initiatives.map((i) => i.id));
  return {
    roster: facts.roster.filter((r) => wanted.has(r.sector)),
    initiatives,
    reports: facts.reports.filter((r) => ids.has(r.initiativeId)),
    ideas: facts.ideas.filter((i) => i.sector !== undefined && wanted.has(i.sector)),
    reachable: facts.reachable,
  };
}

const nobody = (n: Named): Named => ({ count: n.count, people: [] });

/** The sector's numbers with every list of people emptied (what a leader may see). */
export function withoutPeople(s: SectorStats): SectorStats {
  return {
    ...s,
    registered: nobody(s.registered),
    notRegistered: nobody(s.notRegistered),
    onTime: nobody(s.onTime),
    late: nobody(s.late),
    closed: { inUse: nobody(s.closed.inUse), noEffect: nobody(s.closed.noEffect), stopped: nobody(s.closed.stopped) },
    unreachable: nobody(s.unreachable),
  };
}

function leaderView(viewer: { aadObjectId: string; sector: string }, facts: ProgrammeFacts, clock: OverviewClock): OverviewView {
  const me = viewer.aadObjectId.toLowerCase();
  const sector = computeOverview(factsForSectors(facts, [viewer.sector]), clock).sectors.find((s) => s.sector === viewer.sector);
  const mine = facts.initiatives.filter((i) => i.ownerId.toLowerCase() === me || (i.coOwnerIds ?? []).some((c) => c.toLowerCase() === me));
  const late = lateInitiativeIds(mine, clock);
  return {
    role: 'leader',
    own: mine.map((i) => ({ id: i.id, title: i.title, phase: i.phase, status: i.status, late: late.has(i.id) })),
    sector: sector && withoutPeople(sector),
  };
}

export function overviewFor(viewer: Viewer, facts: ProgrammeFacts, clock: OverviewClock): OverviewView {
  switch (viewer.role) {
    case 'admin':
      return { role: 'admin', overview: computeOverview(facts, clock) };
    case 'sector_head': {
      const sectors = [...new Set(viewer.sectors)];
      return { role: 'sector_head', sectors, overview: computeOverview(factsForSectors(facts, sectors), clock) };
    }
    case 'leader':
      return leaderView(viewer, facts, clock);
    default:
      return { role: 'none' };
  }
}
