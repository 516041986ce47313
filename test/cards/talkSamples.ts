// Sample data for the small-talk and «Mente du …?» cards (help/freeText.ts), and the question
// before a half-filled form is discarded (forms/discardGuard.ts).
import type { CardSample } from './samples';

export const TALK_CARD_SAMPLES: Record<string, CardSample> = {
  smallTalk: { data: { text: 'Hei! Hva vil du gjøre?', leader: true }, userText: [] },
  formDone: { data: { note: 'Steg 1 av 5 er tatt imot.' }, userText: [] },
  formDiscard: {
    data: { question: 'Du har et skjema som ikke er sendt inn (nytt tiltak, steg 2 av 3). Vil du forkaste det og starte det nye?', token: 'tok-1', pending: 'p-1' },
    userText: [],
  },
  channelHelp: { data: { commands: [{ command: '@Innovasjonsbot idé', description: 'Del en idé med kanalen' }] }, userText: [] },
  didYouMean: { data: { question: 'Mente du «mine tiltak»?', verb: 'myInitiatives' }, userText: [] },
};
