// `npm run screenshots [-- name ...]`: renders the bot's cards in Microsoft 365 Agents Playground
// with headless Chromium and saves PNGs (see scripts/screenshot-scenarios.ts). Each scenario gets
// a fresh bot (empty embedded store), playground and browser on free ports. Runs offline.
//
//   npm run screenshots                 all scenarios
//   npm run screenshots -- welcome      only the named ones
//   npm run screenshots -- --list       list them
//
// Environment: PLAYGROUND_BOT_ENTRY (default src/index.ts), PLAYGROUND_BOT_ENDPOINT (use a running
// bot instead), CHROMIUM_PATH (default /usr/bin/chromium). Logs: .playground/{bot,playground}.log.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  clickCardButton,
  fillInput,
  launchBrowser,
  openConversation,
  openPlayground,
  postInChannel,
  REPO_ROOT,
  screenshotCardWithButton,
  screenshotChat,
  screenshotLastBotMessage,
  screenshotLastCard,
  selectChoice,
  sendText,
  setToggle,
  startPlaygroundSession,
} from './lib/playgroundDriver';
import { scenarios, type ScreenshotScenario, type ScreenshotStep } from './screenshot-scenarios';
import { seedExploreDataDir } from './lib/playground/seedExplore';
import type { Page } from 'playwright-core';

async function runStep(page: Page, step: ScreenshotStep): Promise<void> {
  if ('send' in step) return sendText(page, step.send);
  if ('open' in step) return openConversation(page, step.open, step.team);
  if ('post' in step) return postInChannel(page, step.post, { mention: step.mention });
  if ('click' in step) return clickCardButton(page, step.click, { expectReply: step.expectReply });
  if ('fill' in step) return fillInput(page, step.fill, step.value);
  if ('select' in step) return selectChoice(page, step.select, step.choice);
  if ('toggle' in step) return setToggle(page, step.toggle, step.on ?? true);
  if ('wait' in step) return page.waitForTimeout(step.wait);
  throw new Error(`unknown step ${JSON.stringify(step)}`);
}

async function runScenario(scenario: ScreenshotScenario): Promise<void> {
  const started = Date.now();
  const locale = scenario.locale ?? 'nb-NO';
  // A seeded scenario gets its own data dir, filled before the bot starts.
  const seeded = typeof scenario.seed === 'function' ? mkdtempSync(path.join(os.tmpdir(), 'innovasjonsbot-screenshot-')) : undefined;
  const dataDir = scenario.seed === 'explore' ? await seedExploreDataDir() : seeded;
  const botEnv = typeof scenario.seed === 'function' && seeded ? await scenario.seed(seeded) : undefined;
  const session = await startPlaygroundSession({ output: 'file', activityLocale: locale, dataDir, botEnv, demoRoster: scenario.demoRoster ?? true });
  try {
    const browser = await launchBrowser({ locale, viewport: scenario.viewport });
    try {
      const { page } = browser;
      await openPlayground(page, session.url);
      for (const step of scenario.steps) await runStep(page, step);
      const target = scenario.target ?? 'lastCard';
      if (scenario.cardWithButton) await screenshotCardWithButton(page, scenario.cardWithButton, scenario.output);
      else if (target === 'chat') await screenshotChat(page, scenario.output);
      else if (target === 'lastMessage') await screenshotLastBotMessage(page, scenario.output);
      else if (target === 'page') await page.screenshot({ path: path.resolve(REPO_ROOT, scenario.output), animations: 'disabled' });
      else await screenshotLastCard(page, scenario.output);
      const secs = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`✓ ${scenario.name} -> ${path.relative(process.cwd(), path.resolve(REPO_ROOT, scenario.output))} (${secs} s)`);
    } catch (err) {
      const failure = path.join('.playground', `failure-${scenario.name}.png`);
      await browser.page.screenshot({ path: path.resolve(REPO_ROOT, failure) }).catch(() => undefined);
      throw new Error(
        `${scenario.name}: ${err instanceof Error ? err.message : String(err)}\n` +
          `  page at failure: ${failure}; logs: ${session.botLog ?? '(external bot)'}, ${session.playgroundLog}`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    await session.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    for (const s of scenarios) console.log(`${s.name}\t${s.output}`);
    return;
  }
  const unknown = args.filter((a) => !scenarios.some((s) => s.name === a));
  if (unknown.length) throw new Error(`unknown scenario(s): ${unknown.join(', ')} (see --list)`);
  const selected = args.length ? scenarios.filter((s) => args.includes(s.name)) : scenarios;
  let failed = 0;
  for (const scenario of selected) {
    try {
      await runScenario(scenario);
    } catch (err) {
      failed++;
      console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  if (failed) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
