// Texts the Teams manifest shows next to each command. Command titles come from COMMANDS in
// src/teams/commands.ts; descriptions (and message extension titles) live here, one entry per
// command id. buildManifest throws, and the deployment tests fail, when a command has no entry.

export interface LocalizedText {
  nb: string;
  en: string;
}

/** Bot command descriptions (max 4000 characters; keep them to one short line). */
export const BOT_COMMAND_DESCRIPTIONS: Readonly<Record<string, LocalizedText>> = {
  help: { nb: 'Vis hva boten kan hjelpe deg med', en: 'Show what the bot can help you with' },
  newInitiative: { nb: 'Foreslå et nytt innovasjonstiltak', en: 'Propose a new innovation initiative' },
  myInitiatives: { nb: 'Se og oppdater tiltakene dine', en: 'See and update your initiatives' },
  report: { nb: 'Send statusrapport for et tiltak', en: 'Send a progress report for an initiative' },
  edit: { nb: 'Legg til flere opplysninger om et tiltak', en: 'Add more details to an initiative' },
  profile: { nb: 'Se og endre tjenestested og kommunalområde', en: 'See and change your service unit and sector' },
  cancel: { nb: 'Avbryt det du holder på med', en: 'Cancel what you are doing' },
};

/**
 * Message extension command titles (max 32) and descriptions (max 128), by command id. Add one
 * entry per MESSAGE_EXTENSION_COMMANDS id, e.g.
 *   newIdea: {
 *     title: { nb: 'Ny idé', en: 'New idea' },
 *     description: { nb: 'Send inn en idé til forbedring', en: 'Submit an improvement idea' },
 *   },
 */
export const MESSAGE_EXTENSION_TEXTS: Readonly<Record<string, { title: LocalizedText; description: LocalizedText }>> = {};
