// The leadership programme and privacy cards with sample data (for the route table's walk and
// the card tests).
import { LOCALES } from '../../src/i18n';
import { emptyEnrolment, type Application, type CohortEnrolment } from '../../src/domain/leadershipProgramme/application';
import type { Cohort } from '../../src/domain/leadershipProgramme/cohort';
import { approvalCard, participantsCard, signUpCard, unavailableApplicationCard } from '../../src/teams/programme/programmeCards';
import { removalConfirmCard, removalFormCard } from '../../src/teams/privacy/removalCards';
import { announcementCard, announcementFormCard, confirmSendCard, deliveryReportCard } from '../../src/teams/announcements/announcementCards';

export const sampleCohort: Cohort = { id: 'kull-2027-1', name: 'Kull 1 2027', start: '2027-02-01', end: '2027-06-30', place: 'Rådhuset', seats: 2, applicationDeadline: '2027-01-15' };

export const sampleApplication: Application = {
  id: '00000000-0000-4000-8000-000000000001',
  cohortId: sampleCohort.id,
  applicant: { email: 'kari@kommune.no', aadObjectId: 'aad-kari', name: 'Kari Nordmann', unit: 'Solsiden', sector: 'Helse og sosial' },
  motivation: 'Jeg vil lære å lede forbedringsarbeid.',
  status: 'applied',
  appliedAt: '2026-12-01T10:00:00.000Z',
};

export const sampleEnrolment: CohortEnrolment = { ...emptyEnrolment(sampleCohort.id, new Date('2026-12-01T10:00:00Z')), applications: [sampleApplication], applicantEmails: ['kari@kommune.no'] };

export function programmeCardSamples(): unknown[] {
  return LOCALES.flatMap((locale) => [
    signUpCard(locale, [{ cohort: sampleCohort, enrolment: sampleEnrolment, token: '00000000-0000-4000-8000-000000000009' }], [{ application: sampleApplication, cohort: sampleCohort }]),
    approvalCard(locale, { application: sampleApplication, cohort: sampleCohort, deciderUserIds: ['29:head'], canDecide: true }),
    participantsCard(locale, [{ cohort: sampleCohort, enrolment: sampleEnrolment }]),
    unavailableApplicationCard(locale),
    removalFormCard(locale),
    removalConfirmCard(locale, 'kari@kommune.no'),
    announcementFormCard(locale, ['Helse og sosial'], '00000000-0000-4000-8000-000000000008'),
    announcementCard({ title: 'Takk for innsatsen', text: 'Dere gjør en forskjell.', link: { url: 'https://kommune.no/innovasjon' } }, locale),
    confirmSendCard(locale, { kind: 'all_leaders' }, 500, { token: '00000000-0000-4000-8000-000000000008' }),
    deliveryReportCard(locale, 'Takk for innsatsen', { total: 3, sent: 1, pending: 1, unreachable: [{ key: 'a', name: 'Ola', reason: 'no_chat' }], failed: [], finished: false }),
  ]);
}
