// A developer's walk through the leader flows in Agents Playground, as a leader would use them:
// one bot, one chat, a screenshot of the chat after each step (in .playground/explore/), so the
// cards can be looked at in order. Not a test: it stops at the first step it cannot take.
//
//   npx tsx scripts/explore-leader-flows.ts [first-step-name]
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  clickCardButton,
  fillInput,
  launchBrowser,
  openPlayground,
  PLAYGROUND_DIR,
  screenshotChat,
  selectChoice,
  sendText,
  startPlaygroundSession,
} from './lib/playgroundDriver';

type Step = [name: string, run: (page: Page) => Promise<void>];

const click = (title: string) => (p: Page) => clickCardButton(p, title, { expectReply: true });
const toggle = (title: string) => (p: Page) => clickCardButton(p, title);
const all =
  (...runs: Array<(p: Page) => Promise<void>>) =>
  async (p: Page) => {
    for (const run of runs) await run(p);
  };

const steps: Step[] = [
  ['start', (p) => sendText(p, 'nytt tiltak')],
  [
    'what-filled-next',
    all(
      (p) => fillInput(p, 'Navn på tiltaket', 'Oppskrifter på kjøleskapet'),
      (p) => fillInput(p, 'Hvilket problem eller behov skal løses?', 'Mye mat blir kastet.'),
      (p) => fillInput(p, 'Hva er målet?', 'Halvere matsvinnet.'),
      click('Neste'),
    ),
  ],
  [
    'who-more-open',
    all(
      (p) => selectChoice(p, 'Hvem får nytte av tiltaket?', 'Ansatte'),
      (p) => selectChoice(p, 'Fase', '2 Innsikt'),
      toggle('Legg til flere detaljer (valgfritt)'),
      (p) => fillInput(p, 'Hvor mange ansatte er involvert?', '4'),
      (p) => fillInput(p, 'Gevinst 1: beskriv gevinsten', 'Mindre mat kastet'),
    ),
  ],
  ['who-error-in-folded', click('Neste')],
  ['who-fixed', all((p) => selectChoice(p, 'Gevinst 1: type', 'Unngåtte kostnader'), toggle('Legg til flere detaljer (valgfritt)'), click('Neste'))],
  ['summary-back', click('Tilbake')],
  ['who-back', click('Tilbake')],
  ['what-next-again', click('Neste')],
  ['command-mid-form', (p) => sendText(p, 'mine tiltak')],
  ['rapporter-mid-form', (p) => sendText(p, 'rapporter')],
  ['resume', click('Fortsett skjemaet')],
  ['who-next', click('Neste')],
  ['register-double', async (p) => {
    const button = p.getByRole('button', { name: 'Registrer', exact: true }).last();
    await button.dblclick();
    await p.waitForTimeout(4000);
  }],
  ['nudge-1', click('Legg til detaljer')],
  ['nudge-2-old', click('Legg til detaljer')],
  ['edit-save', click('Lagre')],
  ['report', (p) => sendText(p, 'rapporter')],
  [
    'report-part-filled-folded',
    all(
      (p) => fillInput(p, 'Hva er gjort siden sist?', 'Intervjuet fem ansatte.'),
      toggle('▸ Læring og hindringer'),
      (p) => fillInput(p, 'Hva har dere lært? (valgfritt)', 'At restene er gode.'),
      toggle('▸ Læring og hindringer'),
    ),
  ],
  ['report-sent', click('Send rapport')],
  ['closing', all((p) => sendText(p, 'rapporter'), (p) => selectChoice(p, 'Status', 'Avsluttet – ga ikke ønsket effekt'), (p) => fillInput(p, 'Hva er gjort siden sist?', 'Stoppet.'), click('Send rapport'))],
  ['closing-back', click('Tilbake')],
  // Closing and «Gjenåpne» are covered over HTTP (test/e2e/formsInPlace.test.ts); here only the way back.
  ['mine-tiltak-mid-closing', (p) => sendText(p, 'mine tiltak')],
];

async function main(): Promise<void> {
  const out = path.join(PLAYGROUND_DIR, 'explore');
  mkdirSync(out, { recursive: true });
  const session = await startPlaygroundSession({ output: 'file', activityLocale: 'nb-NO' });
  const browser = await launchBrowser({ locale: 'nb-NO', viewport: { width: 1280, height: 2400 } });
  try {
    await openPlayground(browser.page, session.url);
    let n = 0;
    for (const [name, run] of steps) {
      const file = path.join(out, `${String(++n).padStart(2, '0')}-${name}.png`);
      try {
        await run(browser.page);
      } catch (err) {
        await browser.page.screenshot({ path: file.replace(/\.png$/, '-FAILED.png') });
        throw new Error(`${name}: ${err instanceof Error ? err.message : String(err)}`);
      }
      await screenshotChat(browser.page, file);
      console.log(`✓ ${name} -> ${file}`);
    }
  } finally {
    await browser.close();
    await session.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
