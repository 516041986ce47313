// Pure functions that build the data each initiative card template in cards/ is expanded with.
// The templates get the locale's strings as `t` besides this data. User text (titles, free
// text, names, units) is passed here as plain values; the templates show it only in input
// values, choice titles and RichTextBlock TextRuns, which never render markdown.
import { FACTORS, PHASES, type Phase } from '../../domain/initiative/codes';
import {
  BENEFIT_ROWS,
  CLOSING_FIELDS,
  DETAILS_FIELDS,
  LIMITS,
  PROFILE_FIELDS,
  PROPOSAL_STEP_FIELDS,
  REPORT_FIELDS,
  type FieldErrors,
  type ProposalStep,
  type RawForm,
} from '../../domain/initiative/formTypes';
import type { Initiative, InitiativeProposal, ProgressReport } from '../../domain/initiative/initiative';
import { t, type Locale } from '../../i18n';
import { codeChoices, codeLabel, codeLabels, fieldErrorText, formatDate, phaseLabel, phaseNumber, type Choice } from './initiativeText';

export interface FormMeta {
  form: 'propose' | 'report' | 'profile' | 'edit';
  token: string;
  step: string;
  /** 0-based: Back is shown when it is above 0. */
  stepIndex: number;
  stepCount: number;
}

export interface ListItem {
  initiative: Initiative;
  due: { kind: 'firstReport' | 'report' | 'closingReport' | 'none'; dueDate?: string };
}

export interface OwnerInfo {
  name: string;
  unit: string;
  sector: string;
}

/** Input.Text maxLength per input id, matching the server-side checks (LIMITS). */
export const INPUT_MAX_LENGTH: Record<string, number> = {
  title: LIMITS.title,
  problem: LIMITS.longText,
  goal: LIMITS.longText,
  ...Object.fromEntries(Array.from({ length: BENEFIT_ROWS }, (_, i) => [`benefit${i + 1}Description`, LIMITS.shortText])),
  doneSinceLast: LIMITS.longText,
  nextSteps: LIMITS.longText,
  employeeInvolvement: LIMITS.longText,
  learning: LIMITS.longText,
  barriers: LIMITS.longText,
  helpText: LIMITS.longText,
  measurementValue: LIMITS.shortText,
  measurementNote: LIMITS.shortText,
  reuseReference: LIMITS.reference,
  name: LIMITS.name,
  unit: LIMITS.unit,
};

/** The factor score inputs of the closing report: `factor_<code>`. */
export const FACTOR_FIELDS: readonly string[] = FACTORS.map((f) => `factor_${f}`);

const FACTOR_SCORES = ['1', '2', '3', '4', '5', '6'] as const;

// ---------------------------------------------------------------------------------------------
// Shared form parts

function formBase(locale: Locale, meta: FormMeta) {
  return {
    form: meta.form,
    token: meta.token,
    step: meta.step,
    showStep: meta.stepCount > 1,
    stepText: t(locale, 'propose.stepOf', { n: meta.stepIndex + 1, total: meta.stepCount }),
    showBack: meta.stepIndex > 0,
    requiredText: fieldErrorText(locale, { code: 'required' }),
    maxLength: INPUT_MAX_LENGTH,
    maxEmployees: LIMITS.maxEmployees,
  };
}

/** Every id gets a string: the leader's own input, else the default, else ''. */
function formValues(ids: readonly string[], raw: RawForm, defaults: Record<string, string | undefined> = {}): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, raw[id] ?? defaults[id] ?? '']));
}

/** Every id gets its error text, or '' (the templates show the text when it is not ''). */
function formErrors(locale: Locale, ids: readonly string[], errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, errors[id] ? fieldErrorText(locale, errors[id]) : '']));
}

/** Input.Number needs a number (or nothing): the raw text when it is one. */
function numberValue(raw: string | undefined): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const n = Number(raw.trim());
  return Number.isFinite(n) ? n : null;
}

// ---------------------------------------------------------------------------------------------
// Propose: one card per step, then a summary

export const PROPOSE_TEMPLATES: Record<ProposalStep, string> = {
  what: 'proposeWhat',
  who: 'proposeWho',
  employees: 'proposeEmployees',
  benefits: 'proposeBenefits',
  phaseDates: 'proposePhaseDates',
};

