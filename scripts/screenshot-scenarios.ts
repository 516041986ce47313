// Scenarios for `npm run screenshots` (scripts/screenshot-cards.ts). Each one runs in a fresh
// bot (empty embedded store) + playground + browser, performs its steps in the personal chat and
// saves one PNG. Paths are relative to the repo root.

export type ScreenshotStep =
  /** Send a chat message and wait for the bot's answer. */
  | { send: string }
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
  /** The user's locale: put on the activities the bot receives, and the browser language. Default nb-NO. */
  locale?: string;
  /** Browser window size. Default 1280x900. */
  viewport?: { width: number; height: number };
}

export const scenarios: ScreenshotScenario[] = [
  {
    name: 'welcome',
    steps: [{ send: 'hjelp' }],
    output: 'docs/screenshots/welcome.png',
  },
];
