// The contract suite against CosmosDocumentStore, talking to @vercel/cosmosdb-server in this
// process (https on 127.0.0.1, a free port). TLS checks are relaxed only in this test's clients,
// through the agent the helper returns.
import net from 'node:net';
import { CosmosClient } from '@azure/cosmos';
import { CosmosDocumentStore, type CosmosStorageConfig } from '../../src/storage/cosmos/cosmosDocumentStore';
import { StorageError } from '../../src/storage/documentStore';
import { startCosmosServer, type CosmosServer } from '../support/cosmosServer';
import { describeDocumentStoreContract } from './contract';

let server: CosmosServer;
let databases = 0;

beforeAll(async () => {
  server = await startCosmosServer();
});

afterAll(async () => {
  await server?.stop();
});

function config(overrides: Partial<CosmosStorageConfig> = {}): CosmosStorageConfig {
  return {
    kind: 'cosmos',
    endpoint: server.endpoint,
    // One database per store: every test starts empty.
    database: `contract-${++databases}`,
    auth: { kind: 'key', key: server.key },
    createContainers: true,
    containerPrefix: 'ct-',
    ...overrides,
  };
}

const testClientOptions = () => ({ clientOptions: { agent: server.agent } });

// These run before the contract suite, not last: after the «never answers» ping has rejected and
// the client is closed, the Cosmos SDK is still retrying the request ping gave up on, sleeping 1 s
// in its retry loop (a ref'd timer that closing the client does not cancel). As the file's last
// test, that timer outlived the file and jest force-exited the worker; here it ends during the suite.
describe('CosmosDocumentStore (Cosmos only)', () => {
  it('init() creates the database and prefixed containers with their partition keys and TTL', async () => {
    const cfg = config();
    const store = new CosmosDocumentStore(cfg, testClientOptions());
    await store.init();
    await store.init(); // idempotent
    await store.close();
    const client = new CosmosClient({ endpoint: server.endpoint, key: server.key, agent: server.agent });
    try {
      const { resource: reports } = await client.database(cfg.database).container('ct-reports').read();
      expect(reports?.partitionKey?.paths).toEqual(['/initiativeId']);
      const { resource: leases } = await client.database(cfg.database).container('ct-leases').read();
      expect(leases?.defaultTtl).toBe(-1);
      const { resource: profiles } = await client.database(cfg.database).container('ct-profiles').read();
      expect(profiles?.defaultTtl).toBeUndefined();
    } finally {
      client.dispose();
    }
  });

  it('init() without createContainers names what is missing', async () => {
    const cfg = config({ createContainers: false });
    const store = new CosmosDocumentStore(cfg, testClientOptions());
    try {
      await expect(store.init()).rejects.toThrow(new RegExp(`database "${cfg.database}".*not found`));
      const client = new CosmosClient({ endpoint: server.endpoint, key: server.key, agent: server.agent });
      try {
        await client.databases.create({ id: cfg.database });
      } finally {
        client.dispose();
      }
      const err = await store.init().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StorageError);
      expect((err as Error).message).toMatch(/container "ct-profiles".*not found/);
    } finally {
      await store.close();
    }
  });

  it('ping() rejects quickly when the endpoint is unreachable', async () => {
    const store = new CosmosDocumentStore(config({ endpoint: 'https://127.0.0.1:1/' }));
    const started = Date.now();
    try {
      await expect(store.ping()).rejects.toBeInstanceOf(StorageError);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await store.close();
    }
  });

  it('ping() rejects within ~3 s when the endpoint accepts connections but never answers', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    const store = new CosmosDocumentStore(config({ endpoint: `https://127.0.0.1:${port}/` }));
    const started = Date.now();
    try {
      await expect(store.ping()).rejects.toBeInstanceOf(StorageError);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await store.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});

describeDocumentStoreContract(
  'CosmosDocumentStore (cosmosdb-server)',
  async () => {
    const store = new CosmosDocumentStore(config(), testClientOptions());
    await store.init();
    return { store, cleanup: () => store.close() };
  },
  // cosmosdb-server stores `ttl`/`defaultTtl` but never expires documents; see the TTL case.
  { ttlExpiry: false },
);
