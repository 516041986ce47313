// Screenshots of cards and of the chat for the docs.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { BrowserWindow } from './browser';
import { cardWithButton } from './chat';
import { REPO_ROOT } from './processes';
import { SELECTORS, waitForQuiet } from './turns';

// ---------------------------------------------------------------------------------------------
// Screenshots
// ---------------------------------------------------------------------------------------------

async function settle(page: Page): Promise<void> {
  await page.mouse.move(0, 0); // no hover highlight on buttons
  await page.evaluate(() => (globalThis as BrowserWindow).document.activeElement?.blur()); // no focus ring
  await page.evaluate(() => (globalThis as BrowserWindow).document.fonts.ready.then(() => undefined));
}

/** Closes the playground's "Your response was sent to the app" notes under cards (after an Action.Execute). */
async function dismissInvokeNotices(page: Page): Promise<void> {
  const buttons = page.locator(SELECTORS.dismissInvokeNotice);
  for (let n = await buttons.count(); n > 0; n--) await buttons.first().click();
  if ((await buttons.count()) === 0) await waitForQuiet(page, 300);
}

async function shootBox(page: Page, target: Locator, file: string, padding: number, hideCss?: string): Promise<void> {
  await dismissInvokeNotices(page);
  await target.scrollIntoViewIfNeeded();
  await settle(page);
  // Padding would catch the author line just above a card; hide such neighbours (layout kept).
  const style = hideCss ? await page.addStyleTag({ content: `${hideCss} { visibility: hidden !important; }` }) : undefined;
  try {
    await shootClip(page, target, file, padding);
  } finally {
    await style?.evaluate((el: BrowserWindow) => el.remove());
  }
}

async function shootClip(page: Page, target: Locator, file: string, padding: number): Promise<void> {
  const out = path.resolve(REPO_ROOT, file);
  mkdirSync(path.dirname(out), { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
  let box = await target.boundingBox();
  if (!box) throw new Error('element to screenshot is not visible');
  // The chat scrolls inside its pane, so a card taller than the window cannot be captured by
  // scrolling: make the window tall enough for a moment instead.
  const needed = Math.ceil(box.height + 2 * padding + 250);
  const resized = needed > viewport.height;
  if (resized) {
    await page.setViewportSize({ width: viewport.width, height: needed });
    await waitForQuiet(page, 300);
    await target.scrollIntoViewIfNeeded();
    box = await target.boundingBox();
    if (!box) throw new Error('element to screenshot is not visible');
  }
  try {
    const size = page.viewportSize() ?? viewport;
    const x = Math.max(0, box.x - padding);
    const y = Math.max(0, box.y - padding);
    const right = Math.min(size.width, box.x + box.width + padding);
    const bottom = Math.min(size.height, box.y + box.height + padding);
    await page.screenshot({ path: out, clip: { x, y, width: right - x, height: bottom - y }, animations: 'disabled' });
  } finally {
    if (resized) await page.setViewportSize(viewport);
  }
}

/** PNG of the newest Adaptive Card (with its frame and a little margin). */
export async function screenshotLastCard(page: Page, file: string, padding = 8): Promise<void> {
  const cards = page.locator(SELECTORS.outputCard);
  if ((await cards.count()) === 0) throw new Error('no card in the chat');
  await shootBox(page, cards.last(), file, padding, SELECTORS.messageHeader);
}

/**
 * PNG of the newest Adaptive Card with a button of this title, with its frame when it has one
 * (cards in a channel's posts have none; there the card itself is taken).
 */
export async function screenshotCardWithButton(page: Page, title: string, file: string, padding = 8): Promise<void> {
  const card = cardWithButton(page, title);
  if ((await card.count()) === 0) throw new Error(`no card with a "${title}" button`);
  const framed = page.locator(SELECTORS.outputCard).filter({ has: card }).last();
  await shootBox(page, (await framed.count()) > 0 ? framed : card, file, padding, SELECTORS.messageHeader);
}

/** PNG of the newest bot message (author line, avatar and text or card). */
export async function screenshotLastBotMessage(page: Page, file: string, padding = 8): Promise<void> {
  const messages = page.locator(SELECTORS.botMessage);
  if ((await messages.count()) === 0) throw new Error('no bot message in the chat');
  await shootBox(page, messages.last(), file, padding);
}

/** PNG of the visible chat pane (transcript and compose box). */
export async function screenshotChat(page: Page, file: string): Promise<void> {
  // The pane is the closest element that holds both the transcript and the compose box.
  const handle = await page.evaluateHandle((sel) => {
    const doc = (globalThis as BrowserWindow).document;
    const composer = doc.querySelector(sel.composer);
    const header = doc.querySelector(sel.messageHeader);
    if (!composer || !header) return null;
    let el = composer;
    while (el && !el.contains(header)) el = el.parentElement;
    return el;
  }, SELECTORS);
  const element = handle.asElement();
  if (!element) throw new Error('chat pane not found (no messages yet?)');
  mkdirSync(path.dirname(path.resolve(REPO_ROOT, file)), { recursive: true });
  await settle(page);
  await element.screenshot({ path: path.resolve(REPO_ROOT, file), animations: 'disabled' });
}
