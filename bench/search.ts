// `npm run bench:search`: 2,000 initiatives (the 305 of the fixture and copies in sister units)
// in the embedded store (in memory); times the start-up rebuild, searches (text, typos,
// prefixes, filters, empty text) and «similar» lookups. Prints p50/p95/max in milliseconds.
// Options: --initiatives N (default 2000), --rounds N (each query this many times, default 50).
import { performance } from 'node:perf_hooks';
import { generateInitiatives, FIXTURE_SECTORS } from '../fixtures/initiatives.no';
import type { SearchFilters } from '../src/search/initiativeSearchIndex';
import { MiniSearchInitiativeIndex } from '../src/search/miniSearchIndex';
import { InitiativeSearchService } from '../src/search/searchService';
import { SqliteDocumentStore } from '../src/storage/embedded/sqliteDocumentStore';
import { InitiativeRepository } from '../src/storage/repositories/initiativeRepository';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const QUERIES: Array<[string, SearchFilters]> = [
  ['nettbrett', {}],
  ['vaktskiftet', {}],
  ['netbrett', {}],
  ['hverdagsrehabiltering', {}],
  ['barnehagepl', {}],
  ['musikk uro demens stell', {}],
  ['søknad om sosialhjelp', {}],
  ['matsvinn', { innovationType: ['process'] }],
  ['', { status: ['done_in_use'], sector: [FIXTURE_SECTORS.pleie] }],
  ['', {}],
  ['sensorer', { benefitType: ['avoided_cost'], phase: ['pilot', 'implement', 'new_practice'] }],
  ['digital', { beneficiary: ['residents'] }],
];

const PROPOSALS = [
  'Nettbrett så beboerne kan snakke med familien. Beboerne savner pårørende som bor langt unna.',
  'Bedre rapport ved vaktskiftet. Muntlig rapport tar lang tid og informasjon går tapt.',
  'Mindre matsvinn i kantina. Vi kaster mye mat hver dag.',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function report(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const f = (n: number) => n.toFixed(2);
  console.log(`${label}: n=${times.length} p50=${f(percentile(sorted, 50))} ms p95=${f(percentile(sorted, 95))} ms max=${f(sorted[sorted.length - 1]!)} ms`);
}

async function main(): Promise<void> {
  const count = arg('initiatives', 2000);
  const rounds = arg('rounds', 50);
  const store = new SqliteDocumentStore(':memory:');
  await store.init();
  const repo = new InitiativeRepository(store);
  let t = performance.now();
  for (const i of generateInitiatives(count)) await repo.createIfAbsent(i);
  console.log(`seeded ${count} initiatives in ${Math.round(performance.now() - t)} ms`);

  const service = new InitiativeSearchService(repo, new MiniSearchInitiativeIndex(), { refreshIntervalMs: 0 });
  t = performance.now();
  await service.start();
  console.log(`start-up rebuild (read all from the store and index): ${Math.round(performance.now() - t)} ms`);
  const all = await repo.listAll();
  t = performance.now();
  new MiniSearchInitiativeIndex().rebuild(all);
  console.log(`indexing alone: ${Math.round(performance.now() - t)} ms`);
  for (const [query, filters] of QUERIES) service.search(query, filters); // warm-up, not measured

  const searchTimes: number[] = [];
  const perQuery = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    for (const [query, filters] of QUERIES) {
      const start = performance.now();
      const page = service.search(query, filters, { page: 0, size: 10 });
      const ms = performance.now() - start;
      if (r === 0 && page.total === 0) throw new Error(`no hits for «${query}»`);
      searchTimes.push(ms);
      const key = `«${query}» ${JSON.stringify(filters)}`;
      perQuery.set(key, [...(perQuery.get(key) ?? []), ms]);
    }
  }
  report('search (all queries)', searchTimes);
  for (const [key, times] of perQuery) report(`  ${key}`, times);

  const similarTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of PROPOSALS) {
      const start = performance.now();
      service.similarTo({ title: '', problem: text, unit: 'Benchmark' });
      similarTimes.push(performance.now() - start);
    }
  }
  report('similar', similarTimes);

  t = performance.now();
  const changed = await service.refreshChanged();
  console.log(`refresh of changed initiatives: ${changed} read in ${Math.round(performance.now() - t)} ms`);
  await store.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
