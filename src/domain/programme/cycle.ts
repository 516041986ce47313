// The programme cycle (programperiode): when it runs, when leaders must have registered an
// initiative, how often they report, and the thresholds of the laggard rules. Configuration,
// not code: several cycles over the years live side by side (PROGRAMME_CYCLES).
import { z } from 'zod';
import { addDays, parts, isoDate, type IsoDate } from '../calendar/localDate';

const isoDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be yyyy-mm-dd');

/** Every N weeks after the last report (or after registration), or at the end of each tertial. */
export const reportCadenceSchema = z.union([
  z.object({ everyWeeks: z.number().int().min(1).max(52) }).strict(),
  z.object({ tertial: z.literal(true) }).strict(),
]);
export type ReportCadence = z.infer<typeof reportCadenceSchema>;

export const reminderRulesSchema = z
  .object({
    /** Start reminding this many working days before the registration deadline. */
    remindBeforeDeadlineWorkingDays: z.number().int().min(0).max(60).default(5),
    /** A report is late when this many working days have passed after its due date. */
    reportGraceWorkingDays: z.number().int().min(0).max(60).default(0),
    /** Blocked / at risk with no change for this many working days. */
    stalledWorkingDays: z.number().int().min(1).max(120).default(10),
    /** Ideas in the leader's unit unanswered for this many working days. */
    ideaAnswerWorkingDays: z.number().int().min(1).max(120).default(5),
    /** Escalate to the sector head after this many missed deadlines. */
    escalateAfterMissedDeadlines: z.number().int().min(1).max(10).default(2),
  })
  .strict();
export type ReminderRules = z.infer<typeof reminderRulesSchema>;

export const programmeCycleSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'letters, digits, - and _ only'),
    name: z.string().min(1),
    start: isoDateText,
    registrationDeadline: isoDateText,
    reportCadence: reportCadenceSchema.default({ everyWeeks: 4 }),
    end: isoDateText,
    rules: reminderRulesSchema.default(() => reminderRulesSchema.parse({})),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!(c.start <= c.registrationDeadline)) ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'is before start' });
    if (!(c.registrationDeadline <= c.end)) ctx.addIssue({ code: 'custom', path: ['end'], message: 'is before the registration deadline' });
  });
export type ProgrammeCycle = z.infer<typeof programmeCycleSchema>;

export const programmeCyclesSchema = z
  .array(programmeCycleSchema)
  .superRefine((cycles, ctx) => {
    const sorted = [...cycles].sort((a, b) => (a.start < b.start ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.start <= sorted[i - 1]!.end) ctx.addIssue({ code: 'custom', message: `cycles ${sorted[i - 1]!.id} and ${sorted[i]!.id} overlap` });
    }
    if (new Set(cycles.map((c) => c.id)).size !== cycles.length) ctx.addIssue({ code: 'custom', message: 'cycle ids must be unique' });
  });

/** The cycle running on `today` (local date), if any. */
export function activeCycle(cycles: readonly ProgrammeCycle[], today: IsoDate): ProgrammeCycle | undefined {
  return cycles.find((c) => c.start <= today && today <= c.end);
}

/** Tertial ends: 30 April, 31 August, 31 December. */
function tertialEndOnOrAfter(date: IsoDate): IsoDate {
  const { year } = parts(date);
  for (const end of [isoDate(year, 4, 30), isoDate(year, 8, 31), isoDate(year, 12, 31)]) if (end >= date) return end;
  return isoDate(year + 1, 4, 30);
}

/** The report due date after a report (or registration) on `since`. */
export function reportDueAfter(since: IsoDate, cadence: ReportCadence): IsoDate {
  if ('everyWeeks' in cadence) return addDays(since, cadence.everyWeeks * 7);
  // Per tertial: the end of the tertial after the one `since` falls in... unless `since` is
  // early in its tertial, the report for the current tertial is due at its end.
  return tertialEndOnOrAfter(addDays(since, 1));
}

/** Length of one report period in days (for counting repeated misses). */
export function cadencePeriodDays(cadence: ReportCadence): number {
  return 'everyWeeks' in cadence ? cadence.everyWeeks * 7 : 122;
}
