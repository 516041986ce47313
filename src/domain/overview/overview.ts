// What the programme overview (oversikt) is made of: the facts it is counted from and the
// numbers it yields. Every number that names people carries the people, so a card can drill
// down to the list with one click; views for leaders strip the people before they leave here.
import type { WorkingTimePolicy } from '../calendar/workingTime';
import type { Idea } from '../idea/idea';
import type { BenefitType, Phase } from '../initiative/codes';
import type { Initiative, ProgressReport } from '../initiative/initiative';
import type { ProgrammeCycle } from '../programme/cycle';
import type { RosterEntry } from '../roster/roster';

export type RosterLeader = Pick<RosterEntry, 'id' | 'name' | 'email' | 'unit' | 'sector' | 'aadObjectId' | 'matchedAadObjectId' | 'sectorHeadEmail'>;

/** Everything the overview is counted from, read in a few queries. */
export interface ProgrammeFacts {
  roster: readonly RosterLeader[];
  initiatives: readonly Initiative[];
  reports: readonly ProgressReport[];
  ideas: readonly Idea[];
  /** Lower-case Entra ids the bot can reach in personal chat (installed, not marked unreachable). */
  reachable: ReadonlySet<string>;
}

export interface OverviewClock {
  now: Date;
  policy: WorkingTimePolicy;
  /** The running cycle: registration is counted against it. Without one every initiative counts. */
  cycle?: ProgrammeCycle;
}

/** A person a number names: roster id (e-mail) for roster leaders, else the Entra id. */
export interface PersonRef {
  id: string;
  name: string;
  unit: string;
  sector: string;
}

/** A count and the people behind it (deduplicated, by name). */
export interface Named {
  count: number;
  people: PersonRef[];
}

export interface IdeaStats {
  submitted: number;
  /** Any status after `new`: the submitter heard something. */
  answered: number;
  inUse: number;
  becameInitiative: number;
  /** Median calendar days from submission to the first status change; undefined when none. */
  medianDaysToFirstAnswer?: number;
}

export interface SectorStats {
  sector: string;
  /** Roster leaders expected to take part. */
  expected: number;
  /** Leaders (not initiatives) who own or co-own an initiative of the cycle. */
  registered: Named;
  notRegistered: Named;
  initiatives: number;
  /** Active initiatives whose report is not overdue (count of initiatives, their owners). */
  onTime: Named;
  late: Named;
  paused: number;
  closed: { inUse: Named; noEffect: Named; stopped: Named };
  reports: number;
  unreachable: Named;
  ideas: IdeaStats;
}

export type UnitStatus = 'not_registered' | 'late' | 'on_time' | 'closed' | 'paused';

/** One row per service unit, for the sector head's list. */
export interface UnitRow {
  sector: string;
  unit: string;
  leaders: PersonRef[];
  status: UnitStatus;
  initiatives: number;
  late: number;
  closed: number;
  /** Leaders of the unit who lag (not registered or a late report): the «Send påminnelse» list. */
  laggards: PersonRef[];
}

export interface Overview {
  generatedAt: string;
  cycle?: { id: string; name: string; registrationDeadline: string };
  /** The headline «N av M ledere har registrert tiltak». */
  headline: { registered: number; expected: number };
  totals: SectorStats;
  sectors: SectorStats[];
  phases: Record<Phase, number>;
  benefits: { expected: Record<BenefitType, number>; achieved: Record<BenefitType, number> };
  units: UnitRow[];
}
