// The two storage adapters, for tests that must pass on both (`describe.each(STORE_KINDS)`).
import { randomUUID } from 'node:crypto';
import { CosmosDocumentStore } from '../../src/storage/cosmos/cosmosDocumentStore';
import type { DocumentStore } from '../../src/storage/documentStore';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import { startCosmosServer, type CosmosServer } from './cosmosServer';

export const STORE_KINDS = ['embedded', 'cosmos'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** One cosmosdb-server per test file, started on first use. */
let cosmos: Promise<CosmosServer> | undefined;

export function sharedCosmosServer(): Promise<CosmosServer> {
  cosmos ??= startCosmosServer();
  return cosmos;
}

export async function stopSharedCosmosServer(): Promise<void> {
  if (cosmos) await (await cosmos).stop();
  cosmos = undefined;
}

// Every test file that imports this module stops its server at the end, even one that forgets
// its own afterAll: a listening server with keep-alive sockets keeps the jest worker alive, and
// jest then force-exits it with a warning. Registered at import, i.e. at the file's top level.
afterAll(() => stopSharedCosmosServer());

export async function cosmosStore(server: CosmosServer, database = `db-${randomUUID()}`): Promise<CosmosDocumentStore> {
  return new CosmosDocumentStore(
    {
      kind: 'cosmos',
      endpoint: server.endpoint,
      database,
      auth: { kind: 'key', key: server.key },
      createContainers: true,
      containerPrefix: '',
    },
    { clientOptions: { agent: server.agent } },
  );
}

/** A fresh, empty store of the given kind (not yet initialised: createApp calls init). */
export async function freshStore(kind: StoreKind): Promise<DocumentStore> {
  if (kind === 'embedded') return new SqliteDocumentStore(':memory:');
  return cosmosStore(await sharedCosmosServer());
}
