// `npm run bench:overview`: the overview for 200 leaders in 12 sectors, 300 initiatives, 2,000
// reports and 2,000 ideas, from the embedded store: load (five queries) + count, as the
// `oversikt` command will do it. Prints the median and worst of N runs (--runs, default 10).
import { performance } from 'node:perf_hooks';
import { workingTimePolicy } from '../src/domain/calendar/policy';
import { computeOverview } from '../src/domain/overview/computeOverview';
import { overviewFor } from '../src/domain/overview/scope';
import { SqliteDocumentStore } from '../src/storage/embedded/sqliteDocumentStore';
import { loadProgrammeFacts } from '../src/storage/programmeFacts';
import { BIG_PROGRAMME, seededProgramme } from '../fixtures/overviewProgramme';
import { seedStore } from '../fixtures/seedStore';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

async function main(): Promise<void> {
  const runs = arg('runs', 10);
  const p = seededProgramme(BIG_PROGRAMME);
  const store = new SqliteDocumentStore(':memory:');
  await store.init();
  let t = performance.now();
  await seedStore(store, p);
  console.log(`seeded ${p.roster.length} leaders, ${p.initiatives.length} initiatives, ${p.reports.length} reports, ${p.ideas.length} ideas in ${Math.round(performance.now() - t)} ms`);
  const clock = { now: p.now, policy: workingTimePolicy(), cycle: p.cycle };
  const load: number[] = [];
  const count: number[] = [];
  const head: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    const facts = await loadProgrammeFacts(store);
    load.push(performance.now() - t);
    t = performance.now();
    computeOverview(facts, clock);
    count.push(performance.now() - t);
    t = performance.now();
    overviewFor({ role: 'sector_head', sectors: [p.roster[0]!.sector] }, facts, clock);
    head.push(performance.now() - t);
  }
  const stat = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `median ${s[Math.floor(s.length / 2)]!.toFixed(1)} ms, worst ${s[s.length - 1]!.toFixed(1)} ms`;
  };
  const total = load.map((l, i) => l + count[i]!);
  console.log(`load:        ${stat(load)}`);
  console.log(`count:       ${stat(count)}`);
  console.log(`load+count:  ${stat(total)} (target: about 500 ms or less)`);
  console.log(`sector head: ${stat(head)} (count only, facts already loaded)`);
  await store.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
