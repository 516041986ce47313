// Scenarios for `npm run screenshots` (scripts/screenshot-cards.ts). Each one runs in a fresh
// bot (empty embedded store) + playground + browser, performs its steps in the personal chat and
// saves one PNG. Paths are relative to the repo root.

export type ScreenshotStep =
  /** Send a chat message and wait for the bot's answer. */
  | { send: string }
  /** Switch to a conversation in the sidebar: a channel of `team` (default "My Team"), e.g. "General", or "Personal Chat". */
  | { open: string; team?: string }
  /** Start a new post in the open channel, @mentioning the bot (`mention`, default "Test Bot"; '' = none), and wait for its answer. */
  | { post: string; mention?: string }
  /** Click a card button by its title; `expectReply` waits for a new message (default: just wait until quiet). */
  | { click: string; expectReply?: boolean }
  /** Fill a card input by its label (or placeholder). */
  | { fill: string; value: string }
  /** Pick a choice (by title) in an Input.ChoiceSet with this label. */
  | { select: string; choice: string }
  /** Tick (or untick) an Input.Toggle by its title. */
  | { toggle: string; on?: boolean }
  /** Pause, in milliseconds. */
  | { wait: number };

export interface ScreenshotScenario {
  name: string;
  steps: ScreenshotStep[];
  /** Where the PNG goes, relative to the repo root. */
  output: string;
  /** lastCard (default): the newest card; lastMessage: the newest bot message; chat: the whole chat pane. */
  target?: 'lastCard' | 'lastMessage' | 'chat';
  /** Instead of target: the newest card that has a button with this title (e.g. a card posted in a channel). */
  cardWithButton?: string;
  /** The user's locale: put on the activities the bot receives, and the browser language. Default nb-NO. */
  locale?: string;
  /** Browser window size. Default 1280x900. */
  viewport?: { width: number; height: number };
  /** Start the bot on a seeded store instead of an empty one ('explore': the 305 fixture initiatives). */
  seed?: 'explore';
}

const profile: ScreenshotStep[] = [
  { send: 'nytt tiltak' },
  { fill: 'Tjenestested', value: 'Bekkestua barnehage' },
  { select: 'Kommunalområde', choice: 'Oppvekst barnehage' },
  { click: 'Lagre', expectReply: true },
];
const what: ScreenshotStep[] = [
  { fill: 'Navn på tiltaket', value: 'Oppskrifter på kjøleskapet' },
  { fill: 'Hvilket problem eller behov skal løses?', value: 'Mye mat blir kastet fordi ingen vet hva restene kan brukes til.' },
  { fill: 'Hva er målet?', value: 'Halvere matsvinnet innen sommeren.' },
];
const proposal: ScreenshotStep[] = [
  ...profile,
  ...what,
  { click: 'Neste', expectReply: true },
  { select: 'Hvem får nytte av tiltaket?', choice: 'Brukere/tjenestemottakere' },
  { select: 'Hvem får nytte av tiltaket?', choice: 'Ansatte' },
  { select: 'Hva slags innovasjon er det?', choice: 'Prosess eller måte å organisere arbeidet på' },
  { click: 'Neste', expectReply: true },
  { select: 'Hvordan er medarbeiderne med?', choice: 'Ideen kom fra ansatte' },
  { fill: 'Hvor mange ansatte er involvert?', value: '6' },
  { click: 'Neste', expectReply: true },
  { select: 'Gevinst 1: type', choice: 'Unngåtte kostnader' },
  { fill: 'Gevinst 1: beskriv gevinsten', value: 'Mindre mat kastet' },
  { click: 'Neste', expectReply: true },
  { select: 'Fase', choice: '1 Forankring' },
  { fill: 'Startdato', value: '2026-12-01' },
  { fill: 'Når planlegger dere å ta tiltaket i bruk?', value: '2027-06-01' },
  { click: 'Neste', expectReply: true },
];