function phaseChoices(locale: Locale, current?: Phase): Choice[] {
  return PHASES.map((p) => {
    const label = phaseLabel(locale, p);
    return { title: p === current ? t(locale, 'report.phaseCurrent', { label }) : label, value: p };
  });
}

export function proposeStepData(locale: Locale, meta: FormMeta, step: ProposalStep, raw: RawForm, errors: FieldErrors) {
  const ids = PROPOSAL_STEP_FIELDS[step];
  const values = formValues(ids, raw);
  const errorTexts = formErrors(locale, ids, errors);
  return {
    ...formBase(locale, meta),
    stepTitle: t(locale, `propose.steps.${step}`),
    intro: t(locale, `propose.intro.${step}`),
    values,
    errors: errorTexts,
    employeesInvolvedValue: numberValue(raw.employeesInvolved),
    benefitRows: Array.from({ length: BENEFIT_ROWS }, (_, i) => {
      const n = i + 1;
      const typeId = `benefit${n}Type`;
      const descId = `benefit${n}Description`;
      return {
        typeId,
        descId,
        typeLabel: t(locale, 'fields.benefitType', { n }),
        descLabel: t(locale, 'fields.benefitDescription', { n }),
        typeValue: raw[typeId] ?? '',
        descValue: raw[descId] ?? '',
        typeError: errors[typeId] ? fieldErrorText(locale, errors[typeId]) : '',
        descError: errors[descId] ? fieldErrorText(locale, errors[descId]) : '',
        required: n === 1,
        maxLength: LIMITS.shortText,
      };
    }),
    choices: {
      beneficiary: codeChoices(locale, 'beneficiary'),
      innovationType: codeChoices(locale, 'innovationType'),
      employeeInvolvement: codeChoices(locale, 'employeeInvolvement'),
      benefitType: codeChoices(locale, 'benefitType'),
      phase: phaseChoices(locale),
    },
  };
}

export function proposeSummaryData(locale: Locale, meta: FormMeta, proposal: InitiativeProposal, owner: OwnerInfo) {
  return {
    ...formBase(locale, meta),
    title: proposal.title,
    problem: proposal.problem,
    goal: proposal.goal,
    ownerName: owner.name,
    ownerUnit: owner.unit,
    ownerSector: owner.sector,
    facts: [
      { title: t(locale, 'detail.beneficiaries'), value: codeLabels(locale, 'beneficiary', proposal.beneficiaries) },
      { title: t(locale, 'detail.innovationTypes'), value: codeLabels(locale, 'innovationType', proposal.innovationTypes) },
      { title: t(locale, 'detail.employeeInvolvement'), value: codeLabels(locale, 'employeeInvolvement', proposal.employeeInvolvement) },
      { title: t(locale, 'propose.summary.employeesInvolved'), value: String(proposal.employeesInvolved) },
      { title: t(locale, 'detail.phase'), value: phaseLabel(locale, proposal.phase) },
      { title: t(locale, 'detail.startDate'), value: formatDate(proposal.startDate) },
      { title: t(locale, 'detail.plannedInUseDate'), value: formatDate(proposal.plannedInUseDate) },
    ],
    benefits: proposal.benefits.map((b) => ({ typeLabel: codeLabel(locale, 'benefitType', b.type), description: b.description })),
  };
}

// ---------------------------------------------------------------------------------------------
// List and details

function dueText(locale: Locale, due: ListItem['due']): string {
  const what = t(locale, `list.due.${due.kind}`);
  return due.kind !== 'none' && due.dueDate ? t(locale, 'list.dueBy', { what, date: formatDate(due.dueDate) }) : what;
}

function statusText(locale: Locale, initiative: Initiative): string {
  const status = codeLabel(locale, 'status', initiative.status);
  return initiative.progress && initiative.status === 'active' ? `${status} · ${codeLabel(locale, 'progress', initiative.progress)}` : status;
}

export function initiativeListData(locale: Locale, items: ListItem[]) {
  return {
    empty: items.length === 0,
    items: items.map(({ initiative, due }) => ({
      id: initiative.id,
      title: initiative.title,
      phaseText: t(locale, 'list.phaseOf', { n: phaseNumber(initiative.phase), label: codeLabel(locale, 'phase', initiative.phase) }),
      statusText: statusText(locale, initiative),
      lastReportText: initiative.lastReportAt ? formatDate(initiative.lastReportAt) : t(locale, 'list.noReportYet'),
      dueText: dueText(locale, due),
    })),
  };
}

