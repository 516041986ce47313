// `npm run measure`: plays a leader's three journeys in Microsoft 365 Agents Playground with
// headless Chromium, on a fresh embedded store (the demo roster: the mock user leads a unit), and
// counts for each the cards the bot sent, the clicks (buttons pressed), the choices picked, the
// inputs filled and the characters typed, and a time at a realistic pace: the script's own time
// plus a modelled user time (PACE in scripts/journey-scenarios.ts). Prints a table and writes
// docs/journeys.md. The journeys and their answers are in scripts/journey-scenarios.ts.
//
//   npm run measure                 all three, writes docs/journeys.md
//   npm run measure -- --no-write   print only
//
// Environment as for `npm run screenshots` (CHROMIUM_PATH, PLAYGROUND_BOT_ENTRY).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { clickCardButton, fillInput, launchBrowser, openPlayground, REPO_ROOT, selectChoice, sendText, startPlaygroundSession } from './lib/playgroundDriver';
import { cardButtons, cardCount, cardLabels, fillByLabel, pickByLabel, recentBotText } from './lib/playground/formByLabel';
import { JOURNEYS, PACE, type Answer, type Journey, type JourneyStep } from './journey-scenarios';

interface Counts {
  cards: number;
  clicks: number;
  picks: number;
  inputs: number;
  chars: number;
  scriptSeconds: number;
  /** Answers beyond the essentials that a card required. */
  requiredExtras: string[];
}

const fresh = (): Counts => ({ cards: 0, clicks: 0, picks: 0, inputs: 0, chars: 0, scriptSeconds: 0, requiredExtras: [] });

/** Seconds a leader spends besides the bot's own time: reading cards, picking, pressing, typing. */
function modelledSeconds(c: Counts): number {
  return c.cards * PACE.readCardSeconds + c.picks * PACE.choiceSeconds + c.clicks * PACE.buttonSeconds + (c.chars / PACE.charsPerMinute) * 60;
}

async function fill(page: Page, label: string, value: string, c: Counts): Promise<void> {
  const exact = (await cardLabels(page)).some((l) => l.text === label);
  if (exact) await fillByLabel(page, label, value);
  else await fillInput(page, label, value);
  c.inputs++;
  c.chars += value.length;
}

async function pick(page: Page, label: string, choice: string, c: Counts): Promise<void> {
  const exact = (await cardLabels(page)).some((l) => l.text === label);
  if (exact) await pickByLabel(page, label, choice);
  else await selectChoice(page, label, choice);
  c.picks++;
}

async function answer(page: Page, a: Answer, c: Counts): Promise<void> {
  if ('text' in a) return fill(page, a.label, a.text, c);
  for (const choice of a.choices) await pick(page, a.label, choice, c);
}

/** Walks a multi-card form by its labels (see JourneyStep `fillForm`). */
async function fillForm(page: Page, step: Extract<JourneyStep, { fillForm: Answer[] }>, c: Counts): Promise<void> {
  for (let n = 0; n < step.maxCards; n++) {
    const labels = await cardLabels(page).catch(() => []);
    for (const a of step.fillForm) {
      const found = labels.find((l) => l.text === a.label);
      if (!found || !(a.essential || found.required)) continue;
      if (!a.essential) c.requiredExtras.push(a.label);
      await answer(page, a, c);
    }
    const unanswered = labels.filter((l) => l.required && !step.fillForm.some((a) => a.label === l.text));
    const buttons = await cardButtons(page);
    const press = step.buttons.find((b) => buttons.includes(b));
    if (!press) throw new Error(`no button of ${step.buttons.join(' / ')} on the card (it has: ${buttons.join(', ')})`);
    await clickCardButton(page, press);
    c.clicks++;
    const said = await recentBotText(page);
    if (step.until.test(said)) return;
    if (/Noe må rettes/.test(said)) {
      throw new Error(`the card came back with errors; add answers to ANSWERS for: ${unanswered.map((l) => `"${l.text}"`).join(', ') || labels.map((l) => `"${l.text}"`).join(', ')}`);
    }
  }
  throw new Error(`not done after ${step.maxCards} cards`);
}

async function runStep(page: Page, step: JourneyStep, c: Counts): Promise<void> {
  if ('fillForm' in step) return fillForm(page, step, c);
  if ('send' in step) {
    c.chars += step.send.length;
    return sendText(page, step.send);
  }
  if ('click' in step) {
    c.clicks++;
    return clickCardButton(page, step.click, { expectReply: step.expectReply });
  }
  if ('fill' in step) return fill(page, step.fill, step.value, c);
  if ('select' in step) return pick(page, step.select, step.choice, c);
  if ('wait' in step) return page.waitForTimeout(step.wait);
  throw new Error(`step not supported in a journey: ${JSON.stringify(step)}`);
}

