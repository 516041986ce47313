// The progress reports, the ideas (anonymous ideas never carry their submitter) and the
// roster coverage: who is expected, who has registered, who the bot can reach.
import type ExcelJS from 'exceljs';
import type { Idea } from '../domain/idea/idea';
import type { Initiative, ProgressReport } from '../domain/initiative/initiative';
import type { Overview, RosterLeader } from '../domain/overview/overview';
import { aadIdOf } from '../domain/roster/roster';
import type { Labels } from './labels';
import { addTable, type Column } from './table';

export function addReportsSheet(wb: ExcelJS.Workbook, l: Labels, reports: readonly ProgressReport[], initiatives: readonly Initiative[]): void {
  const c = (key: string) => l.t(`export.columns.${key}`);
  const title = new Map(initiatives.map((i) => [i.id, i.title]));
  const sorted = [...reports].sort((a, b) => a.initiativeId.localeCompare(b.initiativeId) || a.reportedAt.localeCompare(b.reportedAt));
  const columns: Array<Column<ProgressReport>> = [
    { header: c('id'), value: (r) => r.id },
    { header: c('initiative'), value: (r) => r.initiativeId },
    { header: c('title'), value: (r) => title.get(r.initiativeId) },
    { header: c('reportedAt'), value: (r) => r.reportedAt, kind: 'datetime' },
    { header: c('reportedBy'), value: (r) => r.reportedByName },
    { header: c('phaseBefore'), value: (r) => l.label('phase', r.phaseBefore) },
    { header: l.t('export.columns.code', { field: c('phase') }), value: (r) => r.phase },
    { header: c('phase'), value: (r) => l.label('phase', r.phase) },
    { header: l.t('export.columns.code', { field: c('status') }), value: (r) => r.status },
    { header: c('status'), value: (r) => l.label('status', r.status) },
    { header: l.t('export.columns.code', { field: c('progress') }), value: (r) => r.progress },
    { header: c('progress'), value: (r) => l.label('progress', r.progress) },
    { header: c('doneSinceLast'), value: (r) => r.doneSinceLast },
    { header: c('nextSteps'), value: (r) => r.nextSteps },
    { header: c('nextStepsDate'), value: (r) => r.nextStepsDate, kind: 'date' },
    { header: c('involvement'), value: (r) => r.employeeInvolvement },
    { header: c('learning'), value: (r) => r.learning },
    { header: c('barriers'), value: (r) => r.barriers },
    { header: c('helpNeeded'), value: (r) => l.labels('helpNeeded', r.helpNeeded) },
    { header: c('helpText'), value: (r) => r.helpText },
    { header: c('spreadActions'), value: (r) => l.labels('spreadAction', r.spreadActions) },
  ];
  addTable(wb, l.t('export.sheets.reports'), columns, sorted);
}

/** A named submitter, or the employee a leader registered it for; never for anonymous ideas. */
export function submitterOf(idea: Idea): string | undefined {
  if (idea.anonymous) return undefined;
  return idea.submitterName ?? idea.onBehalfOf;
}

export function addIdeasSheet(wb: ExcelJS.Workbook, l: Labels, ideas: readonly Idea[]): void {
  const c = (key: string) => l.t(`export.columns.${key}`);
  const sorted = [...ideas].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const columns: Array<Column<Idea>> = [
    { header: c('id'), value: (i) => i.id },
    { header: c('title'), value: (i) => i.title },
    { header: c('unit'), value: (i) => i.unit },
    { header: c('sector'), value: (i) => i.sector },
    { header: c('createdAt'), value: (i) => i.createdAt, kind: 'datetime' },
    { header: c('anonymous'), value: (i) => l.yesNo(i.anonymous) },
    { header: c('submitter'), value: submitterOf },
    { header: l.t('export.columns.code', { field: c('status') }), value: (i) => i.status },
    { header: c('status'), value: (i) => l.label('ideaStatus', i.status) },
    { header: c('answeredAt'), value: (i) => i.history.find((h) => h.status !== 'new')?.at, kind: 'datetime' },
    { header: c('need'), value: (i) => i.need },
    { header: c('proposal'), value: (i) => i.proposal },
    { header: c('beneficiaries'), value: (i) => l.labels('beneficiary', i.beneficiaries) },
    { header: c('benefits'), value: (i) => l.labels('benefitType', i.benefitTypes) },
    { header: c('supporters'), value: (i) => i.supporters.length, kind: 'number' },
    { header: c('initiative'), value: (i) => i.initiativeId },
  ];
  addTable(wb, l.t('export.sheets.ideas'), columns, sorted);
}

export function addRosterSheet(wb: ExcelJS.Workbook, l: Labels, roster: readonly RosterLeader[], initiatives: readonly Initiative[], overview: Overview): void {
  const c = (key: string) => l.t(`export.columns.${key}`);
  const registered = new Set(overview.totals.registered.people.map((p) => p.id));
  const unreachable = new Set(overview.totals.unreachable.people.map((p) => p.id));
  const late = new Set(overview.totals.late.people.map((p) => p.id));
  const countOf = (r: RosterLeader) => {
    const aad = aadIdOf(r)?.toLowerCase();
    return aad ? initiatives.filter((i) => i.ownerId.toLowerCase() === aad || i.coOwnerIds.some((x) => x.toLowerCase() === aad)).length : 0;
  };
  const sorted = [...roster].sort((a, b) => a.sector.localeCompare(b.sector, 'nb') || a.unit.localeCompare(b.unit, 'nb') || a.name.localeCompare(b.name, 'nb'));
  const columns: Array<Column<RosterLeader>> = [
    { header: c('name'), value: (r) => r.name },
    { header: c('email'), value: (r) => r.email },
    { header: c('unit'), value: (r) => r.unit },
    { header: c('sector'), value: (r) => r.sector },
    { header: c('registered'), value: (r) => l.yesNo(registered.has(r.id)) },
    { header: c('initiative'), value: countOf, kind: 'number' },
    { header: c('lateCount'), value: (r) => l.yesNo(late.has(r.id)) },
    { header: c('reachable'), value: (r) => l.yesNo(!unreachable.has(r.id)) },
  ];
  addTable(wb, l.t('export.sheets.roster'), columns, sorted);
}
