// Starts the bot and Microsoft 365 Agents Playground side by side (npm run playground, npm run
// screenshots). The bot runs without MicrosoftAppId (no auth), with the embedded store.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ROSTER, PLAYGROUND_USER } from '../../../fixtures/demoRoster';
import { openStore } from '../../../src/app';
import { parseConfig } from '../../../src/config';
import { RosterRepository } from '../../../src/storage/repositories/rosterRepository';
import { startLocaleProxy } from './localeProxy';
import { canConnect, freePort, PLAYGROUND_DIR, REPO_ROOT, sleep, startChild, stopChild, tail, type Child } from './processes';

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
  /**
   * Seed the demo roster (fixtures/demoRoster.ts) into the store and make the mock user an admin,
   * so «Alex Wilber» is a leader and an admin out of the box. Default true.
   */
  demoRoster?: boolean;
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
      const demo = options.demoRoster !== false;
      if (demo) await seedDemoRoster(dataDir);
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
        ...(demo && !process.env.ADMIN_AAD_OBJECT_IDS ? { ADMIN_AAD_OBJECT_IDS: PLAYGROUND_USER.aadObjectId } : {}),
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

/** Imports the demo roster into the embedded store in `dataDir` (idempotent: re-runs change nothing). */
async function seedDemoRoster(dataDir: string): Promise<void> {
  const store = await openStore(parseConfig({ STORAGE: 'embedded', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }));
  try {
    await new RosterRepository(store).import(DEMO_ROSTER.map((row, i) => ({ line: i + 2, row })));
  } finally {
    await store.close();
  }
}
