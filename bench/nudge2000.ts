// `npm run bench`: one reminder run over 2,000 roster leaders in mixed states, against the
// loopback connector, on the embedded store (in memory). Prints timings and outcome counts.
// Options: --rate N (messages per second, default 1000), --concurrency N (default 16),
// --leaders N (default 2000).
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../src/config';
import { SqliteDocumentStore } from '../src/storage/embedded/sqliteDocumentStore';
import { startConnector } from '../fixtures/connector';
import { makeJob, reminderEnv, seedProgramme } from '../fixtures/programme';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main(): Promise<void> {
  const leaders = arg('leaders', 2000);
  const connector = await startConnector();
  const store = new SqliteDocumentStore(':memory:');
  await store.init();
  const config = parseConfig({ ...reminderEnv(), LOG_LEVEL: 'silent' });
  let t = performance.now();
  await seedProgramme(store, leaders, connector.url);
  console.log(`seeded ${leaders} leaders in ${Math.round(performance.now() - t)} ms`);
  const { job } = makeJob(store, config, { sender: { ratePerSecond: arg('rate', 1000), concurrency: arg('concurrency', 16) } });
  t = performance.now();
  const report = await job.run();
  const counts: Record<string, number> = {};
  for (const r of report.results.values()) counts[r] = (counts[r] ?? 0) + 1;
  console.log(`run: ${Math.round(performance.now() - t)} ms, ${JSON.stringify(counts)}, connector calls: ${connector.calls.length}`);
  t = performance.now();
  const rerun = await job.run();
  console.log(`rerun: ${Math.round(performance.now() - t)} ms, sent ${[...rerun.results.values()].filter((r) => r === 'sent').length}`);
  await store.close();
  await connector.stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
