// Starts the bot and Microsoft 365 Agents Playground side by side and drives the playground's
// chat with headless Chromium (playwright-core). Used by `npm run playground` (interactive) and
// `npm run screenshots` (card screenshots for docs/). One file per responsibility under
// playground/; this module gathers them for the scripts.
export { CHROMIUM_PATH, freePort, PLAYGROUND_DIR, REPO_ROOT } from './playground/processes';
export { startLocaleProxy } from './playground/localeProxy';
export { startPlaygroundSession, type PlaygroundSession, type PlaygroundSessionOptions } from './playground/session';
export { launchBrowser, type BrowserOptions, type PlaygroundBrowser } from './playground/browser';
export { botMessageCount, SELECTORS, waitForQuiet, type ReplyOptions } from './playground/turns';
export * from './playground/chat';
export * from './playground/screenshots';
