// The admins' list of a cohort (and the rows of its sheet in the Excel export): participants
// first, then the waiting list in order, then the applications not yet decided.
import { waitingList, waitingPosition, type Application, type CohortEnrolment } from './application';
import type { Cohort } from './cohort';

export interface ParticipantRow {
  cohortId: string;
  cohortName: string;
  name: string;
  email: string;
  unit: string;
  sector: string;
  /** Status code; the export shows its label from the language files. */
  status: Application['status'];
  waitingPosition?: number;
  appliedAt: string;
  decidedAt?: string;
}

export function participantRows(cohort: Cohort, e: CohortEnrolment): ParticipantRow[] {
  const row = (a: Application): ParticipantRow => ({
    cohortId: cohort.id,
    cohortName: cohort.name,
    name: a.applicant.name,
    email: a.applicant.email,
    unit: a.applicant.unit,
    sector: a.applicant.sector,
    status: a.status,
    ...(a.status === 'waiting' ? { waitingPosition: waitingPosition(e, a.id) } : {}),
    appliedAt: a.appliedAt,
    ...(a.decision ? { decidedAt: a.decision.at } : {}),
  });
  const byName = (a: Application, b: Application) => a.applicant.name.localeCompare(b.applicant.name, 'nb');
  const seated = e.applications.filter((a) => a.status === 'seated').sort(byName);
  const applied = e.applications.filter((a) => a.status === 'applied').sort((a, b) => (a.appliedAt < b.appliedAt ? -1 : 1));
  return [...seated, ...waitingList(e), ...applied].map(row);
}
