// The buttons on the overview cards: verb and data as the card sends them back. The handlers
// (wired with the route table) must validate every field again: see parseDrilldown.
import type { DrilldownList } from '../../domain/overview/drilldown';

export const OVERVIEW_VERBS = {
  /** Open `oversikt` (welcome card, weekly digest). */
  open: 'overviewOpen',
  /** The people behind a number: { list, sector?, page? }. */
  drilldown: 'overviewDrilldown',
  /** The sector head's unit list, next page: { sector?, page }. */
  units: 'overviewUnits',
  /** «Send påminnelse» to one lagging leader: { leaderId } (roster id). */
  nudge: 'overviewNudge',
  /** `eksport`: the Excel workbook through the file consent flow. */
  export: 'overviewExport',
} as const;

export type OverviewVerb = (typeof OVERVIEW_VERBS)[keyof typeof OVERVIEW_VERBS];

export const drilldownData = (list: DrilldownList, sector?: string, page?: number) => ({ verb: OVERVIEW_VERBS.drilldown, list, sector, page });
export const unitsData = (page: number, sector?: string) => ({ verb: OVERVIEW_VERBS.units, sector, page });
export const nudgeData = (leaderId: string) => ({ verb: OVERVIEW_VERBS.nudge, leaderId });
export const openData = () => ({ verb: OVERVIEW_VERBS.open });
export const exportData = () => ({ verb: OVERVIEW_VERBS.export });