// Employee ideas. The leader confirms the profile (role defaults to leader), registers an idea
// on behalf of an employee from the `idéer` list, and opens it from the list again.
const leaderProfile: ScreenshotStep[] = [
  { send: 'profil' },
  // The name is prefilled from the playground's user, but not always (seen empty once).
  { fill: 'Navn', value: 'Alex Wilber' },
  { fill: 'Tjenestested', value: 'Bekkestua barnehage' },
  { select: 'Kommunalområde', choice: 'Oppvekst barnehage' },
  { click: 'Lagre', expectReply: true },
];
const ideaInputs: ScreenshotStep[] = [
  { fill: 'Tittel (maks 80 tegn)', value: 'Oppskrifter på kjøleskapet' },
  { fill: 'Hvilket behov eller problem løser idéen?', value: 'Mye mat blir kastet fordi ingen vet hva restene kan brukes til.' },
  { fill: 'Hva er forslaget?', value: 'Heng opp enkle oppskrifter som bruker restene, og bytt dem ut hver uke.' },
  { select: 'Hvem får nytte av den?', choice: 'Ansatte' },
  { select: 'Hva slags gevinst kan ideen gi?', choice: 'Unngåtte kostnader' },
];
const leaderIdea: ScreenshotStep[] = [
  ...leaderProfile,
  { send: 'idéer' },
  { click: 'Registrer idé for en medarbeider' },
  ...ideaInputs,
  { fill: 'Forslagsstiller (valgfritt, vises på kortet)', value: 'Kari Nordmann' },
  { click: 'Send inn ideen' },
  { send: 'idéer' },
  { click: 'Åpne' },
];

// «utforsk» and «stjæl med stil», on a store seeded with the fixture initiatives, where Alex
// leads Bekkestua barnehage on the roster.
const exploreScenarios: ScreenshotScenario[] = [
  { name: 'explore', seed: 'explore', steps: [{ send: 'utforsk nettbrett' }], output: 'docs/screenshots/explore.png', viewport: { width: 1280, height: 1400 } },
  {
    name: 'explore-similar',
    seed: 'explore',
    steps: [
      ...leaderProfile,
      { send: 'nytt tiltak' },
      { fill: 'Navn på tiltaket', value: 'Nettbrett i barnehagen' },
      { fill: 'Hvilket problem eller behov skal løses?', value: 'Pedagogene dokumenterer på papir og taster inn etterpå; nettbrett kan spare tid.' },
      { fill: 'Hva er målet?', value: 'Mer tid sammen med barna.' },
      ...proposal.slice(profile.length + what.length),
    ],
    output: 'docs/screenshots/explore-similar.png',
    viewport: { width: 1280, height: 1600 },
  },
  {
    name: 'explore-reuse',
    seed: 'explore',
    steps: [...leaderProfile, { send: 'utforsk nettbrett i hjemmesykepleien pleierne notater' }, { click: 'Åpne', expectReply: true }],
    output: 'docs/screenshots/explore-reuse.png',
    viewport: { width: 1280, height: 1400 },
  },
  {
    name: 'explore-reuse-start',
    seed: 'explore',
    steps: [...leaderProfile, { send: 'utforsk nettbrett i hjemmesykepleien pleierne notater' }, { click: 'Åpne', expectReply: true }, { click: 'Gjenbruk tiltaket', expectReply: true }],
    output: 'docs/screenshots/explore-reuse-start.png',
  },
];

export const scenarios: ScreenshotScenario[] = [
  { name: 'propose-what', steps: [...profile, ...what], output: 'docs/screenshots/propose-what.png' },
  { name: 'propose-summary', steps: proposal, output: 'docs/screenshots/propose-summary.png' },
  {
    name: 'my-initiatives',
    steps: [...proposal, { click: 'Registrer', expectReply: true }, { send: 'mine tiltak' }],
    output: 'docs/screenshots/my-initiatives.png',
  },
  {
    name: 'report',
    steps: [...proposal, { click: 'Registrer', expectReply: true }, { send: 'rapporter' }],
    output: 'docs/screenshots/report.png',
  },
  {
    name: 'welcome',
    steps: [{ send: 'hjelp' }],
    output: 'docs/screenshots/welcome.png',
  },
  {
    // What colleagues see in the channel. Alex, as leader, links the team to the unit
    // (`@bot koble kanal`), then sets the role to employee, so the card's refresh for Alex gives
    // the colleague's view; then @mentions the bot in a new post, fills the form the bot answers
    // with in the thread, and the bot posts the idea card in the channel.
    name: 'idea-employee',
    steps: [
      ...leaderProfile,
      { open: 'General' },
      { post: 'koble kanal' },
      { open: 'Personal Chat' },
      { send: 'profil' },
      { select: 'Rolle', choice: 'Medarbeider' },
      { click: 'Lagre', expectReply: true },
      { open: 'General' },
      { post: 'idé Oppskrifter på kjøleskapet' },
      ...ideaInputs,
      { click: 'Send inn ideen' },
    ],
    output: 'docs/screenshots/idea-employee.png',
    cardWithButton: 'Støtt',
  },
  { name: 'idea-leader', steps: leaderIdea, output: 'docs/screenshots/idea-leader.png' },
  ...exploreScenarios,
];
