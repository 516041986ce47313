// Scenarios for `npm run screenshots` (scripts/screenshot-cards.ts). Each one runs in a fresh
// bot (empty embedded store) + playground + browser, performs its steps in the personal chat and
// saves one PNG. Paths are relative to the repo root.

import { seedPlaygroundOverview, type PlaygroundRole } from '../fixtures/playgroundOverview';

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
  /** lastCard (default): the newest card; lastMessage: the newest bot message; chat: the whole chat pane; page: the window (a channel post's card without buttons has no frame to find). */
  target?: 'lastCard' | 'lastMessage' | 'chat' | 'page';
  /** Instead of target: the newest card that has a button with this title (e.g. a card posted in a channel). */
  cardWithButton?: string;
  /** The user's locale: put on the activities the bot receives, and the browser language. Default nb-NO. */
  locale?: string;
  /** Browser window size. Default 1280x900. */
  viewport?: { width: number; height: number };
  /** Start the bot on a seeded store: 'explore' (the 305 fixture initiatives), or a function that fills the (empty) data dir before the bot starts and returns extra environment for it. */
  seed?: 'explore' | ((dataDir: string) => Promise<Record<string, string>>);
  /** Seed the demo roster (Alex Wilber leads a unit and is an admin). Default true; false = Alex is an employee. */
  demoRoster?: boolean;
}

// Alex Wilber is on the demo roster (fixtures/demoRoster.ts): the proposal starts at once.
const profile: ScreenshotStep[] = [{ send: 'nytt tiltak' }];
const what: ScreenshotStep[] = [
  { fill: 'Navn på tiltaket', value: 'Oppskrifter på kjøleskapet' },
  { fill: 'Hvilket problem eller behov skal løses?', value: 'Mye mat blir kastet fordi ingen vet hva restene kan brukes til.' },
  { fill: 'Hva er målet?', value: 'Halvere matsvinnet innen sommeren.' },
];
// The short path: the essentials on two cards; the optional KS fields stay folded away.
const proposal: ScreenshotStep[] = [
  ...profile,
  ...what,
  { click: 'Neste', expectReply: true },
  { select: 'Hvem får nytte av tiltaket?', choice: 'Brukere/tjenestemottakere' },
  { select: 'Hvem får nytte av tiltaket?', choice: 'Ansatte' },
  { select: 'Fase', choice: '1 Forankring' },
  { click: 'Neste', expectReply: true },
];

