// Texts the Teams manifest shows next to each command. Command titles come from the route
// table (src/teams/routes.ts); descriptions (and message extension titles) live here, one entry per
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
  cancel: { nb: 'Avbryt det du holder på med', en: 'Cancel what you are doing' },
  ideas: { nb: 'Se og følg opp idéene fra enheten din', en: 'See and follow up the ideas from your unit' },
  idea: { nb: 'Del en idé til forbedring med kanalen', en: 'Share an improvement idea with the channel' },
  linkChannel: { nb: 'Koble teamet til tjenestestedet ditt (ledere)', en: 'Link the team to your service unit (leaders)' },
  explore: { nb: 'Søk i alle tiltakene i kommunen (utforsk ORD)', en: 'Search every initiative in the municipality (explore WORD)' },
  overview: { nb: 'Se hvordan programmet går, etter rollen din', en: 'See how the programme is doing, by your role' },
  signUp: { nb: 'Meld deg på lederutviklingsprogrammet', en: 'Sign up for the leadership programme' },
};

/**
 * Message extension command titles (max 32) and descriptions (max 128), by command id. Add one
 * entry per message extension route id, e.g.
 *   newIdea: {
 *     title: { nb: 'Ny idé', en: 'New idea' },
 *     description: { nb: 'Send inn en idé til forbedring', en: 'Submit an improvement idea' },
 *   },
 */
export const MESSAGE_EXTENSION_TEXTS: Readonly<Record<string, { title: LocalizedText; description: LocalizedText }>> = {
  newIdea: {
    title: { nb: 'Ny idé', en: 'New idea' },
    description: { nb: 'Send inn en idé til forbedring', en: 'Submit an improvement idea' },
  },
  ideaFromMessage: {
    title: { nb: 'Gjør om til idé', en: 'Turn into an idea' },
    description: { nb: 'Lag en idé av denne meldingen', en: 'Make an idea from this message' },
  },
};
