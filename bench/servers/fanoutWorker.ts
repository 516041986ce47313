// The reminder fan-out in its own process: seeds N roster leaders who all lag (no initiative
// after the registration deadline) with saved personal chats, then runs the app's own reminder
// job (createApp → app.reminders.job, the throttled sender at SEND_RATE_PER_SECOND) once
// against the loopback connector. The process clock is shifted to a Monday morning inside the
// send window, so the suite gives the same result at any time of day.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childOptions, ownStats, serveCommands } from '../support/child';

const MONDAY_0930_OSLO = Date.parse('2026-11-30T09:30:00+01:00');

/** Shifts `Date` (new Date(), Date.now()) so that now is MONDAY_0930_OSLO; time still runs. */
function shiftClock(): void {
  const RealDate = Date;
  const offset = MONDAY_0930_OSLO - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string]));
    }
    static override now(): number {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate as DateConstructor;
}

export interface FanoutOptions {
  recipients: number;
  ratePerSecond: number;
  connectorUrl: string;
}

const CYCLE = { id: '2026-2027', name: 'Innovasjonsprogrammet 2026/2027', start: '2026-08-17', registrationDeadline: '2026-11-13', reportCadence: { everyWeeks: 4 }, end: '2099-06-19' };
const TENANT_ID = '11111111-2222-3333-4444-555555555555';

async function main(): Promise<void> {
  shiftClock();
  const o = childOptions<FanoutOptions>();
  // Loaded after the clock shift, so every module sees the shifted Date.
  const { default: pino } = await import('pino');
  const { createApp } = await import('../../src/app');
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

  const stamp = '2026-09-01T08:00:00.000Z';
  const roster = store.collection<any>('roster');
  const conversations = store.collection<any>('conversations');
  const recipients: string[] = [];
  for (let n = 0; n < o.recipients; n += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, o.recipients - n) }, async (_, k) => {
        const i = n + k;
        const aad = `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        const conversationId = `a:personal-${aad}`;
        recipients.push(conversationId);
        const email = `leder${i}@kommune.no`;
        await roster.upsert({ id: email, name: `Leder ${i}`, email, aadObjectId: aad, unit: `Enhet ${i % 400}`, sector: 'Pleie og omsorg', importedAt: stamp, updatedAt: stamp });
        await conversations.upsert({
          id: `user:${aad}`,
          scope: 'personal',
          conversationId,
          tenantId: TENANT_ID,
          aadObjectId: aad,
          reference: {
            channelId: 'msteams',
            serviceUrl: o.connectorUrl,
            conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
            bot: { id: '28:innovasjonsbot', name: 'Innovasjonsbot' },
            user: { id: `29:leder-${i}`, name: `Leder ${i}`, aadObjectId: aad },
          },
          installed: true,
          installedAt: stamp,
          updatedAt: stamp,
        });
      }),
    );
  }

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
