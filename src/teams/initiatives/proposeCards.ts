// The proposal's cards: two steps (cards/propose<Step>.json), then the summary to register.
// `rediger` shows the same two cards, prefilled.
import {
  BENEFIT_ROWS,
  CO_OWNER_FIELD,
  DETAILS_FIELDS,
  LIMITS,
  PROPOSAL_OPTIONAL_FIELDS,
  PROPOSAL_STEPS,
  PROPOSAL_STEP_FIELDS,
  type FieldErrors,
  type ProposalStep,
  type RawForm,
} from '../../domain/initiative/formTypes';
import type { InitiativeProposal } from '../../domain/initiative/initiative';
import { t, type Locale } from '../../i18n';
import { codeChoices, codeLabel, codeLabels, fieldErrorText, formatDate, phaseLabel, type Choice } from '../cards/initiativeText';
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
};

/** What `rediger` adds to the proposal's cards: the co-owners and the KS details. */
export interface EditExtras {
  /** Roster leaders who may become co-owners (and the current ones), by object id. */
  coOwnerChoices: Choice[];
}

/**
 * The data of a proposal card; `rediger` shows the same two cards prefilled, with the optional
 * section open and the co-owners and KS details added (`edit`).
 */
export function proposeStepData(locale: Locale, meta: FormMeta, step: ProposalStep, raw: RawForm, errors: FieldErrors, edit?: EditExtras) {
  const ids = edit ? [...PROPOSAL_STEP_FIELDS[step], ...DETAILS_FIELDS, CO_OWNER_FIELD] : PROPOSAL_STEP_FIELDS[step];
  const values = formValues(ids, raw);
  const errorTexts = formErrors(locale, ids, errors);
  const filledOrWrong = (fields: readonly string[]) => fields.some((id) => (raw[id] ?? '') !== '' || errors[id] !== undefined);
  const last = step === PROPOSAL_STEPS[PROPOSAL_STEPS.length - 1];
  return {
    ...formBase(locale, meta),
    footer: edit && last ? formFooter(locale, 'submit', 'edit.save') : formFooter(locale, 'next', 'common.next'),
    header: t(locale, edit ? 'edit.title' : 'propose.title'),
    stepTitle: t(locale, edit ? `edit.steps.${step}` : `propose.steps.${step}`),
    intro: t(locale, edit ? `edit.intro.${step}` : `propose.intro.${step}`),
    isEdit: edit !== undefined,
    // Folded until wanted at registration; open when something in it is filled in or needs
    // fixing, and always in `rediger` (where the nudge «Legg til detaljer» leads).
    showMore: edit !== undefined || filledOrWrong(PROPOSAL_OPTIONAL_FIELDS),
    showKs: filledOrWrong(DETAILS_FIELDS),
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
        maxLength: LIMITS.shortText,
      };
    }),
    choices: {
      beneficiary: codeChoices(locale, 'beneficiary'),
      innovationType: codeChoices(locale, 'innovationType'),
      employeeInvolvement: codeChoices(locale, 'employeeInvolvement'),
      benefitType: codeChoices(locale, 'benefitType'),
      phase: phaseChoices(locale),
      coOwner: edit?.coOwnerChoices ?? [],
      novelty: codeChoices(locale, 'novelty'),
      reuseSource: codeChoices(locale, 'reuseSource'),
      initiator: codeChoices(locale, 'initiator'),
      partner: codeChoices(locale, 'partner'),
      funding: codeChoices(locale, 'funding'),
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
      { title: t(locale, 'detail.beneficiaries'), value: codeLabels(locale, 'beneficiary', proposal.beneficiaries) },
      { title: t(locale, 'detail.phase'), value: phaseLabel(locale, proposal.phase) },
      // Optional at registration: only what the leader gave is listed.
      ...optionalFacts(locale, proposal),
    ],
    hasBenefits: (proposal.benefits ?? []).length > 0,
    benefits: (proposal.benefits ?? []).map((b) => ({
      typeLabel: codeLabel(locale, 'benefitType', b.type),
      description: b.description,
    })),
  };
}

function optionalFacts(locale: Locale, p: InitiativeProposal): Array<{ title: string; value: string }> {
  const facts: Array<{ title: string; value: string | undefined }> = [
    { title: t(locale, 'detail.innovationTypes'), value: p.innovationTypes && codeLabels(locale, 'innovationType', p.innovationTypes) },
    { title: t(locale, 'detail.employeeInvolvement'), value: p.employeeInvolvement && codeLabels(locale, 'employeeInvolvement', p.employeeInvolvement) },
    { title: t(locale, 'propose.summary.employeesInvolved'), value: p.employeesInvolved === undefined ? undefined : String(p.employeesInvolved) },
    { title: t(locale, 'detail.startDate'), value: p.startDate && formatDate(p.startDate) },
    { title: t(locale, 'detail.plannedInUseDate'), value: p.plannedInUseDate && formatDate(p.plannedInUseDate) },
  ];
  return facts.filter((f): f is { title: string; value: string } => !!f.value);
}

export function proposeStepCard(locale: Locale, meta: FormMeta, step: ProposalStep, raw: RawForm, errors: FieldErrors, edit?: EditExtras): CardAttachment {
  return cardAttachment(expandCard(PROPOSE_TEMPLATES[step], locale, proposeStepData(locale, meta, step, raw, errors, edit)));
}

/** Buttons: Registrer (nav 'submit'), Tilbake ('back'), Avbryt ('cancel'), Hjelp ('help'). */
export function proposeSummaryCard(locale: Locale, meta: FormMeta, proposal: InitiativeProposal, owner: OwnerInfo, similar: SimilarRow[] = []): CardAttachment {
  return cardAttachment(expandCard('proposeSummary', locale, proposeSummaryData(locale, meta, proposal, owner, similar)));
}
