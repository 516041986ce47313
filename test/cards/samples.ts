// Sample data for every card template in cards/. A card without a sample fails the card test.
// User-supplied text uses HOSTILE strings, which must come out literally and never where
// Adaptive Cards render markdown.
import type { FieldErrors, RawForm } from '../../src/domain/initiative/formTypes';
import type { Initiative, InitiativeProposal, ProgressReport } from '../../src/domain/initiative/initiative';
import { commandRoutes } from '../../src/teams/routes';
import { HOSTILE } from './hostile';
import { REMINDER_CARD_SAMPLES } from './reminderSamples';
import { IDEA_CARD_SAMPLES } from './ideaSamples';
import { OVERVIEW_CARD_SAMPLES } from './overviewSamples';
import { exploreCardSamples } from './exploreSamples';
import { TALK_CARD_SAMPLES } from './talkSamples';
import {
  detailsNudgeData,
  helpRequestData,
  initiativeDetailData,
  initiativeListData,
  pickInitiativeData,
  profileData,
  proposeStepData,
  proposeSummaryData,
  reportFormData,
  closingReportData,
  type FormMeta,
  type ListItem,
} from '../../src/teams/cards/initiativeCards';
import { coOwnerNoticeData } from '../../src/teams/initiatives/coOwnerNotice';

export { HOSTILE_TEXT } from './hostile';

export interface CardSample {
  data: object;
  /** Values from users (titles, free text): checked to stay literal and markdown-free. */
  userText: string[];
}

// ---- Initiative fixtures: every user-text field holds hostile text -------------------------

/** A distinct hostile text per field, so each field is checked on its own. */
const hostile = (field: string) => `${field} ${HOSTILE}`;

export const USER = {
  title: hostile('Tittel'),
  problem: hostile('Problem'),
  goal: hostile('Mål'),
  benefit: hostile('Gevinst'),
  ownerName: hostile('Kari'),
  unit: hostile('Tjenestested'),
  sector: hostile('Helse, omsorg og'),
  otherTitle: hostile('Annet tiltak'),
  doneSinceLast: hostile('Gjort'),
  nextSteps: hostile('Neste'),
  employeeInvolvement: hostile('Ansatte'),
  learning: hostile('Lært'),
  barriers: hostile('Hindre'),
  helpText: hostile('Hjelp'),
  measurementValue: hostile('Verdi'),
  measurementNote: hostile('Notat'),
  reuseReference: hostile('Kilde'),
  profileName: hostile('Ola'),
  profileUnit: hostile('Skole'),
};

export const sampleProposal: InitiativeProposal = {
  title: USER.title,
  problem: USER.problem,
  goal: USER.goal,
  beneficiaries: ['users', 'relatives'],
  innovationTypes: ['process'],
  employeeInvolvement: ['proposed', 'workgroup'],
  employeesInvolved: 12,
  benefits: [
    { type: 'quality', description: USER.benefit },
    { type: 'work_env', description: `${USER.benefit} 2` },
  ],
  phase: 'insight',
  startDate: '2026-04-05',
  plannedInUseDate: '2026-12-01',
};

export const sampleInitiative: Initiative = {
  ...sampleProposal,
  id: 'initiative-1',
  ownerId: 'owner-1',
  ownerName: USER.ownerName,
  coOwnerIds: [],
  unit: USER.unit,
  sector: USER.sector,
  status: 'active',
  progress: 'at_risk',
  createdAt: '2026-04-05T08:00:00.000Z',
  updatedAt: '2026-05-01T08:00:00.000Z',
  lastReportAt: '2026-05-01T08:00:00.000Z',
  lastChangeAt: '2026-05-01T08:00:00.000Z',
  measurements: [],
  linkedIdeaIds: [],
  reuseSource: 'other_unit',
  reuseReference: USER.reuseReference,
  initiators: ['employees', 'leaders'],
};

export const otherInitiative: Initiative = { ...sampleInitiative, id: 'initiative-2', title: USER.otherTitle, phase: 'pilot', lastReportAt: undefined };

function report(id: string, reportedAt: string, phase: ProgressReport['phase']): ProgressReport {
  return {
    id,
    initiativeId: sampleInitiative.id,
    reportedById: 'owner-1',
    reportedByName: USER.ownerName,
    reportedAt,
    phaseBefore: 'anchor',
    phase,
    status: 'active',
    progress: 'on_track',
    doneSinceLast: USER.doneSinceLast,
    nextSteps: USER.nextSteps,
    nextStepsDate: '2026-06-01',
    employeeInvolvement: USER.employeeInvolvement,
    helpNeeded: ['line_manager', 'ict'],
    helpText: USER.helpText,
    measurements: [],
    spreadActions: [],
  };
}

export const sampleReports: ProgressReport[] = [
  report('r1', '2026-03-01T10:00:00.000Z', 'anchor'),
  report('r2', '2026-04-05T21:30:00.000Z', 'insight'),
  report('r3', '2026-02-01T10:00:00.000Z', 'anchor'),
  report('r4', '2026-05-01T08:00:00.000Z', 'insight'),
];

export function sampleMeta(form: FormMeta['form'], step: string, stepIndex = 1, stepCount = 6): FormMeta {
  return { form, token: 'token-1', step, stepIndex, stepCount };
}

