// `npm run bench`: the benchmark suite. Prints one table and writes bench/results.json.
//   --quick              a minute or two: fewer connections, shorter runs, a small fan-out,
//                        no start-up measurement (unless --build or --only startup)
//   --only turns|fanout|startup|two   one part only (two: two instances on one Cosmos emulator)
//   --scenario TEXT      only the turn scenarios whose name contains TEXT (development)
//   --store S            only the embedded or the cosmos store (development)
//   --fanout N           recipients (default 12000; quick 600)
//   --build              compile src/ and the bench servers into dist/ and run everything
//                        from there (default in full mode; quick mode runs through tsx)
//   --fanout-latency MS  how long the connector takes per call in the fan-out (default 150)
//   --fanout-burst N     the connector's token bucket size (default 30: one second's worth)
//   --fanout-limit S     stop the fan-out after S seconds and project the rest (default 420;
//                        0 = run to the end). The fan-out runs alongside the turn benchmarks.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startChild, useCompiledChildren } from './support/child';
import { runFanout, type FanoutResult } from './suite/fanout';
import { formatTable } from './suite/table';
import { buildForStartup, runStartup, type StartupResult } from './suite/startup';
import { runTurns, type StoreRun, type TurnsOptions } from './suite/turns';
import { runTwoInstances, type TwoInstancesResult } from './suite/twoInstances';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};

const quick = flag('quick');
const only = option('only', '');
const FANOUT_RATE = 30;
const fanoutRecipients = Number(option('fanout', quick ? '300' : '12000'));
const fanoutLimit = Number(option('fanout-limit', quick ? '0' : '420'));
const fanoutLatency = Number(option('fanout-latency', '150'));
const fanoutBurst = Number(option('fanout-burst', String(FANOUT_RATE)));
const turnsOptions: TurnsOptions = quick
  ? { connections: [1, 50], rounds: 1, seconds: 0.6, warmupSeconds: 0.3 }
  : { connections: [1, 10, 50], rounds: 2, seconds: 2, warmupSeconds: 1 };
if (option('scenario', '')) turnsOptions.scenario = option('scenario', '');
const stores = (['embedded', 'cosmos'] as const).filter((s) => !option('store', '') || s === option('store', ''));

const log = (line: string) => console.error(`[bench ${Math.round(performance.now() / 1000)}s] ${line}`);

function machine() {
  const cpus = os.cpus();
  let load = '';
  try {
    load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  } catch {
    // not on every platform
  }
  return { nproc: cpus.length, cpu: cpus[0]?.model ?? 'unknown', node: process.version, platform: `${os.type()} ${os.release()}`, loadavg: load, totalMemMiB: Math.round(os.totalmem() / 2 ** 20) };
}

async function main(): Promise<void> {
  const started = performance.now();
  const results: {
    mode: string;
    compiled?: boolean;
    machine: ReturnType<typeof machine>;
    commit: string;
    startup?: StartupResult[];
    turns: StoreRun[];
    twoInstances?: TwoInstancesResult;
    fanout?: FanoutResult;
    seconds?: number;
  } = {
    mode: quick ? 'quick' : 'full',
    machine: machine(),
    commit: execSync('git rev-parse --short HEAD', { cwd: path.resolve(__dirname, '..') }).toString().trim(),
    turns: [],
  };
  const compiled = !quick || flag('build');
  results.compiled = compiled;
  if (compiled) {
    log('building dist/ (tsc): the servers run compiled, as in production');
    buildForStartup();
    useCompiledChildren();
  }
  // Through tsx start-up says little (compiling dominates): quick mode measures it only on request.
  if (only === 'startup' || (!only && compiled)) {
    log('start-up and idle RSS');
    results.startup = await runStartup(quick ? 1 : 3, compiled);
  }
  let fanout: Promise<FanoutResult> | undefined;
  if (!only || only === 'fanout') {
    log(`reminder fan-out: ${fanoutRecipients} recipients at ${FANOUT_RATE}/s, ${fanoutLatency} ms per call, bucket ${fanoutBurst} (runs alongside the turns)`);
    fanout = runFanout(fanoutRecipients, FANOUT_RATE, fanoutLimit, fanoutLatency, fanoutBurst);
    // Attach a handler now, so a failure is reported where it is awaited, not as unhandled.
    fanout.catch(() => undefined);
  }
  if (!only || only === 'turns') {
    const echo = await startChild('servers/echoServer.ts', {});
    try {
      for (const store of stores) {
        log(`turns on the ${store} store`);
        results.turns.push(await runTurns(store, echo, turnsOptions, log));
      }
    } finally {
      await echo.stop();
    }
  }
  if (!only || only === 'two') {
    log('two instances on one Cosmos emulator: «Støtt» alternating, then both reminder jobs at once');
    results.twoInstances = await runTwoInstances({ leaders: quick ? 100 : 300 });
  }
  if (fanout) {
    log('waiting for the fan-out');
    results.fanout = await fanout;
  }
  results.seconds = (performance.now() - started) / 1000;
  writeFileSync(path.resolve(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(formatTable(results));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
