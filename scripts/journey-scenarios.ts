// The leader's journeys for `npm run measure` (scripts/measure-journeys.ts), in one place to edit
// when a form changes. Steps use the screenshot vocabulary (scripts/screenshot-scenarios.ts);
// `fillForm` walks a multi-card form by the labels on each card, so the registration journey
// survives changes to the proposal cards: it answers what the card asks for, from ANSWERS.

import type { ScreenshotStep } from './screenshot-scenarios';

/** One answer, found on a card by its input label (the label's text without the renderer's «*»). */
export type Answer =
  | { label: string; text: string; essential: boolean }
  | { label: string; choices: string[]; essential: boolean };

export type JourneyStep =
  | ScreenshotStep
  /**
   * Fills card after card: on each card every essential answer whose label is there, and any
   * other answer the card marks required (*); then presses the first of `buttons` the card has,
   * until the bot's text matches `until` (at most `maxCards` cards).
   */
  | { fillForm: Answer[]; buttons: string[]; until: RegExp; maxCards: number };

export interface Journey {
  name: string;
  /** What the journey is, for the table. */
  title: string;
  steps: JourneyStep[];
  /** The bot's text that shows the journey succeeded. */
  done: RegExp;
}

/** The time model: what a leader spends besides waiting for the bot. */
export const PACE = {
  readCardSeconds: 4,
  choiceSeconds: 2,
  buttonSeconds: 1,
  charsPerMinute: 200,
} as const;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const today = new Date();
const inMonths = (n: number) => isoDate(new Date(today.getFullYear(), today.getMonth() + n, 15));

/**
 * The registration's answers. Essential: what the issue names as the essentials (title, need,
 * goal, phase, who benefits). The rest is answered only where a card requires it.
 */
export const ANSWERS: Answer[] = [
  { label: 'Navn på tiltaket', text: 'Oppskrifter på kjøleskapet', essential: true },
  { label: 'Hvilket problem eller behov skal løses?', text: 'Mye mat blir kastet fordi ingen vet hva restene kan brukes til.', essential: true },
  { label: 'Hva er målet?', text: 'Halvere matsvinnet innen sommeren.', essential: true },
  { label: 'Fase', choices: ['1 Forankring'], essential: true },
  { label: 'Hvem får nytte av tiltaket?', choices: ['Brukere/tjenestemottakere'], essential: true },
  { label: 'Hva slags innovasjon er det?', choices: ['Prosess eller måte å organisere arbeidet på'], essential: false },
  { label: 'Hvordan er medarbeiderne med?', choices: ['Ideen kom fra ansatte'], essential: false },
  { label: 'Hvor mange ansatte er involvert?', text: '6', essential: false },
  { label: 'Gevinst 1: type', choices: ['Unngåtte kostnader'], essential: false },
  { label: 'Gevinst 1: beskriv gevinsten', text: 'Mindre mat kastet', essential: false },
  { label: 'Startdato', text: isoDate(today), essential: false },
  { label: 'Når planlegger dere å ta tiltaket i bruk?', text: inMonths(6), essential: false },
];

const FACTORS = [
  'Krav om sikker og stabil drift',
  'Hvordan feil blir håndtert',
  'Samarbeid internt',
  'Ny teknologi',
  'Begrenset økonomi',
  'Medvirkning fra ansatte',
  'Medvirkning fra brukere',
  'Politisk styring og støtte',
  'Tid',
  'Kompetanse',
];

export const JOURNEYS: Journey[] = [
  {
    name: 'register',
    title: 'Registrere første tiltak (bare det nødvendige)',
    steps: [{ send: 'nytt tiltak' }, { fillForm: ANSWERS, buttons: ['Neste', 'Registrer'], until: /er registrert/, maxCards: 8 }],
    done: /er registrert/,
  },
  {
    name: 'report',
    title: 'Statusrapport uten faseskifte',
    steps: [
      { send: 'rapporter' },
      { fill: 'Hva er gjort siden sist?', value: 'Oppskriftene henger på to kjøleskap.' },
      { fill: 'Hva er neste steg?', value: 'Henge dem opp på alle avdelinger.' },
      { fill: 'Når skal neste steg være gjort?', value: inMonths(1) },
      { click: 'Send rapport', expectReply: true },
    ],
    done: /Statusrapporten .* er lagret/,
  },
  {
    name: 'close',
    title: 'Avslutte (tatt i bruk)',
    steps: [
      { send: 'rapporter' },
      { select: 'Status', choice: 'Avsluttet – tatt i bruk' },
      { fill: 'Hva er gjort siden sist?', value: 'Oppskriftene henger på alle kjøleskap.' },
      { click: 'Send rapport', expectReply: true },
      { fill: 'Når ble tiltaket tatt i bruk?', value: isoDate(today) },
      { select: 'Hvilke gevinster er oppnådd?', choice: 'Unngåtte kostnader' },
      { select: 'Er effekten målt?', choice: 'Ja, vurdert kvalitativt' },
      { select: 'Hvordan er tiltaket spredt?', choice: 'Delt internt i kommunen' },
      ...FACTORS.map((label, i): ScreenshotStep => ({ select: label, choice: i % 3 === 0 ? 'Ikke relevant' : '5' })),
      { click: 'Send sluttrapport', expectReply: true },
    ],
    done: /Sluttrapporten .* er lagret/,
  },
];