/** The phase step bar: phases before the current one 'good', the current one 'accent' and bold. */
export function phaseBar(locale: Locale, current: Phase) {
  const at = phaseNumber(current);
  return PHASES.map((p, i) => {
    const n = i + 1;
    return {
      number: String(n),
      label: codeLabel(locale, 'phase', p),
      style: n < at ? 'good' : n === at ? 'accent' : 'emphasis',
      weight: n === at ? 'Bolder' : 'Default',
      reached: n <= at,
    };
  });
}

export function initiativeDetailData(locale: Locale, initiative: Initiative, reports: ProgressReport[]) {
  const none = t(locale, 'detail.none');
  const orNone = (s: string) => (s === '' ? none : s);
  const facts = [
    { title: t(locale, 'detail.phase'), value: phaseLabel(locale, initiative.phase) },
    { title: t(locale, 'detail.status'), value: codeLabel(locale, 'status', initiative.status) },
    ...(initiative.progress ? [{ title: t(locale, 'detail.progress'), value: codeLabel(locale, 'progress', initiative.progress) }] : []),
    { title: t(locale, 'detail.beneficiaries'), value: orNone(codeLabels(locale, 'beneficiary', initiative.beneficiaries)) },
    { title: t(locale, 'detail.innovationTypes'), value: orNone(codeLabels(locale, 'innovationType', initiative.innovationTypes)) },
    { title: t(locale, 'detail.employeeInvolvement'), value: orNone(codeLabels(locale, 'employeeInvolvement', initiative.employeeInvolvement)) },
    { title: t(locale, 'detail.startDate'), value: initiative.startDate ? formatDate(initiative.startDate) : none },
    { title: t(locale, 'detail.plannedInUseDate'), value: initiative.plannedInUseDate ? formatDate(initiative.plannedInUseDate) : none },
    ...(initiative.closing?.inUseDate ? [{ title: t(locale, 'detail.inUseDate'), value: formatDate(initiative.closing.inUseDate) }] : []),
    {
      title: t(locale, 'detail.lastReportDate'),
      value: initiative.lastReportAt ? formatDate(initiative.lastReportAt) : t(locale, 'list.noReportYet'),
    },
  ];
  const latest = [...reports]
    .filter((r) => r.initiativeId === initiative.id)
    .sort((a, b) => b.reportedAt.localeCompare(a.reportedAt))
    .slice(0, 3);
  return {
    id: initiative.id,
    title: initiative.title,
    ownerName: initiative.ownerName,
    unit: initiative.unit,
    sector: initiative.sector,
    problem: initiative.problem,
    goal: initiative.goal,
    phaseBar: phaseBar(locale, initiative.phase),
    facts,
    benefits: initiative.benefits.map((b) => ({ typeLabel: codeLabel(locale, 'benefitType', b.type), description: b.description })),
    hasReports: latest.length > 0,
    reports: latest.map((r) => ({
      text: `${formatDate(r.reportedAt)} · ${phaseLabel(locale, r.phase)} · ${codeLabel(locale, 'progress', r.progress)}`,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Report: pick an initiative, then the progress report (with the closing report section)

export function pickInitiativeData(locale: Locale, meta: FormMeta, initiatives: Initiative[]) {
  return {
    ...formBase(locale, meta),
    title: t(locale, meta.form === 'edit' ? 'edit.pickTitle' : 'report.pickTitle'),
    choices: initiatives.map((i) => ({ title: i.title, value: i.id })),
    value: initiatives.length === 1 ? initiatives[0]!.id : '',
  };
}

const CLOSING_INPUTS: readonly string[] = [...CLOSING_FIELDS, ...FACTOR_FIELDS];

export function reportFormData(locale: Locale, meta: FormMeta, initiative: Initiative, raw: RawForm, errors: FieldErrors, showClosing: boolean) {
  const closing = initiative.closing;
  const defaults: Record<string, string | undefined> = {
    phase: initiative.phase,
    status: initiative.status,
    progress: initiative.progress,
    inUseDate: closing?.inUseDate,
    achievedBenefits: closing?.achievedBenefits.join(','),
    effectMeasured: closing?.effectMeasured,
    closingSpreadActions: closing?.spreadActions.join(','),
    ...Object.fromEntries(FACTORS.map((f) => [`factor_${f}`, closing?.factors[f]?.toString()])),
  };
  const ids = [...REPORT_FIELDS, ...CLOSING_INPUTS];
  const values = formValues(ids, raw, defaults);
  const errorTexts = formErrors(locale, ids, errors);
  const closingError = CLOSING_INPUTS.some((id) => errorTexts[id] !== '');
  return {
    ...formBase(locale, meta),
    initiativeTitle: initiative.title,
    values,
    errors: errorTexts,
    showClosing: showClosing || closingError,
    factors: FACTORS.map((f) => ({
      id: `factor_${f}`,
      label: codeLabel(locale, 'factor', f),
      value: values[`factor_${f}`],
      error: errorTexts[`factor_${f}`],
    })),
    choices: {
      phase: phaseChoices(locale, initiative.phase),
      status: codeChoices(locale, 'status'),
      progress: codeChoices(locale, 'progress'),
      helpNeeded: codeChoices(locale, 'helpNeeded'),
      benefitType: codeChoices(locale, 'benefitType'),
      spreadAction: codeChoices(locale, 'spreadAction'),
      effectMeasured: codeChoices(locale, 'effectMeasured'),
      factorScore: FACTOR_SCORES.map((s) => ({ title: t(locale, `report.closing.scale.${s}`), value: s })),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Edit details, profile, help request

export function editDetailsData(locale: Locale, meta: FormMeta, initiative: Initiative, raw: RawForm, errors: FieldErrors) {
  const defaults: Record<string, string | undefined> = {
    novelty: initiative.novelty,
    reuseSource: initiative.reuseSource,
    reuseReference: initiative.reuseReference,
    initiators: initiative.initiators?.join(','),
    partners: initiative.partners?.join(','),
    funding: initiative.funding?.join(','),
  };
  return {
    ...formBase(locale, meta),
    initiativeTitle: initiative.title,
    values: formValues(DETAILS_FIELDS, raw, defaults),
    errors: formErrors(locale, DETAILS_FIELDS, errors),
    choices: {
      novelty: codeChoices(locale, 'novelty'),
      reuseSource: codeChoices(locale, 'reuseSource'),
      initiator: codeChoices(locale, 'initiator'),
      partner: codeChoices(locale, 'partner'),
      funding: codeChoices(locale, 'funding'),
    },
  };
}

export function profileData(locale: Locale, meta: FormMeta, raw: RawForm, errors: FieldErrors, sectors: readonly string[]) {
  return {
    ...formBase(locale, meta),
    values: formValues(PROFILE_FIELDS, raw),
    errors: formErrors(locale, PROFILE_FIELDS, errors),
    choices: {
      // Sector names are configuration data and may contain commas: single-select, name as value.
      sector: sectors.map((s) => ({ title: s, value: s })),
      role: codeChoices(locale, 'role'),
      language: [
        { title: t(locale, 'profileForm.languages.nb'), value: 'nb' },
        { title: t(locale, 'profileForm.languages.en'), value: 'en' },
      ],
    },
  };
}

export function helpRequestData(locale: Locale, initiative: Initiative, report: ProgressReport) {
  const help = report.helpNeeded.filter((h) => h !== 'none');
  return {
    id: initiative.id,
    ownerName: initiative.ownerName,
    unit: initiative.unit,
    sector: initiative.sector,
    title: initiative.title,
    helpText: report.helpText ?? '',
    hasHelpText: (report.helpText ?? '').trim() !== '',
    facts: [
      { title: t(locale, 'helpRequest.helpWith'), value: codeLabels(locale, 'helpNeeded', help.length > 0 ? help : report.helpNeeded) },
      {
        title: t(locale, 'helpRequest.situation'),
        value: `${phaseLabel(locale, report.phase)} · ${codeLabel(locale, 'status', report.status)} · ${codeLabel(locale, 'progress', report.progress)}`,
      },
      { title: t(locale, 'helpRequest.reportedAt'), value: formatDate(report.reportedAt) },
    ],
  };
}
