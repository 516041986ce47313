// The text commands the bot understands. The Teams manifest's command list and the help card
// are built from, and tested against, this list: add a command only together with its handler.
export const COMMANDS = [
  { id: 'help', nb: 'hjelp', en: 'help', scopes: ['personal', 'team', 'groupChat'] },
  { id: 'newInitiative', nb: 'nytt tiltak', en: 'new initiative', scopes: ['personal'] },
  { id: 'myInitiatives', nb: 'mine tiltak', en: 'my initiatives', scopes: ['personal'] },
  { id: 'report', nb: 'rapporter', en: 'report', scopes: ['personal'] },
  { id: 'edit', nb: 'rediger', en: 'edit', scopes: ['personal'] },
  { id: 'profile', nb: 'profil', en: 'profile', scopes: ['personal'] },
  { id: 'roster', nb: 'roster', en: 'roster', scopes: ['personal'] },
  { id: 'cancel', nb: 'avbryt', en: 'cancel', scopes: ['personal', 'team', 'groupChat'] },
  // Ideas (issue 4)
  { id: 'ideas', nb: 'idéer', en: 'ideas', scopes: ['personal'] },
  { id: 'idea', nb: 'idé', en: 'idea', scopes: ['team', 'groupChat'] },
  { id: 'linkChannel', nb: 'koble kanal', en: 'link channel', scopes: ['team'] },
] as const;

export type CommandId = (typeof COMMANDS)[number]['id'];

// Message extension action commands (compose box and message "..." menu). Empty until the ideas feature lands (issue 4): the manifest only advertises what is handled.
export const MESSAGE_EXTENSION_COMMANDS: ReadonlyArray<{ id: string; context: ReadonlyArray<'compose' | 'commandBox' | 'message'> }> = [
  { id: 'newIdea', context: ['compose', 'commandBox'] },
  { id: 'ideaFromMessage', context: ['message'] },
];
