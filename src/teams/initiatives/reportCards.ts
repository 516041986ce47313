// The progress report's cards: pick the initiative (cards/pickInitiative.json), then the report
// with its closing section (cards/reportForm.json).
import { FACTORS } from '../../domain/initiative/codes';
import { CLOSING_FIELDS, REPORT_FIELDS, type FieldErrors, type RawForm } from '../../domain/initiative/formTypes';
import type { Initiative } from '../../domain/initiative/initiative';
import { t, type Locale } from '../../i18n';
import { codeChoices, codeLabel } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';
import { FACTOR_FIELDS, FACTOR_SCORES, phaseChoices, formBase, formFooter, formErrors, formValues, type FormMeta } from '../forms/formParts';

export function pickInitiativeData(locale: Locale, meta: FormMeta, initiatives: Initiative[]) {
  return {
    ...formBase(locale, meta),
    footer: formFooter(locale, 'next', 'common.next', false),
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
    footer: formFooter(locale, 'submit', 'report.submit'),
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
      factorScore: FACTOR_SCORES.map((s) => ({
        title: t(locale, `report.closing.scale.${s}`),
        value: s,
      })),
    },
  };
}

/** Input.ChoiceSet 'initiativeId'; Neste / Avbryt. */
export function pickInitiativeCard(locale: Locale, meta: FormMeta, initiatives: Initiative[]): CardAttachment {
  return cardAttachment(expandCard('pickInitiative', locale, pickInitiativeData(locale, meta, initiatives)));
}

/**
 * The progress report; the closing report section (cards/parts/closingReport.json, Container
 * 'closingSection') is visible when `showClosing` (or when one of its inputs has an error) and
 * can be shown with a toggle button.
 */
export function reportFormCard(locale: Locale, meta: FormMeta, initiative: Initiative, raw: RawForm, errors: FieldErrors, showClosing: boolean): CardAttachment {
  return cardAttachment(expandCard('reportForm', locale, reportFormData(locale, meta, initiative, raw, errors, showClosing)));
}