export const sampleListItems: ListItem[] = [
  { initiative: sampleInitiative, due: { kind: 'report', dueDate: '2026-06-01' } },
  { initiative: otherInitiative, due: { kind: 'firstReport', dueDate: '2026-05-15' } },
];

export const SECTORS = ['Oppvekst skole', 'Miljø, idrett og kultur', USER.sector];

export const sampleReportRaw: RawForm = {
  progress: 'blocked',
  doneSinceLast: USER.doneSinceLast,
  nextSteps: USER.nextSteps,
  nextStepsDate: '2026-06-01',
  employeeInvolvement: USER.employeeInvolvement,
  learning: USER.learning,
  barriers: USER.barriers,
  helpNeeded: 'line_manager,ict',
  helpText: USER.helpText,
  measurementType: 'efficiency',
  measurementValue: USER.measurementValue,
  measurementNote: USER.measurementNote,
  status: 'done_in_use',
  inUseDate: '2026-05-20',
  factor_time: '2',
};
const reportErrors: FieldErrors = { nextStepsDate: { code: 'invalidDate' }, achievedBenefits: { code: 'required' } };

// ---- Samples -------------------------------------------------------------------------------

export const CARD_SAMPLES: Record<string, CardSample> = {
  welcome: {
    data: { commands: commandRoutes().map((c) => ({ command: c.nb, description: c.id })), leader: true, showOverview: true },
    userText: [],
  },
  proposeWhat: {
    data: proposeStepData('nb', sampleMeta('propose', 'what', 0), 'what', { title: USER.title, problem: USER.problem, goal: USER.goal }, {
      title: { code: 'tooLong', max: 100 },
    }),
    userText: [USER.title, USER.problem, USER.goal],
  },
  proposeWho: {
    data: proposeStepData('nb', sampleMeta('propose', 'who', 1), 'who', { beneficiaries: 'users,relatives', benefit1Type: 'quality', benefit1Description: USER.benefit, benefit2Description: USER.goal, employeesInvolved: '12', startDate: '2026-04-05', plannedInUseDate: '2026-01-01' }, {
      phase: { code: 'required' },
      benefit2Type: { code: 'benefitIncomplete' },
      plannedInUseDate: { code: 'dateBeforeStart' },
    }),
    userText: [USER.benefit, USER.goal],
  },
  detailsNudge: {
    data: detailsNudgeData('nb', { id: 'ini-1', title: USER.title }),
    userText: [USER.title],
  },
  proposeSummary: {
    data: proposeSummaryData('nb', sampleMeta('propose', 'summary', 5), sampleProposal, { name: USER.ownerName, unit: USER.unit, sector: USER.sector }),
    userText: [USER.title, USER.problem, USER.goal, USER.benefit, USER.ownerName, USER.unit, USER.sector],
  },
  initiativeList: {
    // Seen by someone else than the owner: each item says «Du er medeier · eier: …».
    data: initiativeListData('nb', sampleListItems, 'aad-medeier'),
    userText: [USER.title, USER.otherTitle, USER.ownerName],
  },
  initiativeDetail: {
    data: initiativeDetailData('nb', sampleInitiative, sampleReports),
    userText: [USER.title, USER.problem, USER.goal, USER.benefit, USER.ownerName, USER.unit, USER.sector],
  },
  pickInitiative: {
    data: pickInitiativeData('nb', sampleMeta('report', 'pick', 0, 2), [sampleInitiative, otherInitiative]),
    userText: [USER.title, USER.otherTitle],
  },
  reportForm: {
    data: reportFormData('nb', sampleMeta('report', 'report', 1, 3), sampleInitiative, sampleReportRaw, reportErrors),
    userText: [
      USER.title,
      USER.doneSinceLast,
      USER.nextSteps,
      USER.employeeInvolvement,
      USER.learning,
      USER.barriers,
      USER.helpText,
      USER.measurementValue,
      USER.measurementNote,
    ],
  },
  closingReport: {
    data: closingReportData('nb', sampleMeta('report', 'closing', 2, 3), sampleInitiative, sampleReportRaw, reportErrors),
    userText: [USER.title],
  },
  profile: {
    data: profileData('nb', sampleMeta('profile', 'profile', 0, 1), { name: USER.profileName }, { language: { code: 'required' } }, [{ unit: USER.profileUnit, sector: USER.sector, rosterId: 'kari@example.no' }]),
    userText: [USER.profileName, USER.profileUnit],
  },
  helpRequest: {
    data: helpRequestData('nb', sampleInitiative, sampleReports[1]!),
    userText: [USER.ownerName, USER.unit, USER.title, USER.helpText],
  },
  coOwnerNotice: {
    data: coOwnerNoticeData('nb', 'added', { initiative: sampleInitiative, by: { id: 'aad-kari', name: USER.ownerName } }),
    userText: [USER.ownerName, USER.title],
  },
  ...REMINDER_CARD_SAMPLES,
  ...IDEA_CARD_SAMPLES,
  ...OVERVIEW_CARD_SAMPLES,
  ...exploreCardSamples(sampleInitiative, USER, SECTORS),
  ...TALK_CARD_SAMPLES,
};
