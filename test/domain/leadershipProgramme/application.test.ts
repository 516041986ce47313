// The sign-up state machine: seats, the waiting list in order, one decision per application,
// only the applicant's own kommunalsjef decides, and a withdrawal moves the first waiting up.
import fc from 'fast-check';
import {
  apply,
  APPLICATIONS_PER_COHORT_MAX,
  decide,
  emptyEnrolment,
  maySee,
  seatedCount,
  waitingList,
  withdraw,
  type Applicant,
  type CohortEnrolment,
  type DeciderFacts,
  type Transition,
} from '../../../src/domain/leadershipProgramme/application';
import { cohortsSchema, openCohorts, type Cohort } from '../../../src/domain/leadershipProgramme/cohort';
import { participantRows } from '../../../src/domain/leadershipProgramme/participants';

const NOW = new Date('2026-03-02T10:00:00Z');
const TODAY = '2026-03-02';
const cohort: Cohort = { id: 'k2026h', name: 'Kull høst 2026', start: '2026-09-01', end: '2027-02-28', place: 'Rådhuset', seats: 2 };
const headOfHelse: DeciderFacts = { email: 'sjef.helse@kommune.no', headOfSectors: ['Helse og sosial'] };
const headOfSkole: DeciderFacts = { email: 'sjef.skole@kommune.no', headOfSectors: ['Oppvekst skole'] };

const leader = (n: number, sector = 'Helse og sosial'): Applicant => ({ email: `Leder${n}@Kommune.no`, name: `Leder ${n}`, unit: `Enhet ${n}`, sector });

function ok<T>(t: Transition<T>): { enrolment: CohortEnrolment; result: T } {
  if (!t.ok) throw new Error(`refused: ${t.refusal}`);
  return t;
}

function applied(n: number, e = emptyEnrolment(cohort.id, NOW), sector?: string): CohortEnrolment {
  return ok(apply(e, { applicationId: `app-${n}`, cohort, applicant: leader(n, sector), motivation: 'Vil lære', today: TODAY, now: NOW })).enrolment;
}

function approve(e: CohortEnrolment, n: number, decider = headOfHelse) {
  return decide(e, { applicationId: `app-${n}`, cohort, decider, decision: 'approve', now: NOW });
}

describe('cohorts configuration', () => {
  it('accepts valid cohorts and lists the open ones by start', () => {
    const cohorts = cohortsSchema.parse([cohort, { ...cohort, id: 'k2026v', start: '2026-02-01', end: '2026-07-01' }]);
    expect(openCohorts(cohorts, TODAY).map((c) => c.id)).toEqual(['k2026h']);
    expect(openCohorts(cohorts, '2026-01-01').map((c) => c.id)).toEqual(['k2026v', 'k2026h']);
  });

  it('refuses duplicate ids, bad dates and zero seats', () => {
    expect(cohortsSchema.safeParse([cohort, cohort]).success).toBe(false);
    expect(cohortsSchema.safeParse([{ ...cohort, end: '2026-01-01' }]).success).toBe(false);
    expect(cohortsSchema.safeParse([{ ...cohort, seats: 0 }]).success).toBe(false);
    expect(cohortsSchema.safeParse([{ ...cohort, start: '1.9.2026' }]).success).toBe(false);
  });
});

