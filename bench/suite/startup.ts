// Start-up time and idle RSS: spawn the server, poll /healthz until it answers 200, then read
// its RSS after a short idle. The compiled bot (`node dist/src/index.js`, as `npm start` runs
// it) against the compiled echo bot (`node dist/bench/servers/echoServer.js`), both built by
// one tsc run (bench/tsconfig.build.json); in quick mode without a build, both through tsx
// (`node --import tsx`, which compiles on the fly and is much slower to start).
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = path.resolve(__dirname, '..', '..');

export interface StartupResult {
  command: string;
  startupMs: number;
  idleRssMiB: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 500 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

export function rssOfPid(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

async function measureOnce(args: string[], label: string): Promise<StartupResult> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'innovasjonsbot-bench-'));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), BENCH_PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATA_DIR: dataDir, REMINDERS_ENABLED: 'false' };
  const t = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    while (!(await healthy(port))) {
      if (child.exitCode !== null) throw new Error(`${label} exited with ${child.exitCode}`);
      if (performance.now() - t > 30_000) throw new Error(`${label} not healthy after 30 s`);
      await new Promise((r) => setTimeout(r, 10));
    }
    const startupMs = performance.now() - t;
    await new Promise((r) => setTimeout(r, 2000));
    return { command: label, startupMs, idleRssMiB: rssOfPid(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function median(args: string[], label: string, runs: number): Promise<StartupResult> {
  const results: StartupResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await measureOnce(args, label));
  results.sort((a, b) => a.startupMs - b.startupMs);
  return results[Math.floor(results.length / 2)]!;
}

/** Compiles src/ and the bench servers into dist/ (tsc, as `npm run build` does for src/). */
export function buildForStartup(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'bench/tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}

export async function runStartup(runs: number, compiled: boolean): Promise<StartupResult[]> {
  if (compiled) {
    return [
      await median(['dist/src/index.js'], 'bot: node dist/src/index.js', runs),
      await median(['dist/bench/servers/echoServer.js'], 'echo: node dist/bench/servers/echoServer.js', runs),
    ];
  }
  return [
    await median(['--import', 'tsx', 'src/index.ts'], 'bot: node --import tsx src/index.ts', runs),
    await median(['--import', 'tsx', 'bench/servers/echoServer.ts'], 'echo: node --import tsx bench/servers/echoServer.ts', runs),
  ];
}
