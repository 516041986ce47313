// Leadership programme applications: one document per cohort (container `enrolments`), changed
// only through the pure transitions in domain/leadershipProgramme with an ETag retry (mutate).
// Two kommunalsjefer approving at the same moment for the last seat: one write wins, the other
// re-reads, finds the cohort full and puts its applicant on the waiting list.
import { emptyEnrolment, type CohortEnrolment, type Transition } from '../../domain/leadershipProgramme/application';
import type { Collection, DocumentStore } from '../documentStore';
import { mutate } from '../optimistic';

export class EnrolmentRepository {
  private readonly docs: Collection<CohortEnrolment>;

  constructor(store: DocumentStore, private readonly now: () => Date = () => new Date()) {
    this.docs = store.collection<CohortEnrolment>('enrolments');
  }

  async get(cohortId: string): Promise<CohortEnrolment> {
    return (await this.docs.read(cohortId))?.value ?? emptyEnrolment(cohortId, this.now());
  }

  /**
   * Applies `transition` to the cohort's current document and stores the result. Refusals and
   * no-op transitions (a retry of something already done) write nothing.
   */
  async change<T>(cohortId: string, transition: (current: CohortEnrolment) => Transition<T>): Promise<Transition<T>> {
    let outcome: Transition<T> | undefined;
    await mutate(this.docs, cohortId, (current) => {
      const base = current ?? emptyEnrolment(cohortId, this.now());
      outcome = transition(base);
      if (!outcome.ok || outcome.enrolment === base) return undefined;
      return outcome.enrolment;
    });
    return outcome!;
  }

  /** Every cohort document where `email` has applied. */
  async byApplicant(email: string): Promise<CohortEnrolment[]> {
    const docs = await this.docs.query({ where: [{ field: 'applicantEmails', op: 'contains', value: email.trim().toLowerCase() }] });
    return docs.map((d) => d.value);
  }

  async all(): Promise<CohortEnrolment[]> {
    return (await this.docs.query()).map((d) => d.value);
  }
}
