// Headless Debian Chromium for driving the playground's web UI, offline.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './processes';

export interface BrowserOptions {
  /**
   * Browser language: formats dates and numbers in card inputs. (The bot's activity.locale is
   * set by startPlaygroundSession's activityLocale; the playground itself always sends en-US.)
   * Default nb-NO.
   */
  locale?: string;
  viewport?: { width: number; height: number };
  /** Device pixel ratio of screenshots. Default 2 (crisp on high-DPI screens). */
  scale?: number;
}

export interface PlaygroundBrowser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/**
 * Headless Debian Chromium with a fresh profile. Requests that leave localhost (the playground's
 * UI fetches Segoe UI fonts and an animation worklet from res.cdn.office.net) are aborted at once,
 * so runs are offline and do not wait for DNS time-outs; the UI falls back to local fonts.
 */
export async function launchBrowser(options: BrowserOptions = {}): Promise<PlaygroundBrowser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'innovasjonsbot-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium itself still looks up accounts.google.com, update.googleapis.com,
      // content-autofill.googleapis.com ... despite the flags above; resolve nothing but localhost.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
    locale: options.locale ?? 'nb-NO',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    deviceScaleFactor: options.scale ?? 2,
  });
  await context.route(
    (url) => !['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol !== 'data:',
    (route) => route.abort(),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The functions given to page.evaluate run in the browser. The project compiles without the DOM
 * lib (it would make `document` legal in src/), so they reach browser globals through this.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BrowserWindow = any;
