// The proposal's cards: one per step (cards/propose<Step>.json), then the summary to register.
import { BENEFIT_ROWS, LIMITS, PROPOSAL_STEP_FIELDS, type FieldErrors, type ProposalStep, type RawForm } from '../../domain/initiative/formTypes';
import type { InitiativeProposal } from '../../domain/initiative/initiative';
import { t, type Locale } from '../../i18n';
import { codeChoices, codeLabel, codeLabels, fieldErrorText, formatDate, phaseLabel } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';
import { phaseChoices, formBase, formFooter, formErrors, formValues, numberValue, type FormMeta } from '../forms/formParts';

export interface OwnerInfo {
  name: string;
  unit: string;
  sector: string;
  /** A leader of several units (roster) chooses among them; empty or one: no choice shown. */
  units?: readonly string[];
}

/** A similar initiative from another unit on the summary («Andre har prøvd noe lignende»). */
export interface SimilarRow {
  id: string;
  title: string;
  unit: string;
  phaseLabel: string;
  statusLabel: string;
  need: string;
}

export const PROPOSE_TEMPLATES: Record<ProposalStep, string> = {
  what: 'proposeWhat',
  who: 'proposeWho',
  employees: 'proposeEmployees',
  benefits: 'proposeBenefits',
  phaseDates: 'proposePhaseDates',
};

export function proposeStepData(locale: Locale, meta: FormMeta, step: ProposalStep, raw: RawForm, errors: FieldErrors) {
  const ids = PROPOSAL_STEP_FIELDS[step];
  const values = formValues(ids, raw);
  const errorTexts = formErrors(locale, ids, errors);
  return {
    ...formBase(locale, meta),
    footer: formFooter(locale, 'next', 'common.next'),
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

export function proposeSummaryData(locale: Locale, meta: FormMeta, proposal: InitiativeProposal, owner: OwnerInfo, similar: SimilarRow[] = []) {
  return {
    hasSimilar: similar.length > 0,
    similar,
    ...formBase(locale, meta),
    footer: formFooter(locale, 'submit', 'propose.summary.register'),
    title: proposal.title,
    problem: proposal.problem,
    goal: proposal.goal,
    ownerName: owner.name,
    ownerUnit: owner.unit,
    ownerSector: owner.sector,
    unitChoices: (owner.units ?? []).length > 1 ? (owner.units ?? []).map((u) => ({ title: u, value: u })) : [],
    facts: [
      {
        title: t(locale, 'detail.beneficiaries'),
        value: codeLabels(locale, 'beneficiary', proposal.beneficiaries),
      },
      {
        title: t(locale, 'detail.innovationTypes'),
        value: codeLabels(locale, 'innovationType', proposal.innovationTypes),
      },
      {
        title: t(locale, 'detail.employeeInvolvement'),
        value: codeLabels(locale, 'employeeInvolvement', proposal.employeeInvolvement),
      },
      {
        title: t(locale, 'propose.summary.employeesInvolved'),
        value: String(proposal.employeesInvolved),
      },
      {
        title: t(locale, 'detail.phase'),
        value: phaseLabel(locale, proposal.phase),
      },
      {
        title: t(locale, 'detail.startDate'),
        value: formatDate(proposal.startDate),
      },
      {
        title: t(locale, 'detail.plannedInUseDate'),
        value: formatDate(proposal.plannedInUseDate),
      },
    ],
    benefits: proposal.benefits.map((b) => ({
      typeLabel: codeLabel(locale, 'benefitType', b.type),
      description: b.description,
    })),
  };
}

export function proposeStepCard(locale: Locale, meta: FormMeta, step: ProposalStep, raw: RawForm, errors: FieldErrors): CardAttachment {
  return cardAttachment(expandCard(PROPOSE_TEMPLATES[step], locale, proposeStepData(locale, meta, step, raw, errors)));
}

/** Buttons: Registrer (nav 'submit'), Tilbake ('back'), Avbryt ('cancel'), Hjelp ('help'). */
export function proposeSummaryCard(locale: Locale, meta: FormMeta, proposal: InitiativeProposal, owner: OwnerInfo, similar: SimilarRow[] = []): CardAttachment {
  return cardAttachment(expandCard('proposeSummary', locale, proposeSummaryData(locale, meta, proposal, owner, similar)));
}
