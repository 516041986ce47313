// The initiative cards: proposal steps and summary, the list and details, the progress report
// (with the closing report), the optional details, the profile and the help request to the
// sector head. Templates are cards/<name>.json; the data they get comes from initiativeCardData.
//
// Every form button submits { verb: 'form', form, token, step, nav }; 'cancel' and 'help' send
// no inputs (Back neither: Teams would block it on an empty required field), 'next' / 'submit' send them. Back is absent on the first step (stepIndex 0).
import type { ProposalStep, RawForm, FieldErrors } from '../../domain/initiative/formTypes';
import type { Initiative, InitiativeProposal, ProgressReport } from '../../domain/initiative/initiative';
import type { Locale } from '../../i18n';
import {
  editDetailsData,
  helpRequestData,
  initiativeDetailData,
  initiativeListData,
  pickInitiativeData,
  profileData,
  proposeStepData,
  proposeSummaryData,
  PROPOSE_TEMPLATES,
  reportFormData,
  type FormMeta,
  type ListItem,
  type OwnerInfo,
} from './initiativeCardData';
import { cardAttachment, expandCard, type CardAttachment } from './template';

export {
  editDetailsData,
  FACTOR_FIELDS,
  helpRequestData,
  initiativeDetailData,
  initiativeListData,
  INPUT_MAX_LENGTH,
  phaseBar,
  pickInitiativeData,
  profileData,
  proposeStepData,
  proposeSummaryData,
  PROPOSE_TEMPLATES,
  reportFormData,
  type FormMeta,
  type ListItem,
  type OwnerInfo,
} from './initiativeCardData';
export { codeChoices, codeLabel, codeLabels, fieldErrorText, formatDate, phaseLabel, phaseNumber } from './initiativeText';

/** Every `nav` a form button (verb 'form') submits. */
export const FORM_NAVS = ['next', 'back', 'cancel', 'help', 'submit'] as const;
export type FormNav = (typeof FORM_NAVS)[number];

/** The template names of these cards, one per file in cards/. */
export const INITIATIVE_TEMPLATES = [
  ...Object.values(PROPOSE_TEMPLATES),
  'proposeSummary',
  'initiativeList',
  'initiativeDetail',
  'pickInitiative',
  'reportForm',
  'editDetails',
  'profile',
  'helpRequest',
] as const;

export function proposeStepCard(locale: Locale, meta: FormMeta, step: ProposalStep, raw: RawForm, errors: FieldErrors): CardAttachment {
  return cardAttachment(expandCard(PROPOSE_TEMPLATES[step], locale, proposeStepData(locale, meta, step, raw, errors)));
}

/** Buttons: Registrer (nav 'submit'), Tilbake ('back'), Avbryt ('cancel'), Hjelp ('help'). */
export function proposeSummaryCard(locale: Locale, meta: FormMeta, proposal: InitiativeProposal, owner: OwnerInfo): CardAttachment {
  return cardAttachment(expandCard('proposeSummary', locale, proposeSummaryData(locale, meta, proposal, owner)));
}

/** Per initiative: Rapporter / Rediger / Detaljer ({ verb, initiativeId }); and «Nytt tiltak» ({ verb: 'newInitiative' }). */
export function initiativeListCard(locale: Locale, items: ListItem[]): CardAttachment {
  return cardAttachment(expandCard('initiativeList', locale, initiativeListData(locale, items)));
}

/** The phase step bar, facts, texts, benefits, the last 3 reports; Rapporter / Rediger. */
export function initiativeDetailCard(locale: Locale, initiative: Initiative, reports: ProgressReport[]): CardAttachment {
  return cardAttachment(expandCard('initiativeDetail', locale, initiativeDetailData(locale, initiative, reports)));
}

/** Input.ChoiceSet 'initiativeId'; Neste / Avbryt. */
export function pickInitiativeCard(locale: Locale, meta: FormMeta, initiatives: Initiative[]): CardAttachment {
  return cardAttachment(expandCard('pickInitiative', locale, pickInitiativeData(locale, meta, initiatives)));
}

/**
 * The progress report; the closing report section (Container 'closingSection') is visible when
 * `showClosing` (or when one of its inputs has an error) and can be shown with a toggle button.
 */
export function reportFormCard(
  locale: Locale,
  meta: FormMeta,
  initiative: Initiative,
  raw: RawForm,
  errors: FieldErrors,
  showClosing: boolean,
): CardAttachment {
  return cardAttachment(expandCard('reportForm', locale, reportFormData(locale, meta, initiative, raw, errors, showClosing)));
}

export function editDetailsCard(locale: Locale, meta: FormMeta, initiative: Initiative, raw: RawForm, errors: FieldErrors): CardAttachment {
  return cardAttachment(expandCard('editDetails', locale, editDetailsData(locale, meta, initiative, raw, errors)));
}

export function profileCard(locale: Locale, meta: FormMeta, raw: RawForm, errors: FieldErrors, sectors: readonly string[]): CardAttachment {
  return cardAttachment(expandCard('profile', locale, profileData(locale, meta, raw, errors, sectors)));
}

/** Sent to the sector head: who asks, which initiative, what help and the text. No buttons. */
export function helpRequestCard(locale: Locale, initiative: Initiative, report: ProgressReport): CardAttachment {
  return cardAttachment(expandCard('helpRequest', locale, helpRequestData(locale, initiative, report)));
}
