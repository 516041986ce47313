// The progress report's cards: pick the initiative (cards/pickInitiative.json), the report
// (cards/reportForm.json) and, for a closing status, the closing report (cards/closingReport.json).
import { FACTORS } from '../../domain/initiative/codes';
import { CLOSING_ALL_FIELDS, FACTOR_NOT_RELEVANT } from '../../domain/initiative/reportForm';
import { CLOSING_FIELDS, REPORT_FIELDS, type FieldErrors, type RawForm } from '../../domain/initiative/formTypes';
import type { Initiative } from '../../domain/initiative/initiative';
import { t, type Locale } from '../../i18n';
import { codeChoices, codeLabel } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';
import { FACTOR_SCORES, phaseChoices, formBase, formFooter, formErrors, formValues, type FormMeta } from '../forms/formParts';

export function pickInitiativeData(locale: Locale, meta: FormMeta, initiatives: Initiative[]) {
  return {
    ...formBase(locale, meta),
    footer: formFooter(locale, 'next', 'common.next', false),
    title: t(locale, meta.form === 'edit' ? 'edit.pickTitle' : 'report.pickTitle'),
    choices: initiatives.map((i) => ({ title: i.title, value: i.id })),
    value: initiatives.length === 1 ? initiatives[0]!.id : '',
  };
}

/**
 * The report card's optional parts, folded away (Action.ToggleVisibility) so that a report
 * without news fits one short card. A part opens by itself when it holds an error (the leader
 * must see what to fix) or what the leader already wrote.
 */
export const REPORT_PARTS = {
  involvement: ['employeeInvolvement'],
  learning: ['learning', 'barriers'],
  help: ['helpNeeded', 'helpText'],
  measurement: ['measurementType', 'measurementValue', 'measurementDate', 'measurementNote'],
  spreading: ['spreadActions'],
} as const satisfies Record<string, readonly string[]>;

export type ReportPart = keyof typeof REPORT_PARTS;

function reportParts(locale: Locale, raw: RawForm, errors: FieldErrors) {
  return Object.fromEntries(
    (Object.keys(REPORT_PARTS) as ReportPart[]).map((part) => {
      const ids: readonly string[] = REPORT_PARTS[part];
      const open = ids.some((id) => errors[id] !== undefined || (raw[id] ?? '').trim() !== '');
      return [part, { open, heading: t(locale, 'report.partToggle', { label: t(locale, `report.parts.${part}`) }) }];
    }),
  ) as Record<ReportPart, { open: boolean; heading: string }>;
}

export function reportFormData(locale: Locale, meta: FormMeta, initiative: Initiative, raw: RawForm, errors: FieldErrors) {
  const defaults: Record<string, string | undefined> = { phase: initiative.phase, status: initiative.status, progress: initiative.progress };
  const values = formValues(REPORT_FIELDS, raw, defaults);
  return {
    parts: reportParts(locale, raw, errors),
    ...formBase(locale, meta),
    footer: formFooter(locale, 'submit', 'report.submit'),
    initiativeTitle: initiative.title,
    values,
    errors: formErrors(locale, REPORT_FIELDS, errors),
    choices: {
      phase: phaseChoices(locale, initiative.phase),
      status: codeChoices(locale, 'status'),
      progress: codeChoices(locale, 'progress'),
      helpNeeded: codeChoices(locale, 'helpNeeded'),
      benefitType: codeChoices(locale, 'benefitType'),
      spreadAction: codeChoices(locale, 'spreadAction'),
    },
  };
}

/**
 * Which closing inputs the server requires for this status: the card marks them (*) in the label
 * up front. Not isRequired: the renderer would add a second mark, and the server checks anyway.
 */
function closingRequiredInputs(status: string): Record<string, boolean> {
  const inUse = status === 'done_in_use';
  return { inUseDate: inUse, achievedBenefits: inUse, effectMeasured: true, closingSpreadActions: true };
}

export function closingReportData(locale: Locale, meta: FormMeta, initiative: Initiative, raw: RawForm, errors: FieldErrors) {
  const closing = initiative.closing;
  const defaults: Record<string, string | undefined> = {
    inUseDate: closing?.inUseDate,
    achievedBenefits: closing?.achievedBenefits.join(','),
    effectMeasured: closing?.effectMeasured,
    closingSpreadActions: closing?.spreadActions.join(','),
    ...Object.fromEntries(FACTORS.map((f) => [`factor_${f}`, closing?.factors[f]?.toString()])),
  };
  const values = formValues(CLOSING_ALL_FIELDS, raw, defaults);
  const errorTexts = formErrors(locale, CLOSING_ALL_FIELDS, errors);
  const required = closingRequiredInputs(raw.status ?? '');
  const marked = (label: string, isRequired: boolean) => (isRequired ? t(locale, 'report.closing.requiredLabel', { label }) : label);
  return {
    ...formBase(locale, meta),
    footer: formFooter(locale, 'submit', 'report.closing.submit'),
    initiativeTitle: initiative.title,
    values,
    errors: errorTexts,
    labels: Object.fromEntries(CLOSING_FIELDS.map((id) => [id, marked(t(locale, `fields.${id}`), required[id]!)])),
    factors: FACTORS.map((f) => ({
      id: `factor_${f}`,
      label: marked(codeLabel(locale, 'factor', f), true),
      value: values[`factor_${f}`],
      error: errorTexts[`factor_${f}`],
    })),
    choices: {
      benefitType: codeChoices(locale, 'benefitType'),
      spreadAction: codeChoices(locale, 'spreadAction'),
      effectMeasured: codeChoices(locale, 'effectMeasured'),
      factorScore: ([...FACTOR_SCORES, FACTOR_NOT_RELEVANT] as const).map((s) => ({ title: t(locale, `report.closing.scale.${s}`), value: s })),
    },
  };
}

/** Input.ChoiceSet 'initiativeId'; Neste / Avbryt. */
export function pickInitiativeCard(locale: Locale, meta: FormMeta, initiatives: Initiative[]): CardAttachment {
  return cardAttachment(expandCard('pickInitiative', locale, pickInitiativeData(locale, meta, initiatives)));
}

/** The progress report (cards/reportForm.json); a closing status leads on to the closing card. */
export function reportFormCard(locale: Locale, meta: FormMeta, initiative: Initiative, raw: RawForm, errors: FieldErrors): CardAttachment {
  return cardAttachment(expandCard('reportForm', locale, reportFormData(locale, meta, initiative, raw, errors)));
}

/** The closing report (cards/closingReport.json): its required inputs marked (*) for the chosen status. */
export function closingReportCard(locale: Locale, meta: FormMeta, initiative: Initiative, raw: RawForm, errors: FieldErrors): CardAttachment {
  return cardAttachment(expandCard('closingReport', locale, closingReportData(locale, meta, initiative, raw, errors)));
}
