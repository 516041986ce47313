// Knowing when the bot has answered: the playground's selectors, DOM quiet, and the turn
// tracker that follows the playground's own traffic.
import type { Page } from 'playwright-core';
import type { BrowserWindow } from './browser';
import { sleep } from './processes';

// ---------------------------------------------------------------------------------------------
// Chat selectors (playground 0.2.28: Fluent UI v9 + Lexical composer + Adaptive Cards JS renderer).
// Class names are generated hashes, so everything hangs on aria attributes and Adaptive Cards'
// own ac-* classes.
// ---------------------------------------------------------------------------------------------

export const SELECTORS = {
  /** The compose box (a Lexical contenteditable). */
  composer: '[role="textbox"][data-lexical-editor="true"]',
  sendButton: 'button[aria-label="Send Message"]',
  /** Every message has a header; only the bot's (and other users') carry an author. */
  messageHeader: '[aria-label="Message header"]',
  /** A whole bot message: header (author, time) plus body (avatar, text or card). */
  botMessage: 'div:has(> [aria-label="Message header"] [aria-label="Message author"])',
  /** The frame around an attachment card; contains .ac-adaptiveCard. */
  outputCard: '.fai-OutputCard',
  adaptiveCard: '.ac-adaptiveCard',
  hideLogPanel: 'button[title="Hide log panel"]',
  /** Close button of the note the playground puts under a card after an Action.Execute. */
  dismissInvokeNotice: 'button[aria-label="Dismiss Invoke Message"]',
} as const;

/**
 * Resolves once the page has had no DOM changes for quietMs (or throws after timeoutMs).
 * (A string, not a function: tsx/esbuild's keepNames would wrap the inner function in a
 * `__name()` helper that does not exist in the page.)
 */
export async function waitForQuiet(page: Page, quietMs = 1000, timeoutMs = 30_000): Promise<void> {
  await page.evaluate(`new Promise((resolve, reject) => {
    const quietMs = ${Number(quietMs)}, timeoutMs = ${Number(timeoutMs)};
    let timer;
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, quietMs); });
    const giveUp = setTimeout(() => {
      observer.disconnect();
      clearTimeout(timer);
      reject(new Error('page still changing after ' + timeoutMs + ' ms'));
    }, timeoutMs);
    const done = () => { observer.disconnect(); clearTimeout(giveUp); resolve(); };
    timer = setTimeout(done, quietMs);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  })`);
}

export async function botMessageCount(page: Page): Promise<number> {
  return page.locator(SELECTORS.botMessage).count();
}

/**
 * Follows the playground's own traffic to know when the bot has finished a turn:
 * - a turn starts with a POST from the page to /_conversation/... (a sent message, a card submit);
 * - the playground logs each activity it delivered to the bot, with the bot's HTTP status, on the
 *   log websocket (/_ws/log/stream) once the bot answered; CloudAdapter answers when the turn,
 *   including all its replies, is done.
 */
interface TurnLog {
  activityName: string;
  statusCode: number | undefined;
}
export class TurnTracker {
  started = 0;
  finished: TurnLog[] = [];
  constructor(page: Page) {
    page.on('request', (req) => {
      if (req.method() === 'POST' && new URL(req.url()).pathname.startsWith('/_conversation/')) this.started++;
    });
    page.on('websocket', (ws) => {
      if (!ws.url().includes('/_ws/log/')) return;
      ws.on('framereceived', ({ payload }) => {
        try {
          const msg = JSON.parse(String(payload)) as {
            log?: { from?: string; to?: string; activityName?: string; response?: { statusCode?: number } };
          };
          const log = msg.log;
          if (log?.to === 'User Application' && log.from !== 'User Application') {
            this.finished.push({ activityName: log.activityName ?? '?', statusCode: log.response?.statusCode });
          }
        } catch {
          /* not JSON */
        }
      });
    });
  }
}
export const trackers = new WeakMap<Page, TurnTracker>();

export async function waitUntil(test: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}

export interface ReplyOptions {
  /** Also require at least one new bot message in the chat (an updated card does not add one). */
  expectReply?: boolean;
  /** Max wait for the bot's turn. Default 30 s. */
  timeoutMs?: number;
  /** After the turn, wait until the page has not changed for this long (rendering). Default 600 ms. */
  quietMs?: number;
}

/** Runs a user action and waits until the bot's turn it caused (if any) is over and rendered. */
export async function act(page: Page, action: () => Promise<void>, opts: ReplyOptions): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  const tracker = trackers.get(page);
  const messagesBefore = await botMessageCount(page);
  if (!tracker) {
    // Page not opened with openPlayground(): fall back to watching the DOM.
    await action();
    if (opts.expectReply) await waitForBotMessages(page, messagesBefore + 1, timeoutMs);
    await waitForQuiet(page, 1500, timeoutMs);
    return;
  }
  const startedBefore = tracker.started;
  const finishedBefore = tracker.finished.length;
  await action();
  // Client-only actions (Action.ShowCard, Action.OpenUrl, a filled input) start no turn.
  const startedTurn = await waitUntil(() => tracker.started > startedBefore, 1500);
  if (startedTurn) {
    const done = await waitUntil(() => tracker.finished.length - finishedBefore >= tracker.started - startedBefore, timeoutMs);
    if (!done) throw new Error(`the bot did not finish its turn within ${timeoutMs} ms`);
    const failed = tracker.finished.slice(finishedBefore).find((t) => (t.statusCode ?? 200) >= 400);
    if (failed) throw new Error(`the bot answered HTTP ${failed.statusCode} to the ${failed.activityName} activity (see the bot log)`);
  }
  if (opts.expectReply) await waitForBotMessages(page, messagesBefore + 1, timeoutMs);
  await waitForQuiet(page, opts.quietMs ?? 600, timeoutMs);
}

export async function waitForBotMessages(page: Page, atLeast: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    ({ sel, atLeast }) => (globalThis as BrowserWindow).document.querySelectorAll(sel).length >= atLeast,
    { sel: SELECTORS.botMessage, atLeast },
    { timeout: timeoutMs, polling: 100 },
  );
}