async function runJourney(page: Page, journey: Journey): Promise<Counts> {
  const c = fresh();
  const cardsBefore = await cardCount(page);
  const started = Date.now();
  for (const step of journey.steps) await runStep(page, step, c);
  c.scriptSeconds = (Date.now() - started) / 1000;
  c.cards = (await cardCount(page)) - cardsBefore;
  const said = await recentBotText(page, 5);
  if (!journey.done.test(said)) throw new Error(`${journey.name}: the bot did not confirm (${journey.done}); it said: ${said.slice(-300)}`);
  return c;
}

const secs = (s: number) => `${Math.round(s)} s`;
const minSec = (s: number) => `${Math.floor(Math.round(s) / 60)} min ${String(Math.round(s) % 60).padStart(2, '0')} s`;

function table(results: Array<{ journey: Journey; c: Counts }>): string {
  const head = '| journey | cards from the bot | clicks (buttons + choices) | of which choices | inputs filled | characters typed | script time | modelled user time | total at a realistic pace |';
  const rule = '|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const rows = results.map(({ journey, c }) => {
    const model = modelledSeconds(c);
    return `| ${journey.title} | ${c.cards} | ${c.clicks + c.picks} | ${c.picks} | ${c.inputs} | ${c.chars} | ${secs(c.scriptSeconds)} | ${secs(model)} | ${minSec(c.scriptSeconds + model)} |`;
  });
  const extras = results.filter(({ c }) => c.requiredExtras.length > 0).map(({ journey, c }) => `${journey.name}: ${c.requiredExtras.map((l) => `«${l}»`).join(', ')}`);
  const note = extras.length ? `\n\nRequired by the cards beyond the essentials (answered): ${extras.join('; ')}.` : '';
  return [head, rule, ...rows].join('\n') + note;
}

function modelText(): string {
  return (
    `Time model: the script's own time in the playground (the bot's turns, rendering) plus a modelled user: ` +
    `${PACE.readCardSeconds} s to read each card the bot sent, ${PACE.choiceSeconds} s per choice picked, ` +
    `${PACE.buttonSeconds} s per button pressed, and typing at ${PACE.charsPerMinute} characters a minute for every character typed ` +
    `(commands and inputs). Clicks are the buttons pressed plus the choices picked (each option chosen in a drop-down or a box); ` +
    `cards count every card the bot posted (a card updated in place counts once).`
  );
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function markdown(results: Array<{ journey: Journey; c: Counts }>): string {
  return `# A leader's journeys, measured

Measured by \`npm run measure\` (scripts/measure-journeys.ts) in Microsoft 365 Agents Playground
with headless Chromium, as the playground's mock user (a leader on the demo roster), on a fresh
embedded store: first registering an initiative with only what is needed, then a progress report
without a phase change, then closing it as taken into use. The journeys and their answers are in
\`scripts/journey-scenarios.ts\`; the registration walks the proposal cards by their labels, so it
can be re-run unchanged after the form changes.

Measured ${new Date().toISOString().slice(0, 10)} at commit \`${commit()}\`.

${table(results)}

${modelText()}

What the cards are: registering sends the two form cards, the summary, and after «Registrer»
a one-line card with «Legg til detaljer» (only when optional fields were left out); the first
progress report sends the report card and the same one-line reminder once more; closing sends
the report card and the closing card.

Before issue 12 (measured by hand in the playground): registering took 7 cards (profile, five
steps, summary), about 27 clicks and 3-4 minutes; a progress report was one card of about 14
inputs; closing took about 30 inputs and 39 clicks.
`;
}

async function main(): Promise<void> {
  const write = !process.argv.includes('--no-write');
  const session = await startPlaygroundSession({ output: 'file', activityLocale: 'nb-NO', demoRoster: true });
  const results: Array<{ journey: Journey; c: Counts }> = [];
  try {
    const browser = await launchBrowser({ locale: 'nb-NO', viewport: { width: 1280, height: 1400 } });
    try {
      await openPlayground(browser.page, session.url);
      for (const journey of JOURNEYS) {
        try {
          results.push({ journey, c: await runJourney(browser.page, journey) });
          // The chat after each journey, to look at what was counted.
          await browser.page.screenshot({ path: path.resolve(REPO_ROOT, '.playground', `measure-${journey.name}.png`), fullPage: true });
          console.log(`✓ ${journey.name}`);
        } catch (err) {
          const failure = path.join('.playground', `failure-measure-${journey.name}.png`);
          await browser.page.screenshot({ path: path.resolve(REPO_ROOT, failure), fullPage: true }).catch(() => undefined);
          throw new Error(`${journey.name}: ${err instanceof Error ? err.message : String(err)} (page: ${failure}; logs: ${session.botLog}, ${session.playgroundLog})`);
        }
      }
    } finally {
      await browser.close();
    }
  } finally {
    await session.stop();
  }
  console.log(`\n${table(results)}\n\n${modelText()}`);
  if (write) {
    writeFileSync(path.join(REPO_ROOT, 'docs', 'journeys.md'), markdown(results));
    console.log('\nwrote docs/journeys.md');
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
