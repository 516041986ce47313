// Other ways people type the commands: spellings with and without accent, the old English-ish
// names kept for those used to them, and common misspellings. Matched exactly (after
// normalizeText); anything else that is close gets «Mente du …?» (help/freeText.ts).
import type { CommandId } from './routes';

export const COMMAND_ALIASES: Partial<Record<CommandId, readonly string[]>> = {
  help: ['hjelpe', 'hjlep', 'hjep', 'meny', 'menu', '?'],
  newInitiative: ['nytt', 'ny', 'nytt tilltak', 'nyt tiltak', 'ny tiltak', 'nytt initiativ', 'registrer', 'registrer tiltak'],
  myInitiatives: ['mine', 'mine tilltak', 'min tiltak', 'mine tiltakk', 'tiltak', 'tiltakene mine'],
  report: ['rapport', 'rapportere', 'raporter', 'rapoter', 'statusrapport'],
  edit: ['endre', 'redigere', 'redigér', 'rediger tiltak'],
  profile: ['profilen', 'profilen min', 'min profil', 'profill'],
  roster: ['roster', 'lederlista', 'lederlisten', 'ledere'],
  cancel: ['avbryte', 'avbrytt', 'stopp', 'stop', 'abort'],
  ideas: ['idéer', 'ideene', 'ideér', 'ideèr', 'idear', 'ide', 'idé', 'idèer', 'ider'],
  idea: ['ide', 'ny idé', 'ny ide', 'ideer', 'idéer'],
  linkChannel: ['koble', 'koble team', 'kople kanal', 'koble kanalen'],
};
