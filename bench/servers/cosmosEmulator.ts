// The Cosmos DB emulator (@vercel/cosmosdb-server, in memory, HTTPS on loopback) in its own
// process, so its CPU time is not counted as the bot's.
import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import { ownStats, serveCommands } from '../support/child';

async function main(): Promise<void> {
  // keepAlive: the server then answers `connection: keep-alive`, so clients reuse TLS connections.
  const server = createHttpsServer({ keepAlive: true });
  // The server must not close an idle connection first: a client that sends on it at that
  // moment gets «socket hang up» (Node's keep-alive race, likelier on a busy machine).
  server.keepAliveTimeout = 10 * 60_000;
  server.headersTimeout = 10 * 60_000 + 1_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  serveCommands({ stats: () => ownStats() });
  process.send!({ type: 'ready', value: { endpoint: `https://127.0.0.1:${(server.address() as AddressInfo).port}` } });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
