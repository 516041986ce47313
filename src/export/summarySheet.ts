// The summary sheet: the overview's numbers, one row per measure, a column for the whole
// selection and one per kommunalområde, so the programme team can report upwards from it.
import type ExcelJS from 'exceljs';
import { BENEFIT_TYPES, PHASES } from '../domain/initiative/codes';
import type { Overview, SectorStats } from '../domain/overview/overview';
import type { Labels } from './labels';
import { addTable, type Column } from './table';

interface Measure {
  label: string;
  value: (s: SectorStats) => number | undefined;
}

export function addSummarySheet(wb: ExcelJS.Workbook, l: Labels, overview: Overview, scope: string | undefined): void {
  const s = (key: string, params?: Record<string, string | number>) => l.t(`export.summary.${key}`, params);
  const measures: Measure[] = [
    { label: s('expected'), value: (x) => x.expected },
    { label: s('registered'), value: (x) => x.registered.count },
    { label: s('initiatives'), value: (x) => x.initiatives },
    { label: s('onTime'), value: (x) => x.onTime.count },
    { label: s('late'), value: (x) => x.late.count },
    { label: s('paused'), value: (x) => x.paused },
    { label: s('inUse'), value: (x) => x.closed.inUse.count },
    { label: s('noEffect'), value: (x) => x.closed.noEffect.count },
    { label: s('stopped'), value: (x) => x.closed.stopped.count },
    { label: s('reports'), value: (x) => x.reports },
    { label: s('unreachable'), value: (x) => x.unreachable.count },
    { label: s('ideasSubmitted'), value: (x) => x.ideas.submitted },
    { label: s('ideasAnswered'), value: (x) => x.ideas.answered },
    { label: s('ideasInUse'), value: (x) => x.ideas.inUse },
    { label: s('ideasMedian'), value: (x) => x.ideas.medianDaysToFirstAnswer },
  ];
  const columns: Array<Column<Measure>> = [
    { header: l.t('export.columns.measure'), value: (m) => m.label },
    { header: scope ?? s('scopeAll'), value: (m) => m.value(overview.totals), kind: 'number' },
    ...overview.sectors.map((sector): Column<Measure> => ({ header: sector.sector, value: (m) => m.value(sector), kind: 'number' })),
  ];
  const sheet = addTable(wb, l.t('export.sheets.summary'), columns, measures);
  sheet.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  // Phases and benefit types are counted for the whole selection only.
  const rows: Array<[string, number | string]> = [
    ...PHASES.map((p): [string, number] => [s('phase', { phase: l.label('phase', p)! }), overview.phases[p]]),
    ...BENEFIT_TYPES.map((b): [string, number] => [s('benefit', { benefit: l.label('benefitType', b)! }), overview.benefits.expected[b]]),
  ];
  for (const [label, value] of rows) sheet.addRow([label, value]);
  sheet.addRow([]);
  sheet.addRow([s('cycle'), overview.cycle?.name ?? '']);
  sheet.addRow([s('scope'), scope ?? s('scopeAll')]);
  const generated = sheet.addRow([s('generated'), new Date(overview.generatedAt)]);
  generated.getCell(2).numFmt = 'dd.mm.yyyy hh:mm';
}
