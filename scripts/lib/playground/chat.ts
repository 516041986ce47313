// Driving the chat like a person: open the playground, type, post in a channel, press card
// buttons and fill card inputs.
import type { Locator, Page } from 'playwright-core';
import { act, SELECTORS, TurnTracker, trackers, waitForQuiet, waitUntil, type ReplyOptions } from './turns';

/**
 * Opens the playground and waits until the chat is ready and the bot has handled the
 * installationUpdate/conversationUpdate the playground sends on load (e.g. sent a welcome card).
 */
export async function openPlayground(page: Page, url: string, opts: { hideLogPanel?: boolean } = {}): Promise<void> {
  const tracker = trackers.get(page) ?? new TurnTracker(page);
  trackers.set(page, tracker);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.locator(SELECTORS.composer).waitFor({ state: 'visible', timeout: 30_000 });
  const handled = (name: string) => () => tracker.finished.some((t) => t.activityName === name);
  await waitUntil(handled('conversationUpdate'), 30_000);
  await waitUntil(handled('installationUpdate'), 3000); // sent together; the bot may welcome on either
  if (opts.hideLogPanel ?? true) {
    const hide = page.locator(SELECTORS.hideLogPanel);
    if (await hide.isVisible()) await hide.click();
  }
  await waitForQuiet(page, 1000);
}

/** Types text into the compose box, sends it, and waits until the bot's turn is over. */
export async function sendText(page: Page, text: string, opts: ReplyOptions = {}): Promise<void> {
  await act(
    page,
    async () => {
      await page.locator(SELECTORS.composer).click();
      await page.keyboard.type(text); // Lexical ignores fill(); real key events work
      await page.locator(SELECTORS.sendButton).click();
    },
    opts,
  );
}

/**
 * Switches to a conversation in the playground's sidebar: a Teams channel ("General" in
 * "My Team") or a chat ("Personal Chat", "Group Chat"), and waits until it is shown.
 */
export async function openConversation(page: Page, name: string, team = 'My Team'): Promise<void> {
  const item = page.getByRole('treeitem', { name: `${team} - ${name}`, exact: true }).or(page.getByRole('treeitem', { name, exact: true }));
  await act(page, () => item.first().click(), {});
  await page.locator(SELECTORS.composer).first().waitFor({ state: 'visible', timeout: 30_000 });
  await waitForQuiet(page, 1000);
}

/**
 * Starts a new post in the open Teams channel (the "Start a new post" box at the top), with an
 * @mention of `mention` (the bot's display name in the playground, "Test Bot") picked from the
 * typeahead, and waits until the bot's turn is over (the bot replies in the post's thread).
 */
export async function postInChannel(page: Page, text: string, opts: ReplyOptions & { mention?: string } = {}): Promise<void> {
  const mention = opts.mention ?? 'Test Bot';
  await act(
    page,
    async () => {
      await page.locator(SELECTORS.composer).first().click(); // the new-post box comes before the thread replies
      if (mention) {
        await page.keyboard.type(`@${mention.slice(0, 4)}`);
        await page.getByRole('menuitem').filter({ hasText: mention }).first().click();
        await page.keyboard.type(' ');
      }
      await page.keyboard.type(text);
      await page.getByRole('button', { name: 'Post', exact: true }).click();
    },
    opts, // expectReply does not work here: channel messages have another layout than botMessage
  );
}

/** The last Adaptive Card in the chat that has a button with this title. */
export function cardWithButton(page: Page, title: string): Locator {
  return page
    .locator(SELECTORS.adaptiveCard)
    .filter({ has: page.getByRole('button', { name: title, exact: true }) })
    .last();
}

/**
 * Clicks an action button (Action.Submit/Execute/ShowCard/OpenUrl) by its title on the newest
 * card that has it, and waits until the bot's turn (if the action starts one) is over.
 */
export async function clickCardButton(page: Page, title: string, opts: ReplyOptions = {}): Promise<void> {
  const button = cardWithButton(page, title).getByRole('button', { name: title, exact: true }).last();
  await act(page, () => button.click(), opts);
}

/** The newest card that has an input with this label (or placeholder). */
async function inputOnLastCard(page: Page, label: string): Promise<Locator> {
  const cards = page.locator(SELECTORS.adaptiveCard);
  for (let i = (await cards.count()) - 1; i >= 0; i--) {
    const card = cards.nth(i);
    for (const candidate of [
      card.getByLabel(label, { exact: true }),
      card.getByLabel(label),
      card.getByPlaceholder(label, { exact: true }),
    ]) {
      if ((await candidate.count()) > 0) return candidate.first();
    }
  }
  throw new Error(`no card input labelled "${label}"`);
}

/**
 * Fills an Input.Text / Input.Number / Input.Date / Input.Time by its label (the card's `label`
 * property; the card's input id is not in the DOM) or placeholder.
 */
export async function fillInput(page: Page, label: string, value: string): Promise<void> {
  const input = await inputOnLastCard(page, label);
  await input.fill(value);
}

/**
 * Picks a choice in an Input.ChoiceSet by the set's label and the choice's title: expanded sets
 * are radio buttons/checkboxes, compact ones a drop-down.
 */
export async function selectChoice(page: Page, label: string, choiceTitle: string): Promise<void> {
  const cards = page.locator(SELECTORS.adaptiveCard);
  for (let i = (await cards.count()) - 1; i >= 0; i--) {
    const card = cards.nth(i);
    const option = card.getByRole('radio', { name: choiceTitle, exact: true }).or(card.getByRole('checkbox', { name: choiceTitle, exact: true }));
    if ((await option.count()) > 0) {
      await option.first().check();
      return;
    }
    const select = card.locator('select').filter({ has: page.locator('option', { hasText: choiceTitle }) });
    if ((await select.count()) > 0) {
      await select.first().selectOption({ label: choiceTitle });
      return;
    }
    // Expanded choice sets: the Adaptive Cards renderer labels the box with a sibling element.
    const text = card.getByText(choiceTitle, { exact: true });
    if ((await text.count()) > 0) {
      await text.first().click();
      return;
    }
    const combo = card.getByRole('combobox', { name: label });
    if ((await combo.count()) > 0) {
      await combo.first().click();
      // Single-select drop-downs list options; multi-select ones (isMultiSelect) list checkboxes
      // and stay open until dismissed.
      const item = page
        .getByRole('option', { name: choiceTitle, exact: true })
        .or(page.getByRole('checkbox', { name: choiceTitle, exact: true }))
        .or(page.getByRole('menuitemcheckbox', { name: choiceTitle, exact: true }));
      await item.first().click();
      if ((await combo.first().getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape');
      return;
    }
  }
  throw new Error(`no choice "${choiceTitle}" for "${label}" on any card`);
}

/** Sets an Input.Toggle (a checkbox named by its title). */
export async function setToggle(page: Page, title: string, on = true): Promise<void> {
  const box = page.locator(SELECTORS.adaptiveCard).getByRole('checkbox', { name: title }).last();
  await box.setChecked(on);
}
