// The one table the suite prints (Markdown, so it pastes into docs/BENCHMARKS.md as is).
import type { FanoutResult } from './fanout';
import type { StartupResult } from './startup';
import type { StoreRun } from './turns';
import type { TwoInstancesResult } from './twoInstances';

const f = (n: number | undefined, d = 0) => (n !== undefined && Number.isFinite(n) ? n.toFixed(d) : '-');

export function formatTable(r: { mode: string; machine: Record<string, unknown>; commit: string; startup?: StartupResult[]; turns: StoreRun[]; twoInstances?: TwoInstancesResult; fanout?: FanoutResult; seconds?: number }): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`Benchmark (${r.mode}) at ${r.commit}: ${m.nproc} × ${m.cpu}, Node ${m.node}, load average ${m.loadavg}; ${f(r.seconds)} s`);
  out.push('');
  if (r.turns.length) {
    out.push('| store | scenario | conn | echo req/s | bot req/s | ratio | echo p50/p95/p99 ms | bot p50/p95/p99 ms | echo CPU ms/turn | bot CPU ms/turn | CPU ratio | reads/writes/queries per turn | errors |');
    out.push('|---|---|---:|---:|---:|---:|---|---|---:|---:|---:|---|---:|');
    for (const run of r.turns)
      for (const row of run.rows) {
        const e = row.echo;
        const b = row.bot;
        const echoLat = `${f(e.p50, 1)} / ${f(e.p95, 1)} / ${f(e.p99, 1)}`;
        if (!b) {
          out.push(`| ${row.store} | ${row.scenario} | ${row.connections} | ${f(e.rps)} | n/a | n/a | ${echoLat} | n/a | ${f(e.cpuMsPerTurn, 2)} | n/a | n/a | n/a | ${e.errors} |`);
          continue;
        }
        const ops = `${f(b.readsPerTurn, 1)} / ${f(b.writesPerTurn, 1)} / ${f(b.queriesPerTurn, 1)}${b.conflictsPerTurn > 0 ? ` (${f(b.conflictsPerTurn, 2)} conflicts)` : ''}`;
        out.push(
          `| ${row.store} | ${row.scenario} | ${row.connections} | ${f(e.rps)} | ${f(b.rps)} | ${f(b.rps / e.rps, 2)}× | ${echoLat} | ${f(b.p50, 1)} / ${f(b.p95, 1)} / ${f(b.p99, 1)} | ${f(e.cpuMsPerTurn, 2)} | ${f(b.cpuMsPerTurn, 2)} | ${f(b.cpuMsPerTurn / e.cpuMsPerTurn, 2)}× | ${ops} | ${e.errors + b.errors}${b.errors ? ` (bot: ${Object.entries(b.errorsByStatus).map(([k, v]) => `${v}× ${k}`).join(', ')})` : ''} |`,
        );
      }
    out.push('');
    for (const run of r.turns) for (const row of run.rows) if (row.check) out.push(`Check (${row.store}, ${row.scenario}): ${row.check}`);
    for (const run of r.turns) out.push(`RSS after the 50-connection load (${run.store}): bot ${f(run.rssAfter50MiB.bot)} MiB, echo ${f(run.rssAfter50MiB.echo)} MiB`);
    out.push('');
  }
  if (r.startup) {
    out.push('| start-up (spawn → /healthz 200, median) | ms | idle RSS MiB |');
    out.push('|---|---:|---:|');
    for (const s of r.startup) out.push(`| ${s.command} | ${f(s.startupMs)} | ${f(s.idleRssMiB)} |`);
    out.push('');
  }
  const two = r.twoInstances;
  if (two) out.push(...twoInstancesTable(two), '');
  const fo = r.fanout;
  if (fo) {
    out.push('| reminder fan-out | value |');
    out.push('|---|---:|');
    out.push(`| recipients / connector limit (bucket) / connector latency | ${fo.recipients} / ${fo.ratePerSecond} req/s (${fo.burst}) / ${fo.latencyMs} ms |`);
    out.push(`| sender settings | ${JSON.stringify(fo.sender).replace(/"/g, '')} |`);
    out.push(`| time | ${f(fo.seconds, 1)} s${fo.aborted ? ` (stopped by the time limit after ${fo.delivered} messages)` : ''} |`);
    out.push(`| bound N/rate | ${f(fo.boundSeconds, 1)} s |`);
    out.push(`| achieved rate | ${f(fo.achievedPerSecond, 1)} msg/s |`);
    out.push(`| time for all N at that rate / bound | ${f(fo.projectedSeconds, 1)} s / ${f(fo.ratioToBound, 2)}× |`);
    out.push(`| 429s seen at the connector | ${fo.throttled429} (of ${fo.connectorRequests} requests) |`);
    out.push(`| duplicates / lost | ${fo.duplicates} / ${fo.lost ?? 'n/a (stopped)'} |`);
    out.push(`| peak RSS (job process) | ${f(fo.peakRssMiB)} MiB |`);
    out.push(`| outcomes | ${JSON.stringify(fo.results).replace(/"/g, '')} |`);
  }
  return out.join('\n');
}

export function twoInstancesTable(t: TwoInstancesResult): string[] {
  const out = ['| two instances, one Cosmos emulator (presses alternate) | value |', '|---|---:|'];
  for (const b of t.bursts) {
    const exact = b.stored === b.expected ? 'exact' : 'WRONG';
    const card = b.cardShows === b.stored ? 'ends at the stored count' : 'does NOT end at the stored count';
    out.push(`| ${b.presses} ${b.action} at once: answered 200 / p50 / p99 | ${b.ok} of ${b.presses} / ${f(b.p50, 1)} ms / ${f(b.p99, 1)} ms |`);
    out.push(`| stored count / expected; channel card | ${b.stored} / ${b.expected} (${exact}); shows ${b.cardShows ?? '-'} (${card}) |`);
  }
  out.push(`| idea write attempts per press; conflicts (both processes) | ${f(t.ideaWritesPerPress, 2)}; ${t.ideaConflicts} |`);
  out.push(`| channel card updates (PUT) | ${t.cardPuts} |`);
  const r = t.reminders;
  const ran = r.byInstance.map((i, k) => `${k === 0 ? 'a' : 'b'}: ${i.skipped ? `skipped (${i.skipped})` : JSON.stringify(i.results).replace(/"/g, '')}`).join('; ');
  out.push(`| reminder run, both jobs started at once | ${ran} |`);
  out.push(`| leaders / messages at the connector / duplicates / lost | ${r.leaders} / ${r.messages} / ${r.duplicates} / ${r.lost} |`);
  return out;
}
