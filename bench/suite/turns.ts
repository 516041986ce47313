// Turns against the echo floor: for each scenario and number of connections, the echo bot and
// the bot run alternately (echo, bot, echo, bot…) so machine noise hits both alike. Reports
// requests/s, p50/p95/p99, CPU per turn in the server process, and store operations per turn.
import { closedLoop, percentile, type LoadResult } from '../support/load';
import { FIRST_CONTACT_PREFIX } from '../support/activities';
import { startChild, type ChildHandle } from '../support/child';
import { startLoopbackConnector, type LoopbackConnector } from '../support/loopbackConnector';
import type { StoreCounts } from '../../fixtures/countingStore';
import { poster } from '../support/load';
import { allScenarios, ROSTER_LEADERS, type Scenario, type Target } from './scenarios';

export interface Side {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  errors: number;
  errorsByStatus: Record<string, number>;
  cpuMsPerTurn: number;
}

export interface TurnRow {
  store: 'embedded' | 'cosmos';
  scenario: string;
  connections: number;
  echo: Side;
  /** The scenario's check of the outcome after the load, on its last row. */
  check?: string;
  /** undefined: the bot cannot do this yet (n/a). */
  bot?: Side & { readsPerTurn: number; writesPerTurn: number; queriesPerTurn: number; conflictsPerTurn: number; byContainer: StoreCounts['byContainer'] };
}

export interface TurnsOptions {
  connections: number[];
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  /** Only the scenarios whose name contains this (development: `--scenario "first contact"`). */
  scenario?: string;
}

export interface StoreRun {
  store: 'embedded' | 'cosmos';
  rows: TurnRow[];
  rssAfter50MiB: { bot: number; echo: number };
}

interface Measured {
  load: LoadResult;
  cpuMicros: number;
  counts?: StoreCounts;
}

async function measure(target: Target, step: ReturnType<Scenario['step']>, connections: number, seconds: number): Promise<Measured> {
  const before = await target.child.ask('stats');
  if (target.kind === 'bot') await target.child.ask('resetCounts');
  const load = await closedLoop(target.baseUrl, connections, seconds, step);
  const after = await target.child.ask('stats');
  const counts = target.kind === 'bot' ? ((await target.child.ask('resetCounts')) as StoreCounts) : undefined;
  return { load, cpuMicros: after.cpuMicros - before.cpuMicros, counts };
}