// Employee ideas. The leader (on the demo roster) registers an idea on behalf of an employee
// from the `ideer` list, and opens it from the list again.
const leaderProfile: ScreenshotStep[] = [];
const ideaInputs: ScreenshotStep[] = [
  { fill: 'Tittel (maks 80 tegn)', value: 'Oppskrifter på kjøleskapet' },
  { fill: 'Hvilket behov eller problem løser ideen?', value: 'Mye mat blir kastet fordi ingen vet hva restene kan brukes til.' },
  { fill: 'Hva er forslaget?', value: 'Heng opp enkle oppskrifter som bruker restene, og bytt dem ut hver uke.' },
  { select: 'Hvem får nytte av den?', choice: 'Ansatte' },
  { select: 'Hva slags gevinst kan ideen gi?', choice: 'Unngåtte kostnader' },
];
const leaderIdea: ScreenshotStep[] = [
  ...leaderProfile,
  { send: 'ideer' },
  { click: 'Registrer idé for en medarbeider' },
  ...ideaInputs,
  { fill: 'Hvem kom med ideen? (valgfritt, vises på kortet)', value: 'Kari Nordmann' },
  { click: 'Send inn ideen' },
  { send: 'ideer' },
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
// The overview for each role, on a seeded programme (36 leaders in 4 sectors) where Alex has the role.
const overview = (role: PlaygroundRole, output: string, steps: ScreenshotStep[] = [{ send: 'oversikt' }]): ScreenshotScenario => ({
  name: output.replace(/^.*\//, '').replace(/\.png$/, ''),
  steps,
  output,
  seed: (dir) => seedPlaygroundOverview(dir, role),
  viewport: { width: 1280, height: 2400 },
});

export const scenarios: ScreenshotScenario[] = [
  { name: 'propose-what', steps: [...profile, ...what], output: 'docs/screenshots/propose-what.png' },
  { name: 'propose-summary', steps: proposal, output: 'docs/screenshots/propose-summary.png' },
  {
    // The second card: who benefits and the phase; the optional KS fields opened with the toggle.
    name: 'propose-who',
    steps: [...profile, ...what, { click: 'Neste', expectReply: true }, { click: 'Legg til flere detaljer (valgfritt)' }],
    output: 'docs/screenshots/propose-who.png',
    viewport: { width: 1280, height: 2400 },
  },
  {
    // `rediger` from the nudge after a short registration: the second card, prefilled, with co-owners.
    name: 'edit',
    steps: [...proposal, { click: 'Registrer', expectReply: true }, { click: 'Legg til detaljer', expectReply: true }],
    output: 'docs/screenshots/edit.png',
    viewport: { width: 1280, height: 2400 },
  },
  {
    name: 'my-initiatives',
    steps: [...proposal, { click: 'Registrer', expectReply: true }, { send: 'mine tiltak' }],
    output: 'docs/screenshots/my-initiatives.png',
  },
  {
    // `mine tiltak` with a registration half-filled: points back to the form.
    name: 'my-initiatives-mid-form',
    steps: [...profile, ...what, { click: 'Neste', expectReply: true }, { send: 'mine tiltak' }],
    output: 'docs/screenshots/my-initiatives-mid-form.png',
  },
  {
    name: 'report',
    steps: [...proposal, { click: 'Registrer', expectReply: true }, { send: 'rapporter' }],
    output: 'docs/screenshots/report.png',
    viewport: { width: 1280, height: 2000 },
  },
  {
    // A closing status leads from the report card to the closing report card.
    name: 'closing-report',
    steps: [
      ...proposal,
      { click: 'Registrer', expectReply: true },
      { send: 'rapporter' },
      { select: 'Status', choice: 'Avsluttet – tatt i bruk' },
      { fill: 'Hva er gjort siden sist?', value: 'Oppskriftene henger på alle kjøleskap.' },
      { click: 'Send rapport', expectReply: true },
    ],
    output: 'docs/screenshots/closing-report.png',
    viewport: { width: 1280, height: 2400 },
  },
  {
    // An optional part of the report opened (the others stay folded).
    name: 'report-part-open',
    steps: [...proposal, { click: 'Registrer', expectReply: true }, { send: 'rapporter' }, { click: '▸ Behov for hjelp' }],
    output: 'docs/screenshots/report-part-open.png',
    viewport: { width: 1280, height: 2200 },
  },
  {
    // A start pressed while a form is half-filled: the question before the form is thrown away.
    name: 'form-discard',
    steps: [...profile, ...what, { click: 'Neste', expectReply: true }, { send: 'rapporter' }],
    output: 'docs/screenshots/form-discard.png',
  },
  {
    // «Detaljer»: the phase steps as a short list, never a word broken at a narrow card.
    name: 'initiative-detail',
    steps: [...proposal, { click: 'Registrer', expectReply: true }, { send: 'mine tiltak' }, { click: 'Detaljer', expectReply: true }],
    output: 'docs/screenshots/initiative-detail.png',
    viewport: { width: 1280, height: 1800 },
  },
  // The profile: name and language only; the units come from the demo roster, read-only.
  { name: 'profile', steps: [{ send: 'profil' }], output: 'docs/screenshots/profile.png' },
  {
    name: 'welcome',
    steps: [{ send: 'hjelp' }],
    output: 'docs/screenshots/welcome.png',
  },
  {
    // What colleagues see in the channel: without the demo roster Alex is an employee (roles come
    // only from the roster), @mentions the bot in a new post, fills the form the bot answers with
    // in the thread, and the bot posts the idea card in the channel.
    name: 'idea-employee',
    demoRoster: false,
    steps: [
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
  overview('admin', 'docs/screenshots/overview-admin.png'),
  overview('sectorHead', 'docs/screenshots/overview-sector-head.png'),
  overview('leader', 'docs/screenshots/overview-leader.png'),
  overview('sectorHead', 'docs/screenshots/overview-drilldown.png', [{ send: 'oversikt' }, { click: 'Ikke registrert (2)', expectReply: true }]),
  // What people who lead no unit get: without the demo roster Alex is an employee (roles come only
  // from the roster): the welcome card offers ideas in the channel and «Utforsk tiltak», no leader buttons.
  { name: 'welcome-employee', demoRoster: false, steps: [{ send: 'hjelp' }], output: 'docs/screenshots/welcome-employee.png' },
  // Empty states on a fresh store (Alex leads a unit and is an admin on the demo roster).
  { name: 'explore-empty', steps: [{ send: 'utforsk' }], output: 'docs/screenshots/explore-empty.png' },
  { name: 'overview-empty', steps: [{ send: 'oversikt' }], output: 'docs/screenshots/overview-empty.png' },
  // «hjelp» in a channel: what can be done there, no personal-chat buttons.
  { name: 'channel-help', steps: [{ open: 'General' }, { post: 'hjelp' }], output: 'docs/screenshots/channel-help.png', target: 'page', viewport: { width: 1280, height: 1300 } },
  { name: 'small-talk', steps: [{ send: 'hei' }], output: 'docs/screenshots/small-talk.png' },
  { name: 'did-you-mean', steps: [{ send: 'mine tiltk' }], output: 'docs/screenshots/did-you-mean.png' },
  {
    // The first step, once taken, shrinks to one line above the next step's card.
    name: 'form-in-place',
    steps: [...profile, ...what, { click: 'Neste', expectReply: true }],
    output: 'docs/screenshots/form-in-place.png',
    target: 'chat',
  },
];
