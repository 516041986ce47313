// Starts the bot and Microsoft 365 Agents Playground side by side and drives the playground's
// chat with headless Chromium (playwright-core). Used by `npm run playground` (interactive) and
// `npm run screenshots` (card screenshots for docs/).
//
// Everything stays on localhost: the playground serves its web UI and a mock Bot Connector
// service; the bot runs without MicrosoftAppId (no auth), with the embedded store.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Playground's own state and logs; listed in .gitignore. */
export const PLAYGROUND_DIR = path.join(REPO_ROOT, '.playground');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// ---------------------------------------------------------------------------------------------
// Processes
// ---------------------------------------------------------------------------------------------

export interface PlaygroundSessionOptions {
  /** Bot entry point run with tsx, relative to the repo root. Default: $PLAYGROUND_BOT_ENTRY or src/index.ts. */
  botEntry?: string;
  /** Use an already running bot at this URL instead of starting one. Default: $PLAYGROUND_BOT_ENDPOINT. */
  botEndpoint?: string;
  /** Port for the bot; 0 = pick a free one. Default 0. */
  botPort?: number;
  /** Port for the playground web UI; 0 = pick a free one. Default 0. */
  playgroundPort?: number;
  /** DATA_DIR for the embedded store. Default: a fresh temp dir, removed on stop(). */
  dataDir?: string;
  /**
   * Locale put on every activity the bot receives (activity.locale and the clientInfo entity),
   * e.g. 'nb-NO'. The playground always sends 'en-US' (hard-coded in 0.2.28), so without this
   * the bot answers in English. '' = pass activities through unchanged. Default 'nb-NO'.
   */
  activityLocale?: string;
  /** Extra environment for the bot process. */
  botEnv?: Record<string, string>;
  /** 'inherit' prints both processes' output with a [bot]/[playground] prefix; 'file' writes .playground/*.log. */
  output?: 'inherit' | 'file';
  /** How long to wait for the bot to listen. Default 90 s (tsx + botbuilder load is slow on a cold cache). */
  startTimeoutMs?: number;
}

export interface PlaygroundSession {
  /** The playground web UI, e.g. http://localhost:56150 */
  url: string;
  botEndpoint: string;
  /** The locale the bot sees on incoming activities, if rewritten (see activityLocale). */
  activityLocale: string | undefined;
  dataDir: string | undefined;
  botLog: string | undefined;
  playgroundLog: string | undefined;
  /** Resolves if the bot or the playground exits on its own (not through stop()). */
  unexpectedExit: Promise<{ name: string; code: number | null }>;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function canConnect(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

interface Child {
  name: string;
  proc: ChildProcess;
  logFile: string | undefined;
  exited: Promise<number | null>;
}

function startChild(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  output: 'inherit' | 'file',
  onLine?: (line: string) => void,
): Child {
  // Own process group (detached) so that stop() can end the child and anything it spawned,
  // and so Ctrl+C reaches only our script, which then stops the children in order.
  const proc = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let logFile: string | undefined;
  let sink: (line: string) => void;
  if (output === 'file') {
    mkdirSync(PLAYGROUND_DIR, { recursive: true });
    logFile = path.join(PLAYGROUND_DIR, `${name}.log`);
    const stream = createWriteStream(logFile);
    sink = (line) => stream.write(`${line}\n`);
  } else {
    sink = (line) => console.log(`[${name}] ${line}`);
  }
  for (const stream of [proc.stdout, proc.stderr]) {
    let buf = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).replace(/\r$/, '');
        buf = buf.slice(nl + 1);
        sink(line);
        onLine?.(line);
      }
    });
    stream?.on('end', () => {
      if (buf) sink(buf); // a last line without newline
    });
  }
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { name, proc, logFile, exited };
}

async function stopChild(child: Child, timeoutMs = 8000): Promise<void> {
  const pid = child.proc.pid;
  if (pid === undefined || child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  const signalGroup = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig); // the child's own process group (see detached above)
    } catch {
      /* already gone */
    }
  };
  signalGroup('SIGTERM');
  const done = await Promise.race([child.exited.then(() => true), sleep(timeoutMs).then(() => false)]);
  if (!done) {
    signalGroup('SIGKILL');
    await child.exited;
  }
}