describe('apply', () => {
  it('stores the application with a lower-case e-mail; a retry with the same id changes nothing', () => {
    const e = applied(1);
    expect(e.applications[0]).toMatchObject({ id: 'app-1', status: 'applied', applicant: { email: 'leder1@kommune.no' } });
    expect(e.applicantEmails).toEqual(['leder1@kommune.no']);
    const again = ok(apply(e, { applicationId: 'app-1', cohort, applicant: leader(1), motivation: 'x', today: TODAY, now: NOW }));
    expect(again.enrolment).toBe(e);
    expect(again.result.created).toBe(false);
  });

  it('refuses a second active application, an empty motivation and a closed cohort', () => {
    const e = applied(1);
    const second = apply(e, { applicationId: 'app-1b', cohort, applicant: leader(1), motivation: 'x', today: TODAY, now: NOW });
    expect(second).toMatchObject({ ok: false, refusal: 'already_applied' });
    expect(apply(e, { applicationId: 'app-2', cohort, applicant: leader(2), motivation: '  ', today: TODAY, now: NOW })).toMatchObject({ ok: false, refusal: 'motivation_required' });
    expect(apply(e, { applicationId: 'app-2', cohort, applicant: leader(2), motivation: 'x', today: '2026-09-01', now: NOW })).toMatchObject({ ok: false, refusal: 'closed' });
  });

  it('a retry carrying someone else\'s application id is refused and changes nothing', () => {
    const e = applied(1);
    const forged = apply(e, { applicationId: 'app-1', cohort, applicant: leader(2), motivation: 'x', today: TODAY, now: NOW });
    expect(forged).toEqual({ ok: false, refusal: 'not_found' });
  });

  it(`allows ${APPLICATIONS_PER_COHORT_MAX} applications per person per cohort, withdrawn ones included`, () => {
    let e = emptyEnrolment(cohort.id, NOW);
    const by1 = { email: 'leder1@kommune.no', isAdmin: false };
    for (let n = 0; n < APPLICATIONS_PER_COHORT_MAX; n++) {
      e = ok(apply(e, { applicationId: `try-${n}`, cohort, applicant: leader(1), motivation: 'Vil lære', today: TODAY, now: NOW })).enrolment;
      e = ok(withdraw(e, { applicationId: `try-${n}`, cohort, by: by1, now: NOW })).enrolment;
    }
    expect(apply(e, { applicationId: 'try-more', cohort, applicant: leader(1), motivation: 'x', today: TODAY, now: NOW })).toEqual({ ok: false, refusal: 'too_many_applications' });
    // A retry of an earlier application still finds it; someone else may still apply.
    expect(ok(apply(e, { applicationId: 'try-0', cohort, applicant: leader(1), motivation: 'x', today: TODAY, now: NOW })).result.created).toBe(false);
    expect(ok(apply(e, { applicationId: 'app-2', cohort, applicant: leader(2), motivation: 'x', today: TODAY, now: NOW })).result.created).toBe(true);
  });
});

describe('decide', () => {
  it('approves into a seat while there are seats, then onto the waiting list in order', () => {
    let e = [1, 2, 3, 4].reduce((acc, n) => applied(n, acc), emptyEnrolment(cohort.id, NOW));
    const r1 = ok(approve(e, 1));
    expect(r1.result.placement).toBe('seated');
    e = ok(approve(r1.enrolment, 2)).enrolment;
    const r3 = ok(approve(e, 3));
    expect(r3.result).toMatchObject({ placement: 'waiting', waitingPosition: 1 });
    const r4 = ok(approve(r3.enrolment, 4));
    expect(r4.result).toMatchObject({ placement: 'waiting', waitingPosition: 2 });
    expect(waitingList(r4.enrolment).map((a) => a.id)).toEqual(['app-3', 'app-4']);
  });

  it('refuses a second decision on the same application, and says what the first was', () => {
    const e = ok(approve(applied(1), 1)).enrolment;
    const again = decide(e, { applicationId: 'app-1', cohort, decider: headOfHelse, decision: 'decline', reason: 'nei', now: NOW });
    expect(again).toMatchObject({ ok: false, refusal: 'already_decided', application: { status: 'seated', decision: { kind: 'approve' } } });
  });

  it('refuses anyone but the kommunalsjef of the applicant\'s sector', () => {
    const e = applied(1);
    expect(approve(e, 1, headOfSkole)).toMatchObject({ ok: false, refusal: 'not_sector_head' });
    expect(approve(e, 1, { email: 'leder1@kommune.no', headOfSectors: [] })).toMatchObject({ ok: false, refusal: 'not_sector_head' });
  });

  it('a decline needs a reason and keeps it', () => {
    const e = applied(1);
    expect(decide(e, { applicationId: 'app-1', cohort, decider: headOfHelse, decision: 'decline', now: NOW })).toMatchObject({ ok: false, refusal: 'reason_required' });
    const declined = ok(decide(e, { applicationId: 'app-1', cohort, decider: headOfHelse, decision: 'decline', reason: ' Ikke i år ', now: NOW }));
    expect(declined.result.application).toMatchObject({ status: 'declined', decision: { kind: 'decline', reason: 'Ikke i år', byEmail: 'sjef.helse@kommune.no' } });
  });

  it('refuses an unknown application', () => {
    expect(approve(emptyEnrolment(cohort.id, NOW), 9)).toMatchObject({ ok: false, refusal: 'not_found' });
  });
});

describe('maySee', () => {
  const app = { ...applied(1).applications[0]!, applicant: { ...leader(1), email: 'leder1@kommune.no', aadObjectId: 'aad-leder1' } };
  const nobody = { email: '', headOfSectors: [], isAdmin: false };

  it('shows the application to its applicant (by Entra id or e-mail), their kommunalsjef and admins', () => {
    expect(maySee({ ...nobody, aadObjectId: 'AAD-LEDER1' }, app)).toBe(true);
    expect(maySee({ ...nobody, email: 'Leder1@Kommune.no' }, app)).toBe(true);
    expect(maySee({ ...headOfHelse, isAdmin: false }, app)).toBe(true);
    expect(maySee({ ...nobody, isAdmin: true }, app)).toBe(true);
  });

  it('hides it from everyone else: another sector\'s head, a colleague, someone Teams gave no e-mail', () => {
    expect(maySee({ ...headOfSkole, isAdmin: false }, app)).toBe(false);
    expect(maySee({ ...nobody, email: 'leder2@kommune.no', aadObjectId: 'aad-leder2' }, app)).toBe(false);
    expect(maySee(nobody, app)).toBe(false);
    expect(maySee(nobody, { ...app, applicant: { ...app.applicant, aadObjectId: undefined } })).toBe(false);
  });
});

