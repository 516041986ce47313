// The bot under test in its own process: createApp on a free loopback port with auth off, the
// reminder schedule off, and a counting store (embedded in memory, or the Cosmos emulator).
import { mkdtempSync, rmSync } from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createApp } from '../../src/app';
import { parseConfig } from '../../src/config';
import { CosmosDocumentStore } from '../../src/storage/cosmos/cosmosDocumentStore';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import { childOptions, ownStats, serveCommands } from '../support/child';
import { CountingStore } from '../../fixtures/countingStore';
import { seedOverviewProgramme, seedProfiles } from './seedProgramme';

export interface BotServerOptions {
  store: 'embedded' | 'cosmos';
  cosmosEndpoint?: string;
  database?: string;
  env?: Record<string, string>;
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
