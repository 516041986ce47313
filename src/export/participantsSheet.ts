// The leadership programme's participants per cohort (admins' export only: names and e-mails
// of applicants from every sector): seated, then the waiting list in order, then undecided.
import type ExcelJS from 'exceljs';
import { participantRows, type ParticipantRow } from '../domain/leadershipProgramme/participants';
import type { CohortEnrolment } from '../domain/leadershipProgramme/application';
import type { Cohort } from '../domain/leadershipProgramme/cohort';
import type { Labels } from './labels';
import { addTable, type Column } from './table';

export function participantsOf(cohorts: readonly Cohort[], enrolments: readonly CohortEnrolment[]): ParticipantRow[] {
  return cohorts.flatMap((c) => {
    const e = enrolments.find((x) => x.id === c.id);
    return e ? participantRows(c, e) : [];
  });
}

export function addParticipantsSheet(wb: ExcelJS.Workbook, l: Labels, rows: readonly ParticipantRow[]): void {
  const c = (key: string) => l.t(`programme.export.columns.${key}`);
  const columns: Array<Column<ParticipantRow>> = [
    { header: c('cohort'), value: (r) => r.cohortName },
    { header: c('name'), value: (r) => r.name },
    { header: c('email'), value: (r) => r.email },
    { header: c('unit'), value: (r) => r.unit },
    { header: c('sector'), value: (r) => r.sector },
    { header: c('status'), value: (r) => l.t(`programme.status.${r.status}`) },
    { header: c('waitingPosition'), value: (r) => r.waitingPosition, kind: 'number' },
    { header: c('appliedAt'), value: (r) => r.appliedAt, kind: 'datetime' },
    { header: c('decidedAt'), value: (r) => r.decidedAt, kind: 'datetime' },
  ];
  addTable(wb, l.t('programme.export.sheet'), columns, rows);
}
