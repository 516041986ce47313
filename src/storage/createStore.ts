import type { StorageConfig } from '../config';
import { CosmosDocumentStore } from './cosmos/cosmosDocumentStore';
import type { DocumentStore } from './documentStore';
import { SqliteDocumentStore } from './embedded/sqliteDocumentStore';

/** Picks the adapter the configuration names. The caller runs `init()`. */
export function createStore(config: StorageConfig): DocumentStore {
  return config.kind === 'cosmos' ? new CosmosDocumentStore(config) : new SqliteDocumentStore(config.dataDir);
}
