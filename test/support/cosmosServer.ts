// An in-process Cosmos DB server (@vercel/cosmosdb-server, in memory) for tests. It speaks the
// REST API on https with a self-signed certificate, so the returned agent, and only it, skips
// certificate checks: pass it to the test's client (clientOptions.agent). TLS stays strict for
// everything else in the process (NODE_TLS_REJECT_UNAUTHORIZED is never touched).
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';

/** The Cosmos DB emulator's well-known key (public; cosmosdb-server accepts any key). */
export const COSMOS_EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export interface CosmosServer {
  endpoint: string;
  key: string;
  agent: https.Agent;
  stop(): Promise<void>;
}

/** Starts a server on 127.0.0.1 on a free port. It starts empty: create databases per test file. */
export async function startCosmosServer(): Promise<CosmosServer> {
  // keepAlive makes the server answer `connection: keep-alive` (its default is `close`), so the
  // client reuses TLS connections instead of a handshake per request: much faster under load.
  const server = createHttpsServer({ keepAlive: true });
  // The server must not close an idle connection first: a client that sends on it at that
  // moment gets «socket hang up» (Node's keep-alive race, likelier on a busy machine).
  server.keepAliveTimeout = 10 * 60_000;
  server.headersTimeout = 10 * 60_000 + 1_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const agent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });
  return {
    endpoint: `https://127.0.0.1:${port}`,
    key: COSMOS_EMULATOR_KEY,
    agent,
    async stop() {
      agent.destroy();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