function tail(file: string | undefined, lines = 30): string {
  if (!file) return '';
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * A pass-through HTTP proxy for the bot endpoint that sets the locale of incoming activities.
 * Only playground -> bot traffic passes here; the bot answers through the playground's mock
 * connector (activity.serviceUrl) directly.
 */
export async function startLocaleProxy(target: string, locale: string): Promise<{ endpoint: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks).toString('utf8');
      try {
        const activity = JSON.parse(body) as { locale?: string; entities?: Array<{ type?: string; locale?: string }> };
        activity.locale = locale;
        for (const e of activity.entities ?? []) if (e.type === 'clientInfo') e.locale = locale;
        body = JSON.stringify(activity);
      } catch {
        /* not JSON: forward as is */
      }
      const headers: Record<string, string> = {};
      for (const name of ['authorization', 'content-type', 'accept']) {
        const v = req.headers[name];
        if (typeof v === 'string') headers[name] = v;
      }
      fetch(target, { method: req.method, headers, body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body })
        .then(async (r) => {
          const text = await r.text();
          const type = r.headers.get('content-type');
          res.writeHead(r.status, type ? { 'content-type': type } : {});
          res.end(text);
        })
        .catch((err: unknown) => {
          res.writeHead(502, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: `bot unreachable: ${err instanceof Error ? err.message : String(err)}` }));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    endpoint: `http://127.0.0.1:${port}/api/messages`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Starts the bot (unless botEndpoint is given) and the playground pointed at it; resolves when
 * both listen. The playground opens no browser (TEAMSAPPTESTER_BROWSER=none) and sends no telemetry.
 */
export async function startPlaygroundSession(options: PlaygroundSessionOptions = {}): Promise<PlaygroundSession> {
  const output = options.output ?? 'file';
  const startTimeoutMs = options.startTimeoutMs ?? 90_000;
  const children: Child[] = [];
  const closers: Array<() => Promise<void>> = [];
  let tempDataDir: string | undefined;
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killOnExit);
    // Playground first (it would otherwise log failed calls to a stopping bot), then the bot.
    for (const child of [...children].reverse()) await stopChild(child);
    for (const close of closers) await close();
    if (tempDataDir) rmSync(tempDataDir, { recursive: true, force: true });
  };
  // Last resort if the script dies without calling stop(): signal our own children's groups.
  const killOnExit = () => {
    for (const c of children) {
      if (c.proc.pid !== undefined && c.proc.exitCode === null) {
        try {
          process.kill(-c.proc.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
  };
  process.on('exit', killOnExit);

  try {
    // --- the bot ---------------------------------------------------------------------------
    let botEndpoint = options.botEndpoint ?? process.env.PLAYGROUND_BOT_ENDPOINT;
    let dataDir: string | undefined;
    let botChild: Child | undefined;
    if (!botEndpoint) {
      const botPort = options.botPort || (await freePort());
      if (await canConnect(botPort)) throw new Error(`port ${botPort} is already in use (set PORT to another port)`);
      dataDir = options.dataDir;
      if (!dataDir) dataDir = tempDataDir = mkdtempSync(path.join(os.tmpdir(), 'innovasjonsbot-playground-'));
      mkdirSync(dataDir, { recursive: true });
      const entry = options.botEntry ?? process.env.PLAYGROUND_BOT_ENTRY ?? 'src/index.ts';
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(botPort),
        HOST: '127.0.0.1',
        STORAGE: 'embedded',
        DATA_DIR: dataDir,
        // Empty (not unset) so that a developer's .env cannot switch auth on: dotenv keeps
        // variables that already exist. The playground's mock connector has no real tokens.
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        ...options.botEnv,
      };
      // `node --import tsx` keeps the bot a single process (the tsx CLI would add a wrapper).
      botChild = startChild('bot', process.execPath, ['--import', 'tsx', entry], env, output);
      children.push(botChild);
      botEndpoint = `http://127.0.0.1:${botPort}/api/messages`;
      const deadline = Date.now() + startTimeoutMs;
      for (;;) {
        if (botChild.proc.exitCode !== null || botChild.proc.signalCode !== null) {
          throw new Error(`the bot exited during start (code ${botChild.proc.exitCode})\n${tail(botChild.logFile)}`);
        }
        if (await canConnect(botPort)) break;
        if (Date.now() > deadline) throw new Error(`the bot did not listen on ${botPort} within ${startTimeoutMs} ms\n${tail(botChild.logFile)}`);
        await sleep(250);
      }
    }

    // --- locale rewriting proxy between playground and bot ---------------------------------
    const activityLocale = options.activityLocale ?? 'nb-NO';
    let appEndpoint = botEndpoint;
    if (activityLocale) {
      const proxy = await startLocaleProxy(botEndpoint, activityLocale);
      closers.push(proxy.close);
      appEndpoint = proxy.endpoint;
    }

    // --- the playground --------------------------------------------------------------------
    const requestedPort = options.playgroundPort || (await freePort());
    const cli = require.resolve('@microsoft/m365agentsplayground/cli.js', { paths: [REPO_ROOT] });
    mkdirSync(PLAYGROUND_DIR, { recursive: true });
    const pgEnv: NodeJS.ProcessEnv = {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none', // do not open a browser
      // --disable-telemetry stops the playground's own events, but its Application Insights SDK is
      // still set up and its "statsbeat" probes Azure IMDS (169.254.169.254) and resolves
      // westus-0.in.applicationinsights.azure.com. This switches that off: nothing leaves localhost.
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      APPLICATION_INSIGHTS_NO_DIAGNOSTIC_CHANNEL: 'true',
      // Default is ./devTools/m365agentsplayground.log in the cwd (= the repo); keep it in .playground/.
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(PLAYGROUND_DIR, 'm365agentsplayground.log'),
    };
    let listeningPort: number | undefined;
    const pgChild = startChild(
      'playground',
      process.execPath,
      [cli, '--port', String(requestedPort), '--app-endpoint', appEndpoint, '--channel-id', 'msteams', '--disable-telemetry'],
      pgEnv,
      output,
      (line) => {
        // "Listening on 56150"; if the port is taken the playground silently picks a random one.
        const m = /Listening on (\d+)/.exec(line);
        if (m?.[1]) listeningPort = Number(m[1]);
      },
    );
    children.push(pgChild);
    const deadline = Date.now() + 30_000;
    while (listeningPort === undefined) {
      if (pgChild.proc.exitCode !== null || pgChild.proc.signalCode !== null) {
        throw new Error(`the playground exited during start (code ${pgChild.proc.exitCode})\n${tail(pgChild.logFile)}`);
      }
      if (Date.now() > deadline) throw new Error(`the playground did not start within 30 s\n${tail(pgChild.logFile)}`);
      await sleep(100);
    }
    const url = `http://localhost:${listeningPort}`;
    for (;;) {
      try {
        const res = await fetch(url);
        if (res.ok) break;
      } catch {
        /* not yet */
      }
      if (Date.now() > deadline) throw new Error(`the playground at ${url} did not answer\n${tail(pgChild.logFile)}`);
      await sleep(200);
    }

    const unexpectedExit = new Promise<{ name: string; code: number | null }>((resolve) => {
      for (const child of children) void child.exited.then((code) => !stopped && resolve({ name: child.name, code }));
    });
    return {
      url,
      botEndpoint,
      activityLocale: activityLocale || undefined,
      dataDir,
      botLog: botChild?.logFile,
      playgroundLog: pgChild.logFile,
      unexpectedExit,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

// ---------------------------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------------------------

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
type BrowserWindow = any;

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
class TurnTracker {
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
const trackers = new WeakMap<Page, TurnTracker>();

async function waitUntil(test: () => boolean, timeoutMs: number): Promise<boolean> {
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
async function act(page: Page, action: () => Promise<void>, opts: ReplyOptions): Promise<void> {
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

async function waitForBotMessages(page: Page, atLeast: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    ({ sel, atLeast }) => (globalThis as BrowserWindow).document.querySelectorAll(sel).length >= atLeast,
    { sel: SELECTORS.botMessage, atLeast },
    { timeout: timeoutMs, polling: 100 },
  );
}

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
function cardWithButton(page: Page, title: string): Locator {
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
