// Sample data for every card template in cards/. A card without a sample fails the card test.
// User-supplied text uses HOSTILE strings, which must come out literally and never where
// Adaptive Cards render markdown.
import { COMMANDS } from '../../src/teams/commands';

export const HOSTILE_TEXT = ['${owner}', '[x](https://evil)'];

export interface CardSample {
  data: object;
  /** Values from users (titles, free text): checked to stay literal and markdown-free. */
  userText: string[];
}

export const CARD_SAMPLES: Record<string, CardSample> = {
  welcome: {
    data: { commands: COMMANDS.map((c) => ({ command: c.nb, description: c.id })) },
    userText: [],
  },
};
