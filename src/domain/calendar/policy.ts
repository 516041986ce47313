// When the municipality considers it acceptable to nudge people.
// Configuration, not code: a sector or a new programme cycle may change it.
import { PROGRAMME_TIME_ZONE } from './timeZone';
import { Weekday } from './localDate';

/** Opt-in closures: quiet periods that are customary but not rules. All off by default. */
export interface SoftClosures {
  /** 27–30 December. */
  readonly romjul: boolean;
  /** Monday–Wednesday of Holy Week (many take these days off). */
  readonly mondayToWednesdayBeforeEaster: boolean;
  /** A lone working day between a red day and a non-working weekday, e.g. the Friday after Ascension. */
  readonly bridgeDays: boolean;
  /** The whole of July. */
  readonly julySummerQuiet: boolean;
}

export interface WorkingTimePolicy {
  /** IANA zone the rules are evaluated in (the recipient's zone). */
  readonly timeZone: string;
  /** Local 'HH:mm'; start inclusive, end EXCLUSIVE. Always clamped to 06:00–21:00 (aml § 10-11). */
  readonly sendWindow: { readonly start: string; readonly end: string };
  /** ISO weekdays on which people work (1 = Monday). */
  readonly weekdays: readonly Weekday[];
  /** No sending from 12:00 on the working day before a red day. */
  readonly noSendAfterNoonBeforeRedDay: boolean;
  /** Closed by policy though not red days, as 'MM-DD'. */
  readonly closedDays: readonly string[];
  /** ISO week numbers of fellesferie (convention: 28–30); [] disables it. */
  readonly fellesferieWeeks: readonly number[];
  readonly softClosures: SoftClosures;
}

export const DEFAULT_WORKING_TIME_POLICY: WorkingTimePolicy = Object.freeze({
  timeZone: PROGRAMME_TIME_ZONE,
  sendWindow: Object.freeze({ start: '09:00', end: '15:00' }),
  weekdays: Object.freeze([1, 2, 3, 4, 5] as Weekday[]),
  noSendAfterNoonBeforeRedDay: true,
  closedDays: Object.freeze(['12-24', '12-31']),
  fellesferieWeeks: Object.freeze([28, 29, 30]),
  softClosures: Object.freeze({
    romjul: false,
    mondayToWednesdayBeforeEaster: false,
    bridgeDays: false,
    julySummerQuiet: false,
  }),
});

export type WorkingTimePolicyOverrides = Partial<Omit<WorkingTimePolicy, 'softClosures'>> & {
  softClosures?: Partial<SoftClosures>;
};

/** Defaults with overrides applied; soft closures merge key by key so enabling one keeps the rest off. */
export function workingTimePolicy(overrides: WorkingTimePolicyOverrides = {}): WorkingTimePolicy {
  const policy: WorkingTimePolicy = {
    ...DEFAULT_WORKING_TIME_POLICY,
    ...overrides,
    softClosures: { ...DEFAULT_WORKING_TIME_POLICY.softClosures, ...overrides.softClosures },
  };
  // Fail at configuration time, not at 09:00 on a Monday.
  parseClock(policy.sendWindow.start);
  parseClock(policy.sendWindow.end);
  return policy;
}

/** 'HH:mm' → minutes after local midnight (0–1440; '24:00' allowed as an end). */
export function parseClock(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!m || Number(m[2]) > 59 || !(minutes <= 24 * 60)) throw new RangeError(`Not a clock time 'HH:mm': ${JSON.stringify(hhmm)}`);
  return minutes;
}
