// Sign-up on both stores: two kommunalsjefer approving at the same moment for the last seat
// give one seat and one waiting place (never two seats), and a retried apply stores one.
import { apply, decide, seatedCount, waitingList, type Applicant } from '../../src/domain/leadershipProgramme/application';
import type { Cohort } from '../../src/domain/leadershipProgramme/cohort';
import type { DocumentStore } from '../../src/storage/documentStore';
import { EnrolmentRepository } from '../../src/storage/repositories/enrolmentRepository';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

afterAll(async () => {
  await stopSharedCosmosServer();
});

const NOW = new Date('2026-03-02T10:00:00Z');
const cohort: Cohort = { id: 'k2026h', name: 'Kull høst 2026', start: '2026-09-01', end: '2027-02-28', place: 'Rådhuset', seats: 1 };
const applicant = (n: number, sector: string): Applicant => ({ email: `leder${n}@kommune.no`, name: `Leder ${n}`, unit: `Enhet ${n}`, sector });

describe.each(STORE_KINDS)('EnrolmentRepository on %s store', (kind) => {
  let store: DocumentStore;
  let repo: EnrolmentRepository;

  beforeEach(async () => {
    store = await freshStore(kind);
    await store.init();
    repo = new EnrolmentRepository(store, () => NOW);
  });

  afterEach(async () => {
    await store.close();
  });

  const applyFor = (n: number, sector: string) =>
    repo.change(cohort.id, (e) => apply(e, { applicationId: `app-${n}`, cohort, applicant: applicant(n, sector), motivation: 'Vil lære', today: '2026-03-02', now: NOW }));

  it('two approvals racing for the last seat: one seat, one waiting', async () => {
    await applyFor(1, 'Helse og sosial');
    await applyFor(2, 'Oppvekst skole');
    const [a, b] = await Promise.all([
      repo.change(cohort.id, (e) => decide(e, { applicationId: 'app-1', cohort, decider: { email: 'h@k.no', headOfSectors: ['Helse og sosial'] }, decision: 'approve', now: NOW })),
      repo.change(cohort.id, (e) => decide(e, { applicationId: 'app-2', cohort, decider: { email: 's@k.no', headOfSectors: ['Oppvekst skole'] }, decision: 'approve', now: NOW })),
    ]);
    const placements = [a, b].map((t) => (t.ok ? t.result.placement : t.refusal)).sort();
    expect(placements).toEqual(['seated', 'waiting']);
    const stored = await repo.get(cohort.id);
    expect(seatedCount(stored)).toBe(1);
    expect(waitingList(stored)).toHaveLength(1);
  });

  it('the same decision delivered three times at once is taken once', async () => {
    await applyFor(1, 'Helse og sosial');
    const decider = { email: 'h@k.no', headOfSectors: ['Helse og sosial'] };
    const results = await Promise.all([1, 2, 3].map(() => repo.change(cohort.id, (e) => decide(e, { applicationId: 'app-1', cohort, decider, decision: 'approve', now: NOW }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.refusal))).toEqual(['already_decided', 'already_decided']);
  });

  it('a retried apply stores one application; byApplicant finds it', async () => {
    await Promise.all([1, 2, 3].map(() => applyFor(7, 'Helse og sosial')));
    expect((await repo.get(cohort.id)).applications).toHaveLength(1);
    expect((await repo.byApplicant('Leder7@kommune.no')).map((e) => e.id)).toEqual([cohort.id]);
    expect(await repo.byApplicant('nobody@kommune.no')).toEqual([]);
  });
});
