// Drill-down from a number to the people behind it. The request comes from a card button, so
// it is validated here (known list, a sector the viewer may see, a sane page) and answered
// from the viewer's own scoped view: a leader's view has no people to give.
import type { Named, SectorStats } from './overview';
import type { OverviewView } from './scope';

export const DRILLDOWN_LISTS = ['registered', 'notRegistered', 'onTime', 'late', 'closedInUse', 'closedNoEffect', 'closedStopped', 'unreachable'] as const;
export type DrilldownList = (typeof DRILLDOWN_LISTS)[number];

export interface DrilldownRequest {
  list: DrilldownList;
  /** One kommunalområde, or undefined for everything the viewer sees. */
  sector?: string;
  page: number;
}

const MAX_SECTOR_LENGTH = 200;

/** The request from a button's data, or undefined when anything is off. */
export function parseDrilldown(data: unknown): DrilldownRequest | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const d = data as Record<string, unknown>;
  if (typeof d.list !== 'string' || !(DRILLDOWN_LISTS as readonly string[]).includes(d.list)) return undefined;
  if (d.sector !== undefined && (typeof d.sector !== 'string' || d.sector.length > MAX_SECTOR_LENGTH)) return undefined;
  const page = d.page === undefined ? 1 : d.page;
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 1 || page > 1000) return undefined;
  return { list: d.list as DrilldownList, sector: (d.sector as string | undefined) || undefined, page };
}

export function namedOf(stats: SectorStats, list: DrilldownList): Named {
  switch (list) {
    case 'closedInUse':
      return stats.closed.inUse;
    case 'closedNoEffect':
      return stats.closed.noEffect;
    case 'closedStopped':
      return stats.closed.stopped;
    default:
      return stats[list];
  }
}

/** The people behind the number, within what the viewer may see; undefined when not allowed. */
export function drilldown(view: OverviewView, request: DrilldownRequest): Named | undefined {
  if (view.role !== 'admin' && view.role !== 'sector_head') return undefined;
  const stats = request.sector === undefined ? view.overview.totals : view.overview.sectors.find((s) => s.sector === request.sector);
  return stats && namedOf(stats, request.list);
}
