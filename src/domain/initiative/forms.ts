// Server-side validation of card submits: one import for the dialogs.
export { normalizeSubmit, splitMulti, isValidIsoDate } from './fieldRules';
export { validateProposalStep, parseProposal, toRawProposal, PROPOSAL_ALL_FIELDS } from './proposalForm';
export {
  parseProgressReport,
  closingRequired,
  factorFieldIds,
  REPORT_ALL_FIELDS,
  FACTOR_MIN,
  FACTOR_MAX,
  type ReportInput,
} from './reportForm';
export { parseDetails, toRawDetails, MAX_INITIATORS } from './detailsForm';
export { parseProfileForm, type ProfileInput } from './profileForm';
