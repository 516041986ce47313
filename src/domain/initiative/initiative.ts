// The innovation initiative (innovasjonstiltak) and its reports, as stored. Dates are ISO
// 'yyyy-mm-dd' local dates; instants are ISO strings in UTC.
import type { InitiativeChange } from './reopen';
import type {
  Beneficiary,
  BenefitType,
  EffectMeasured,
  EmployeeInvolvement,
  Factor,
  Funding,
  HelpNeeded,
  Initiator,
  InnovationType,
  Novelty,
  Partner,
  Phase,
  Progress,
  ReuseSource,
  SpreadAction,
  Status,
} from './codes';

export interface ExpectedBenefit {
  type: BenefitType;
  description: string;
}

export interface BenefitMeasurement {
  benefitType: BenefitType;
  date: string;
  value: string;
  note?: string;
}

/**
 * Asked at proposal. The essentials (title, need, goal, who benefits, phase) are required; the
 * rest is optional at registration, so a busy leader registers in two short cards and adds the
 * KS fields later with `rediger` (readers show «ikke oppgitt» for what is missing).
 */
export interface InitiativeProposal {
  title: string;
  problem: string;
  goal: string;
  beneficiaries: Beneficiary[];
  phase: Phase;
  innovationTypes?: InnovationType[];
  employeeInvolvement?: EmployeeInvolvement[];
  employeesInvolved?: number;
  benefits?: ExpectedBenefit[];
  startDate?: string;
  plannedInUseDate?: string;
}

/** Optional, added later with `rediger` (KS barometer blocks). */
export interface InitiativeDetails {
  novelty?: Novelty;
  reuseSource?: ReuseSource;
  reuseReference?: string;
  initiators?: Initiator[];
  partners?: Partner[];
  funding?: Funding[];
}

/** The initiative a reuse («stjæl med stil») started from. */
export interface ReusedFrom {
  id: string;
  unit: string;
}

/** A unit that started its own initiative from this one. */
export interface ReusedBy {
  /** The new initiative's id: one entry per new initiative, however often it is recorded. */
  id: string;
  unit: string;
  sector: string;
  /** ISO instant the reuse was recorded. */
  at: string;
}

export interface ClosingReport {
  inUseDate: string;
  achievedBenefits: BenefitType[];
  effectMeasured: EffectMeasured;
  spreadActions: SpreadAction[];
  /** Barriers and enablers, each scored 1 (hindered a lot) to 6 (helped a lot). */
  factors: Partial<Record<Factor, number>>;
}

export interface Initiative extends InitiativeProposal, InitiativeDetails {
  id: string;
  ownerId: string;
  ownerName: string;
  coOwnerIds: string[];
  unit: string;
  sector: string;
  status: Status;
  createdAt: string;
  updatedAt: string;
  /** ISO instant of the last progress report, if any. */
  lastReportAt?: string;
  /** When the leader last changed phase, progress or status (laggard rules use it). */
  lastChangeAt: string;
  progress?: Progress;
  nextStepsDate?: string;
  closing?: ClosingReport;
  measurements: BenefitMeasurement[];
  linkedIdeaIds: string[];
  /** Set when this initiative was started as a reuse of another (src/domain/initiative/reuse.ts). */
  reusedFrom?: ReusedFrom;
  /** The initiatives started as reuses of this one, oldest first. */
  reusedBy?: ReusedBy[];
  /** Changes outside the reports (reopening), oldest first: who and when. */
  changes?: InitiativeChange[];
}

export interface ProgressReport {
  id: string;
  initiativeId: string;
  reportedById: string;
  reportedByName: string;
  reportedAt: string;
  phaseBefore: Phase;
  phase: Phase;
  status: Status;
  progress: Progress;
  doneSinceLast: string;
  /** Absent when the report ends the initiative (a closing status). */
  nextSteps?: string;
  nextStepsDate?: string;
  employeeInvolvement?: string;
  learning?: string;
  barriers?: string;
  helpNeeded: HelpNeeded[];
  helpText?: string;
  measurements: BenefitMeasurement[];
  spreadActions: SpreadAction[];
  closing?: ClosingReport;
}
