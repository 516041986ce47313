// The bot under test in its own process: createApp on a free loopback port with auth off, the
// reminder schedule off, and a counting store (embedded in memory, or the Cosmos emulator).
// With `clock`, the process's clock is shifted to a Monday morning inside the send window (for
// the reminder run of the two-instance scenario); the app is loaded after that.
import { mkdtempSync, rmSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { childOptions, ownStats, serveCommands } from '../support/child';
import { seedLaggards, seedRosterLeader, shiftClock } from './seedLaggards';

export interface BotServerOptions {
  store: 'embedded' | 'cosmos';
  cosmosEndpoint?: string;
  database?: string;
  env?: Record<string, string>;
  /** Shift the clock to Monday 30 November 2026 09:30 Oslo (reminders are due then). */
  clock?: boolean;
  /** Roster rows seeded before the first turn (the roster is read as a snapshot). */
  rosterLeaders?: Array<{ user: { aadObjectId: string; name: string }; unit: string }>;
}

/** The emulator's well-known key (public; cosmosdb-server accepts any key). */
const COSMOS_EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

/** A database file in a temporary folder, as in production (in memory, the data would count as RSS). */
function embeddedDataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'innovasjonsbot-bench-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function main(): Promise<void> {
  const o = childOptions<BotServerOptions>();
  if (o.clock) shiftClock();
  // Loaded after the clock shift, so every module sees the shifted Date.
  const { default: pino } = await import('pino');
  const { createApp } = await import('../../src/app');
  // As src/index.ts does before it builds the app.
  (await import('../../src/server/heapGrowth')).limitHeapGrowth();
  const { parseConfig } = await import('../../src/config');
  const { CosmosDocumentStore } = await import('../../src/storage/cosmos/cosmosDocumentStore');
  const { SqliteDocumentStore } = await import('../../src/storage/embedded/sqliteDocumentStore');
  const { IdeaRepository } = await import('../../src/storage/repositories/ideaRepository');
  const { CountingStore } = await import('../../fixtures/countingStore');
  const { seedOverviewProgramme, seedProfiles } = await import('./seedProgramme');
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', REMINDERS_ENABLED: 'false', ...o.env });
  // Only this process's Cosmos client skips certificate checks (the emulator's is self-signed).
  const inner =
    o.store === 'cosmos'
      ? new CosmosDocumentStore(
          { kind: 'cosmos', endpoint: o.cosmosEndpoint!, database: o.database ?? 'bench', auth: { kind: 'key', key: COSMOS_EMULATOR_KEY }, createContainers: true, containerPrefix: '' },
          { clientOptions: { agent: new https.Agent({ rejectUnauthorized: false, keepAlive: true }) } },
        )
      : new SqliteDocumentStore(embeddedDataDir());
  const store = new CountingStore(inner);
  if (o.rosterLeaders?.length) {
    await inner.init(); // createApp initialises it too; it only creates what is missing
    for (const row of o.rosterLeaders) await seedRosterLeader(inner, row.user, row.unit);
  }
  const app = await createApp(config, { store, logger: pino({ level: 'silent' }) });
  const port = await app.start();
  serveCommands({
    stats: () => ({ ...ownStats(), counts: store.counts }),
    resetCounts: () => store.reset(),
    // The roles' roster snapshot is cached; seeded leaders count from the next turn on.
    seedProfiles: async (users) => {
      await seedProfiles(store, users);
      app.directory.invalidate();
    },
    seedOverview: async () => {
      const seeded = await seedOverviewProgramme(store);
      app.directory.invalidate();
      return seeded;
    },
    seedRosterLeader: async (args: { user: { aadObjectId: string; name: string }; unit: string }) => {
      await seedRosterLeader(store, args.user, args.unit);
      app.directory.invalidate();
    },
    seedLaggards: (args: { count: number; connectorUrl: string }) => seedLaggards(store, args.count, args.connectorUrl),
    /** One run of this process's reminder job: what it did with each message. */
    async runReminders() {
      const report = await app.reminders.job.run();
      const results: Record<string, number> = {};
      for (const r of report.results.values()) results[r] = (results[r] ?? 0) + 1;
      return { skipped: report.skipped, planned: report.messages.length, results };
    },
    /** Waits until no channel card update runs or is wanted in this process. */
    idle: () => app.idle(),
    supporters: async (ideaId: string) => (await new IdeaRepository(store).get(ideaId))?.value.supporters.length,
  });
  process.once('SIGTERM', () => {
    app.stop().finally(() => process.exit(0));
  });
  process.send!({ type: 'ready', value: { port } });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
