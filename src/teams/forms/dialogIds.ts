export const DIALOG = {
  profile: 'profileDialog',
  propose: 'proposeInitiativeDialog',
  report: 'reportDialog',
  edit: 'editInitiativeDialog',
} as const;
