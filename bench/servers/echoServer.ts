// The floor: a bare echo bot on the same restify + CloudAdapter (same botbuilder, auth off),
// replying to the same loopback connector. Messages get one text reply; invokes an answer.
import type { AddressInfo } from 'node:net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import restify from 'restify';
import { ownStats, serveCommands } from '../support/child';

async function main(): Promise<void> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, new ConfigurationServiceClientCredentialFactory({})));
  const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 1024 * 1024, rejectUnknown: true }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      if (context.activity.type === 'invoke') {
        await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'ok' } } });
        return;
      }
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    });
  });
  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });
  await new Promise<void>((resolve) => server.listen(Number(process.env.BENCH_PORT ?? 0), '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  // An orderly exit, so that a CPU profile (BENCH_CPU_PROF) is written.
  process.once('SIGTERM', () => process.exit(0));
  if (process.send) {
    serveCommands({ stats: () => ownStats(), reset: () => ({}) , counts: () => undefined });
    process.send({ type: 'ready', value: { port } });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
