// Filling the newest form card by its input labels, as a person reads them: the renderer puts
// each input's label in a <label for=…> (with a separate « *» run when the input is required),
// so an input is found by its label's text even when several inputs share the same choices
// (the closing report's ten factor drop-downs).
import type { Locator, Page } from 'playwright-core';
import type { BrowserWindow } from './browser';
import { SELECTORS } from './turns';

export interface CardLabel {
  text: string;
  required: boolean;
  /** The id of the control the label is for. */
  forId: string;
}

/** The newest card in the chat (answered form cards are updated in place, further up). */
async function formCard(page: Page): Promise<Locator> {
  const cards = page.locator(SELECTORS.adaptiveCard);
  if ((await cards.count()) === 0) throw new Error('no card in the chat');
  return cards.last();
}

/** The input labels on the newest form card, without the required mark; only visible ones. */
export async function cardLabels(page: Page): Promise<CardLabel[]> {
  const card = await formCard(page);
  return card.evaluate((el: BrowserWindow) =>
    [...el.querySelectorAll('label[for]')]
      .filter((l: BrowserWindow) => l.offsetParent !== null)
      .map((l: BrowserWindow) => {
        const runs = [...l.querySelectorAll('.ac-textRun')] as BrowserWindow[];
        const marked = runs.some((r) => r.getAttribute('aria-hidden') === 'true' && r.textContent.trim() === '*');
        const text = (runs.length ? runs.filter((r) => r.getAttribute('aria-hidden') !== 'true').map((r) => r.textContent).join('') : l.textContent).trim();
        // A label ending in «(*)» is marked required by the bot itself (closing report).
        return { text: text.replace(/\s*\(\*\)$/, ''), required: marked || /\(\*\)$/.test(text), forId: l.getAttribute('for') };
      }),
  );
}

async function control(page: Page, label: string): Promise<Locator> {
  const found = (await cardLabels(page)).find((l) => l.text === label);
  if (!found) throw new Error(`no input labelled "${label}" on the newest form card`);
  return page.locator(`[id="${found.forId}"]`);
}

/** Types into the input with this label (text, number or date). */
export async function fillByLabel(page: Page, label: string, value: string): Promise<void> {
  await (await control(page, label)).fill(value);
}

/** Picks a choice in the choice set with this label: a drop-down, or radio buttons / checkboxes. */
export async function pickByLabel(page: Page, label: string, choice: string): Promise<void> {
  const target = await control(page, label);
  const tag = await target.evaluate((el: BrowserWindow) => el.tagName);
  if (tag === 'SELECT') {
    await target.selectOption({ label: choice });
    return;
  }
  const option = target.getByRole('radio', { name: choice, exact: true }).or(target.getByRole('checkbox', { name: choice, exact: true }));
  if ((await option.count()) > 0) {
    await option.first().check();
    return;
  }
  const text = target.getByText(choice, { exact: true });
  if ((await text.count()) > 0) {
    await text.first().click();
    return;
  }
  // A drop-down rendered as a combobox: open it and pick the option.
  await target.click();
  await page
    .getByRole('option', { name: choice, exact: true })
    .or(page.getByRole('menuitemcheckbox', { name: choice, exact: true }))
    .first()
    .click();
  if ((await target.getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape');
}

/** The titles of the buttons on the newest form card. */
export async function cardButtons(page: Page): Promise<string[]> {
  const card = await formCard(page);
  return (await card.getByRole('button').allInnerTexts()).map((s) => s.trim()).filter(Boolean);
}

/** The text of the bot's newest messages (the last few), to see what the bot answered. */
export async function recentBotText(page: Page, last = 3): Promise<string> {
  const messages = page.locator(SELECTORS.botMessage);
  const n = await messages.count();
  const texts: string[] = [];
  for (let i = Math.max(0, n - last); i < n; i++) texts.push(await messages.nth(i).innerText());
  return texts.join('\n');
}

/** How many cards the chat shows (an updated card stays one card). */
export async function cardCount(page: Page): Promise<number> {
  return page.locator(SELECTORS.adaptiveCard).count();
}