function combine(runs: Measured[]): Side {
  const latencies = runs.flatMap((r) => r.load.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((s, r) => s + r.load.seconds, 0);
  const posts = runs.reduce((s, r) => s + r.load.posts, 0);
  return {
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors: runs.reduce((s, r) => s + r.load.errors, 0),
    errorsByStatus: runs.reduce<Record<string, number>>((acc, r) => {
      for (const [k, v] of Object.entries(r.load.errorsByStatus)) acc[k] = (acc[k] ?? 0) + v;
      return acc;
    }, {}),
    cpuMsPerTurn: runs.reduce((s, r) => s + r.cpuMicros, 0) / 1000 / Math.max(1, posts),
  };
}

function target(kind: 'echo' | 'bot', child: ChildHandle): Target {
  const baseUrl = `http://127.0.0.1:${child.ready.port}`;
  const { post } = poster(baseUrl, 50);
  return { kind, baseUrl, child, post };
}

export async function runTurns(
  store: 'embedded' | 'cosmos',
  echoChild: ChildHandle,
  options: TurnsOptions,
  log: (line: string) => void,
): Promise<StoreRun> {
  // Keeps the last card per conversation for the multi-step scenarios, not for first contacts.
  const connector: LoopbackConnector = await startLoopbackConnector({ keepLast: (id) => !id.startsWith(`a:personal-${FIRST_CONTACT_PREFIX}`) });
  const cosmos = store === 'cosmos' ? await startChild('servers/cosmosEmulator.ts', {}) : undefined;
  const botChild = await startChild('servers/botServer.ts', { store, cosmosEndpoint: cosmos?.ready.endpoint, database: 'bench', rosterLeaders: ROSTER_LEADERS });
  const echo = target('echo', echoChild);
  const bot = target('bot', botChild);
  const rows: TurnRow[] = [];
  const rssAfter50MiB = { bot: NaN, echo: NaN };
  try {
    for (const scenario of allScenarios().filter((s) => !options.scenario || s.name.includes(options.scenario))) {
      await scenario.prepare(echo, connector);
      const available = await scenario.prepare(bot, connector);
      const steps = { echo: scenario.step(echo, connector), bot: scenario.step(bot, connector) };
      if (available && options.warmupSeconds > 0) {
        await closedLoop(echo.baseUrl, 10, options.warmupSeconds, steps.echo);
        await closedLoop(bot.baseUrl, 10, options.warmupSeconds, steps.bot);
      }
      for (const connections of options.connections) {
        const runs: { echo: Measured[]; bot: Measured[] } = { echo: [], bot: [] };
        for (let r = 0; r < options.rounds; r++) {
          runs.echo.push(await measure(echo, steps.echo, connections, options.seconds));
          if (available) runs.bot.push(await measure(bot, steps.bot, connections, options.seconds));
        }
        const row: TurnRow = { store, scenario: scenario.name, connections, echo: combine(runs.echo) };
        if (available) {
          const posts = runs.bot.reduce((s, m) => s + m.load.posts, 0) || 1;
          const sum = (k: 'reads' | 'writes' | 'queries' | 'conflicts') => runs.bot.reduce((s, m) => s + (m.counts?.[k] ?? 0), 0) / posts;
          const byContainer: StoreCounts['byContainer'] = {};
          for (const m of runs.bot)
            for (const [name, c] of Object.entries(m.counts?.byContainer ?? {})) {
              const t = (byContainer[name] ??= { reads: 0, writes: 0, queries: 0 });
              t.reads += c.reads / posts;
              t.writes += c.writes / posts;
              t.queries += c.queries / posts;
            }
          row.bot = { ...combine(runs.bot), readsPerTurn: sum('reads'), writesPerTurn: sum('writes'), queriesPerTurn: sum('queries'), conflictsPerTurn: sum('conflicts'), byContainer };
        }
        if (available && scenario.verify && connections === options.connections[options.connections.length - 1]) row.check = await scenario.verify(bot, connector);
        rows.push(row);
        log(describeRow(row) + (row.check ? ` — ${row.check}` : ''));
        if (connections === 50 && scenario.name.startsWith('hjelp (known')) {
          const st = await botChild.ask('stats');
          log(`bot memory after load: ${JSON.stringify(Object.fromEntries(Object.entries(st).filter(([k]) => k.endsWith('Bytes')).map(([k, v]) => [k, Math.round((v as number) / 2 ** 20)])))}`);
          rssAfter50MiB.bot = st.rssBytes / 2 ** 20;
          rssAfter50MiB.echo = (await echoChild.ask('stats')).rssBytes / 2 ** 20;
        }
      }
    }
  } finally {
    await botChild.stop();
    await cosmos?.stop();
    await connector.stop();
  }
  return { store, rows, rssAfter50MiB };
}

const f = (n: number, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '-');

export function describeRow(row: TurnRow): string {
  const b = row.bot;
  const head = `${row.store.padEnd(8)} ${row.scenario.padEnd(36)} c=${String(row.connections).padStart(2)}`;
  if (!b) return `${head}  echo ${f(row.echo.rps)} req/s  bot n/a`;
  return `${head}  echo ${f(row.echo.rps)} req/s p99 ${f(row.echo.p99, 1)} ms | bot ${f(b.rps)} req/s p99 ${f(b.p99, 1)} ms (${f(b.rps / row.echo.rps, 2)}× echo, errors ${b.errors}${b.errors ? ` ${JSON.stringify(b.errorsByStatus)}` : ''})`;
}