describe('withdraw', () => {
  it('a seated participant withdrawing moves the first waiting one up, and says who', () => {
    let e = [1, 2, 3, 4].reduce((acc, n) => applied(n, acc), emptyEnrolment(cohort.id, NOW));
    for (const n of [1, 2, 3, 4]) e = ok(approve(e, n)).enrolment;
    const out = ok(withdraw(e, { applicationId: 'app-1', cohort, by: { email: 'leder1@kommune.no', isAdmin: false }, now: NOW }));
    expect(out.result.promoted?.id).toBe('app-3');
    expect(seatedCount(out.enrolment)).toBe(2);
    expect(waitingList(out.enrolment).map((a) => a.id)).toEqual(['app-4']);
  });

  it('a waiting one withdrawing promotes no one; only the applicant or an admin may withdraw; twice is refused', () => {
    let e = [1, 2, 3].reduce((acc, n) => applied(n, acc), emptyEnrolment(cohort.id, NOW));
    for (const n of [1, 2, 3]) e = ok(approve(e, n)).enrolment;
    expect(withdraw(e, { applicationId: 'app-3', cohort, by: { email: 'leder2@kommune.no', isAdmin: false }, now: NOW })).toMatchObject({ ok: false, refusal: 'not_applicant' });
    const out = ok(withdraw(e, { applicationId: 'app-3', cohort, by: { email: 'admin@kommune.no', isAdmin: true }, now: NOW }));
    expect(out.result.promoted).toBeUndefined();
    expect(withdraw(out.enrolment, { applicationId: 'app-3', cohort, by: { email: 'leder3@kommune.no', isAdmin: false }, now: NOW })).toMatchObject({ ok: false, refusal: 'already_withdrawn' });
  });
});

describe('properties', () => {
  it('whatever the order of approvals and withdrawals: seats never exceed the cohort, and no one waits while a seat is free', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('approve' as const), n: fc.integer({ min: 1, max: 8 }) }),
      fc.record({ kind: fc.constant('decline' as const), n: fc.integer({ min: 1, max: 8 }) }),
      fc.record({ kind: fc.constant('withdraw' as const), n: fc.integer({ min: 1, max: 8 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(step, { maxLength: 40 }), (seats, steps) => {
        const c = { ...cohort, seats };
        let e = [1, 2, 3, 4, 5, 6, 7, 8].reduce((acc, n) => applied(n, acc), emptyEnrolment(c.id, NOW));
        const decided = new Set<number>();
        for (const s of steps) {
          const id = `app-${s.n}`;
          const t =
            s.kind === 'withdraw'
              ? withdraw(e, { applicationId: id, cohort: c, by: { email: `leder${s.n}@kommune.no`, isAdmin: false }, now: NOW })
              : decide(e, { applicationId: id, cohort: c, decider: headOfHelse, decision: s.kind, reason: 'r', now: NOW });
          if (s.kind !== 'withdraw') {
            // A second decision is always refused.
            if (decided.has(s.n)) expect(t.ok).toBe(false);
            if (t.ok) decided.add(s.n);
          } else if (t.ok) decided.add(s.n);
          if (t.ok) e = t.enrolment;
          expect(seatedCount(e)).toBeLessThanOrEqual(seats);
          if (waitingList(e).length > 0) expect(seatedCount(e)).toBe(seats);
        }
      }),
    );
  });
});

describe('participant list', () => {
  it('lists participants by name, then the waiting list in order, then undecided; not declined or withdrawn', () => {
    let e = [1, 2, 3, 4, 5].reduce((acc, n) => applied(n, acc), emptyEnrolment(cohort.id, NOW));
    for (const n of [2, 1, 4, 3]) e = ok(approve(e, n)).enrolment;
    e = ok(withdraw(e, { applicationId: 'app-3', cohort, by: { email: 'leder3@kommune.no', isAdmin: false }, now: NOW })).enrolment;
    const rows = participantRows(cohort, e);
    expect(rows.map((r) => [r.name, r.status, r.waitingPosition])).toEqual([
      ['Leder 1', 'seated', undefined],
      ['Leder 2', 'seated', undefined],
      ['Leder 4', 'waiting', 1],
      ['Leder 5', 'applied', undefined],
    ]);
  });
});
