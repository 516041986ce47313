// The initiatives sheet (every field, each code beside its Norwegian label) and the KS
// Innovasjonsbarometer sheet (the blocks the barometer asks about, one column each).
import type ExcelJS from 'exceljs';
import { FACTORS, type CodeListName } from '../domain/initiative/codes';
import type { Initiative } from '../domain/initiative/initiative';
import { reusingUnits, spreadActionsOf } from '../domain/initiative/reuse';
import type { Labels } from './labels';
import { addTable, type Column } from './table';

/** Two columns for one coded field: «Fase (kode)» and «Fase». */
function coded(l: Labels, field: string, list: CodeListName, get: (i: Initiative) => string | readonly string[] | undefined): Array<Column<Initiative>> {
  const header = l.t(`export.columns.${field}`);
  const many = (i: Initiative) => {
    const v = get(i);
    return v === undefined ? undefined : typeof v === 'string' ? [v] : v;
  };
  return [
    { header: l.t('export.columns.code', { field: header }), value: (i) => l.codes(many(i)) },
    { header, value: (i) => l.labels(list, many(i)) },
  ];
}

export function addInitiativesSheet(wb: ExcelJS.Workbook, l: Labels, initiatives: readonly Initiative[]): void {
  const c = (key: string) => l.t(`export.columns.${key}`);
  const columns: Array<Column<Initiative>> = [
    { header: c('id'), value: (i) => i.id },
    { header: c('title'), value: (i) => i.title },
    { header: c('owner'), value: (i) => i.ownerName },
    { header: c('coOwners'), value: (i) => i.coOwnerIds.length || undefined, kind: 'number' },
    { header: c('unit'), value: (i) => i.unit },
    { header: c('sector'), value: (i) => i.sector },
    ...coded(l, 'phase', 'phase', (i) => i.phase),
    ...coded(l, 'status', 'status', (i) => i.status),
    ...coded(l, 'progress', 'progress', (i) => i.progress),
    { header: c('problem'), value: (i) => i.problem },
    { header: c('goal'), value: (i) => i.goal },
    ...coded(l, 'beneficiaries', 'beneficiary', (i) => i.beneficiaries),
    ...coded(l, 'innovationTypes', 'innovationType', (i) => i.innovationTypes),
    ...coded(l, 'employeeInvolvement', 'employeeInvolvement', (i) => i.employeeInvolvement),
    { header: c('employeesInvolved'), value: (i) => i.employeesInvolved, kind: 'number' },
    ...coded(l, 'benefits', 'benefitType', (i) => i.benefits?.map((b) => b.type)),
    { header: c('benefitDescriptions'), value: (i) => (i.benefits ?? []).map((b) => `${l.label('benefitType', b.type)}: ${b.description}`).join('\n') || undefined },
    { header: c('startDate'), value: (i) => i.startDate, kind: 'date' },
    { header: c('plannedInUseDate'), value: (i) => i.plannedInUseDate, kind: 'date' },
    { header: c('createdAt'), value: (i) => i.createdAt, kind: 'datetime' },
    { header: c('lastReportAt'), value: (i) => i.lastReportAt, kind: 'datetime' },
    { header: c('nextStepsDate'), value: (i) => i.nextStepsDate, kind: 'date' },
    ...coded(l, 'novelty', 'novelty', (i) => i.novelty),
    ...coded(l, 'reuseSource', 'reuseSource', (i) => i.reuseSource),
    { header: c('reuseReference'), value: (i) => i.reuseReference },
    // «Stjæl med stil»: the link both ways, so the spreading can be traced in the sheet.
    { header: l.t('explore.export.reusedFrom'), value: (i) => (i.reusedFrom ? `${i.reusedFrom.unit} (${i.reusedFrom.id})` : undefined) },
    { header: l.t('explore.export.reusedBy'), value: (i) => reusingUnits(i).join('; ') || undefined },
    ...coded(l, 'initiators', 'initiator', (i) => i.initiators),
    ...coded(l, 'partners', 'partner', (i) => i.partners),
    ...coded(l, 'funding', 'funding', (i) => i.funding),
    { header: c('inUseDate'), value: (i) => i.closing?.inUseDate, kind: 'date' },
    { header: c('measurements'), value: (i) => i.measurements.map((m) => `${m.date} ${l.label('benefitType', m.benefitType)}: ${m.value}${m.note ? ` (${m.note})` : ''}`).join('\n') || undefined },
    { header: c('linkedIdeas'), value: (i) => i.linkedIdeaIds.join(', ') || undefined },
  ];
  addTable(wb, l.t('export.sheets.initiatives'), columns, initiatives);
}

export function addBarometerSheet(wb: ExcelJS.Workbook, l: Labels, initiatives: readonly Initiative[]): void {
  const c = (key: string) => l.t(`export.columns.${key}`);
  const columns: Array<Column<Initiative>> = [
    { header: c('id'), value: (i) => i.id },
    { header: c('title'), value: (i) => i.title },
    { header: c('sector'), value: (i) => i.sector },
    ...coded(l, 'innovationTypes', 'innovationType', (i) => i.innovationTypes),
    ...coded(l, 'novelty', 'novelty', (i) => i.novelty),
    ...coded(l, 'initiators', 'initiator', (i) => i.initiators),
    ...coded(l, 'partners', 'partner', (i) => i.partners),
    ...coded(l, 'benefits', 'benefitType', (i) => i.benefits?.map((b) => b.type)),
    ...coded(l, 'achievedBenefits', 'benefitType', (i) => i.closing?.achievedBenefits),
    ...coded(l, 'effectMeasured', 'effectMeasured', (i) => i.closing?.effectMeasured),
    // Counts «tatt i bruk av andre» whenever another unit reused it, whatever was reported.
    ...coded(l, 'spreadActions', 'spreadAction', (i) => spreadActionsOf(i)),
    // Barriers and enablers: one column per factor, the 1-6 score as a number.
    ...FACTORS.map((f): Column<Initiative> => ({ header: c('factor').replace('{factor}', l.label('factor', f)!), value: (i) => i.closing?.factors[f], kind: 'number' })),
  ];
  addTable(wb, l.t('export.sheets.barometer'), columns, initiatives);
}
