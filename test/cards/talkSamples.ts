// Sample data for the small-talk and «Mente du …?» cards (help/freeText.ts).
import type { CardSample } from './samples';

export const TALK_CARD_SAMPLES: Record<string, CardSample> = {
  smallTalk: { data: { text: 'Hei! Hva vil du gjøre?' }, userText: [] },
  formDone: { data: { note: 'Steg 1 av 5 er tatt imot.' }, userText: [] },
  didYouMean: { data: { question: 'Mente du «mine tiltak»?', verb: 'myInitiatives' }, userText: [] },
};
