// `npx tsx scripts/screenshot-programme.ts`: screenshots of the leadership programme sign-up and
// approval cards and the announcement preview in Agents Playground. Needs a roster and cohorts,
// so the playground user (Alex Wilber) is seeded as a leader, their own kommunalsjef and an admin.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RosterRepository } from '../src/storage/repositories/rosterRepository';
import { createStore } from '../src/storage/createStore';
import {
  clickCardButton,
  fillInput,
  launchBrowser,
  openPlayground,
  screenshotLastCard,
  sendText,
  startPlaygroundSession,
} from './lib/playgroundDriver';

const ALEX = { aadObjectId: '00000000-0000-0000-0000-0000000000020', email: 'alexw@example.com' };
const COHORTS = [
  { id: 'kull-2027-1', name: 'Kull 1 2027', start: '2027-02-01', end: '2027-06-30', place: 'Rådhuset, møterom Fjorden', seats: 20, applicationDeadline: '2027-01-15' },
];

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'programme-shots-'));
  const store = createStore({ kind: 'embedded', dataDir });
  await store.init();
  await new RosterRepository(store).import([
    { line: 2, row: { name: 'Alex Wilber', email: ALEX.email, aadObjectId: ALEX.aadObjectId, unit: 'Solsiden omsorgssenter', sector: 'Helse og omsorg', sectorHeadEmail: ALEX.email } },
  ]);
  await store.close();
  const session = await startPlaygroundSession({
    output: 'file',
    activityLocale: 'nb-NO',
    dataDir,
    botEnv: { LEADERSHIP_COHORTS: JSON.stringify(COHORTS), ADMIN_AAD_OBJECT_IDS: ALEX.aadObjectId, SECTORS: 'Helse og omsorg,Oppvekst,Kultur' },
  });
  try {
    const browser = await launchBrowser({ locale: 'nb-NO', viewport: { width: 1280, height: 1100 } });
    try {
      const { page } = browser;
      await openPlayground(page, session.url);
      await sendText(page, 'hjelp');
      await sendText(page, 'påmelding');
      await fillInput(page, 'Hvorfor vil du delta? (kort)', 'Jeg vil lære å lede forbedringsarbeid sammen med de ansatte.');
      await screenshotLastCard(page, 'docs/screenshots/programme-signup.png');
      await clickCardButton(page, 'Søk om plass', { expectReply: true });
      await page.waitForTimeout(2000);
      // The approval card comes to the kommunalsjef's chat (here the same person) before the text answer.
      await page.locator('.ac-adaptiveCard').last().screenshot({ path: 'docs/screenshots/programme-approval.png' });
      await sendText(page, 'kunngjøring');
      await fillInput(page, 'Tittel', 'Takk for innsatsen i år');
      await fillInput(page, 'Tekst', 'Dere har fått til mye dette året. Se oversikten over tiltakene i kommunen.');
      await fillInput(page, 'Lenke (valgfri, må begynne med https://)', 'https://www.example.com/innovasjon');
      await fillInput(page, 'Tekst på lenkeknappen (valgfri)', 'Se oversikten');
      await clickCardButton(page, 'Forhåndsvis', { expectReply: true });
      await page.waitForTimeout(2000);
      await screenshotLastCard(page, 'docs/screenshots/announcement-confirm.png');
      // The preview card is the one before the confirmation.
      const cards = page.locator('.ac-adaptiveCard');
      const count = await cards.count();
      await cards.nth(count - 2).screenshot({ path: 'docs/screenshots/announcement-preview.png' });
      await clickCardButton(page, 'Send', { expectReply: true });
      await page.waitForTimeout(3000);
      // The playground user is on the roster too: the last card is the announcement as received.
      await page.locator('.ac-adaptiveCard').last().screenshot({ path: 'docs/screenshots/announcement-received.png' });
      console.log('done');
    } catch (err) {
      await browser.page.screenshot({ path: '.playground/failure-programme.png' }).catch(() => undefined);
      throw err;
    } finally {
      await browser.close();
    }
  } finally {
    await session.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
