// The leadership development programme «Innovasjon og forbedringsledelse» runs in cohorts
// (kull) of about six months. Cohorts are configuration (LEADERSHIP_COHORTS), like the
// programme cycles: a new cohort next year is a settings change, not a code change.
import { z } from 'zod';

const isoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be yyyy-mm-dd');

export const cohortSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ only'),
    name: z.string().min(1).max(100),
    start: isoDateText,
    end: isoDateText,
    place: z.string().min(1).max(200),
    seats: z.number().int().min(1).max(500),
    /** Last day to apply (local date); defaults to the day before start. */
    applicationDeadline: isoDateText.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!(c.start <= c.end)) ctx.addIssue({ code: 'custom', path: ['end'], message: 'is before start' });
    if (c.applicationDeadline && !(c.applicationDeadline <= c.end)) ctx.addIssue({ code: 'custom', path: ['applicationDeadline'], message: 'is after the end' });
  });
export type Cohort = z.infer<typeof cohortSchema>;

export const cohortsSchema = z.array(cohortSchema).superRefine((cohorts, ctx) => {
  if (new Set(cohorts.map((c) => c.id)).size !== cohorts.length) ctx.addIssue({ code: 'custom', message: 'cohort ids must be unique' });
});

/** Leaders may apply up to and including the deadline (or until the day before start). */
export function isOpenForApplications(cohort: Cohort, today: string): boolean {
  return cohort.applicationDeadline ? today <= cohort.applicationDeadline : today < cohort.start;
}

/** The cohorts a leader can apply to on `today`, earliest start first. */
export function openCohorts(cohorts: readonly Cohort[], today: string): Cohort[] {
  return cohorts.filter((c) => isOpenForApplications(c, today)).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
