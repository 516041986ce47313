// The reminder fan-out in its own process: seeds N roster leaders who all lag (no initiative
// after the registration deadline) with saved personal chats, then runs the app's own reminder
// job (createApp → app.reminders.job, the throttled sender at SEND_RATE_PER_SECOND) once
// against the loopback connector. The process clock is shifted to a Monday morning inside the
// send window, so the suite gives the same result at any time of day.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childOptions, ownStats, serveCommands } from '../support/child';
import { CYCLE, seedLaggards, shiftClock } from './seedLaggards';

export interface FanoutOptions {
  recipients: number;
  ratePerSecond: number;
  connectorUrl: string;
}

async function main(): Promise<void> {
  shiftClock();
  const o = childOptions<FanoutOptions>();
  // Loaded after the clock shift, so every module sees the shifted Date.
  const { default: pino } = await import('pino');
  const { createApp } = await import('../../src/app');
  // As src/index.ts does before it builds the app.
  (await import('../../src/server/heapGrowth')).limitHeapGrowth();
  const { parseConfig } = await import('../../src/config');
  const { SqliteDocumentStore } = await import('../../src/storage/embedded/sqliteDocumentStore');
  const config = parseConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    REMINDERS_ENABLED: 'false',
    PROGRAMME_CYCLES: JSON.stringify([CYCLE]),
    SEND_RATE_PER_SECOND: String(o.ratePerSecond),
  });
  // A database file, as in production: an in-memory database would count the data as RSS.
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'innovasjonsbot-fanout-'));
  process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  process.once('SIGTERM', () => process.exit(0));
  const store = new SqliteDocumentStore(dataDir);
  const app = await createApp(config, { store, logger: pino({ level: 'silent' }) });
  const recipients = await seedLaggards(store, o.recipients, o.connectorUrl);

  let peakRss = 0;
  serveCommands({
    stats: () => ownStats(),
    async run(args: { limitSeconds?: number }) {
      // A time limit stops claiming new messages (in flight ones finish): the suite's budget.
      const abort = new AbortController();
      const limit = args?.limitSeconds ? setTimeout(() => abort.abort(), args.limitSeconds * 1000) : undefined;
      peakRss = process.memoryUsage.rss();
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
      const t = performance.now();
      const report = await app.reminders.job.run({ signal: abort.signal });
      const seconds = (performance.now() - t) / 1000;
      clearInterval(sampler);
      clearTimeout(limit);
      const results: Record<string, number> = {};
      for (const r of report.results.values()) results[r] = (results[r] ?? 0) + 1;
      return { seconds, aborted: abort.signal.aborted, results, messages: report.messages.length, skipped: report.skipped, peakRssBytes: peakRss, recipients };
    },
  });
  process.send!({ type: 'ready', value: { seeded: o.recipients, sender: config.reminders.sender } });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
