import type { StorageConfig } from '../config';
import { CosmosDocumentStore } from './cosmos/cosmosDocumentStore';
import type { DocumentStore } from './documentStore';
import { SqliteDocumentStore } from './embedded/sqliteDocumentStore';
import { withRetention } from './retention';

/** Picks the adapter the configuration names, with retention when set. The caller runs `init()`. */
export function createStore(config: StorageConfig): DocumentStore {
  const store = config.kind === 'cosmos' ? new CosmosDocumentStore(config) : new SqliteDocumentStore(config.dataDir);
  return config.retentionDays ? withRetention(store, config.retentionDays) : store;
}
