// The initiative cards in one import: each card's data builder sits beside its card builder in
// its feature folder (initiatives/, profile/, forms/formParts.ts for the shared form parts).
//
// Every form button submits { verb: 'form', form, token, step, nav }; 'cancel' and 'help' send
// no inputs (Back neither: Teams would block it on an empty required field), 'next' / 'submit'
// send them. Back is absent on the first step (stepIndex 0).
import { PROPOSE_TEMPLATES } from '../initiatives/proposeCards';

export { FACTOR_FIELDS, INPUT_MAX_LENGTH, type FormMeta } from '../forms/formParts';
export { PROPOSE_TEMPLATES, proposeStepCard, proposeStepData, proposeSummaryCard, proposeSummaryData, type OwnerInfo } from '../initiatives/proposeCards';
export { initiativeListCard, initiativeListData, type ListItem } from '../initiatives/initiativeListCard';
export { initiativeDetailCard, initiativeDetailData, phaseBar } from '../initiatives/initiativeDetailCard';
export { pickInitiativeCard, pickInitiativeData, reportFormCard, reportFormData, closingReportCard, closingReportData, REPORT_PARTS, type ReportPart } from '../initiatives/reportCards';
export { detailsNudgeCard, detailsNudgeData } from '../initiatives/detailsNudge';
export { profileCard, profileData } from '../profile/profileCard';
export { helpRequestCard, helpRequestData } from '../initiatives/helpRequestCard';
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
  'detailsNudge',
  'profile',
  'helpRequest',
] as const;
