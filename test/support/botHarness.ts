// Starts the real server (createApp) on a free loopback port for end-to-end tests, with the
// loopback connector as serviceUrl. Tests talk to it only over HTTP, as Teams does.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp, type App, type AppOverrides } from '../../src/app';
import { parseConfig, type AppConfig } from '../../src/config';
import type { DocumentStore } from '../../src/storage/documentStore';
import { startConnector, type Connector } from './connector';

export interface BotUnderTest {
  app: App;
  baseUrl: string;
  config: AppConfig;
  post(activity: unknown): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'innovasjonsbot-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startBot(
  options: { env?: Record<string, string>; store?: DocumentStore; dataDir?: string; auth?: AppOverrides['auth']; logger?: AppOverrides['logger']; overrides?: Pick<AppOverrides, 'now' | 'isAllowedUploadUrl'> } = {},
): Promise<BotUnderTest> {
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: options.dataDir ?? ':memory:', ...options.env });
  const app = await createApp(config, { ...options.overrides, store: options.store, logger: options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), auth: options.auth });
  const port = await app.start();
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    config,
    async post(activity: unknown) {
      const res = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      let body: any = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, body };
    },
    stop: () => app.stop(),
  };
}

export { startConnector, type Connector };

export interface BotCtx {
  bot: BotUnderTest;
  connector: Connector;
}

/**
 * The usual set-up of an end-to-end describe block: a loopback connector and the bot, started
 * before the tests and stopped after them; with `clearEachTest`, each test starts with an empty
 * connector log. The fields are filled in beforeAll.
 */
export function useBot(options: () => Parameters<typeof startBot>[0] | Promise<Parameters<typeof startBot>[0]> = () => ({}), setup: { clearEachTest?: boolean } = {}): BotCtx {
  const ctx = {} as BotCtx;
  beforeAll(async () => {
    ctx.connector = await startConnector();
    ctx.bot = await startBot(await options());
  });
  afterAll(async () => {
    await ctx.bot?.stop();
    await ctx.connector?.stop();
  });
  if (setup.clearEachTest) {
    beforeEach(async () => {
      // A channel card update that follows a previous test's answer must not land in this test's log.
      await ctx.bot.app.idle();
      ctx.connector.clear();
    });
  }
  return ctx;
}
