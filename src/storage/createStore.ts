import type { StorageConfig } from '../config';
import type { CosmosDocumentStore } from './cosmos/cosmosDocumentStore';
import type { DocumentStore } from './documentStore';
import { SqliteDocumentStore } from './embedded/sqliteDocumentStore';
import { withRetention } from './retention';

/** Picks the adapter the configuration names, with retention when set. The caller runs `init()`. */
export function createStore(config: StorageConfig): DocumentStore {
  const store = config.kind === 'cosmos' ? new (loadCosmosAdapter())(config) : new SqliteDocumentStore(config.dataDir);
  return config.retentionDays ? withRetention(store, config.retentionDays) : store;
}

/**
 * The Cosmos SDK is the heaviest module the bot has (a third of its start-up time and tens of
 * MiB of memory); the embedded store never needs it, so it is loaded only when configured.
 */
function loadCosmosAdapter(): typeof CosmosDocumentStore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('./cosmos/cosmosDocumentStore') as typeof import('./cosmos/cosmosDocumentStore')).CosmosDocumentStore;
}
