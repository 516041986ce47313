// Child processes for the suite: each server runs in its own process (via tsx), so CPU time and
// RSS are the server's alone. A tiny request/answer protocol over the IPC channel.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ChildHandle {
  process: ChildProcess;
  /** What the child reported when it was ready (its port, endpoint…). */
  ready: any;
  /** Sends a command; resolves with the child's answer. */
  ask<T = any>(command: string, args?: unknown): Promise<T>;
  stop(): Promise<void>;
}

export interface ProcessStats {
  /** process.cpuUsage(): user + system microseconds since the process started. */
  cpuMicros: number;
  rssBytes: number;
  heapTotalBytes?: number;
  heapUsedBytes?: number;
  externalBytes?: number;
}

let compiled = false;

/** From now on, children run from dist/ (built by bench/tsconfig.build.json), not through tsx. */
export function useCompiledChildren(): void {
  compiled = true;
}

/** Forks `script` (a .ts file under bench/); resolves once it reports `ready`. */
export function startChild(script: string, options: unknown): Promise<ChildHandle> {
  const file = compiled ? path.resolve(__dirname, '..', '..', 'dist', 'bench', script.replace(/\.ts$/, '.js')) : path.resolve(__dirname, '..', script);
  // BENCH_CPU_PROF=<dir>: each server writes a V8 CPU profile there when it stops (for `node --cpu-prof` work).
  // BENCH_BOT_FLAGS='--flag …': extra node/V8 flags for the bot's process only (to try GC settings).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = fork(file, [JSON.stringify(options)], {
    execArgv: [...(compiled ? [] : ['--import', 'tsx']), ...profile, ...(process.env.BENCH_BOT_FLAGS && script.includes('botServer') ? process.env.BENCH_BOT_FLAGS.split(' ') : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => {
      const err = new Error(`${script} exited with ${code}`);
      reject(err);
      for (const w of waiting.values()) w.reject(err);
    };
    child.once('exit', onExit);
    child.on('message', (msg: any) => {
      if (msg?.type === 'ready') {
        resolve({
          process: child,
          ready: msg.value,
          ask(command, args) {
            const id = ++next;
            return new Promise((res, rej) => {
              waiting.set(id, { resolve: res, reject: rej });
              child.send({ id, command, args });
            });
          },
          async stop() {
            child.off('exit', onExit);
            if (child.exitCode !== null) return;
            const exited = new Promise<void>((res) => child.once('exit', () => res()));
            child.kill('SIGTERM');
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited;
            clearTimeout(timer);
          },
        });
      } else if (msg?.type === 'answer') {
        const w = waiting.get(msg.id);
        waiting.delete(msg.id);
        if (msg.error) w?.reject(new Error(msg.error));
        else w?.resolve(msg.value);
      }
    });
  });
}

/** In the child: answers commands from the parent. */
export function serveCommands(handlers: Record<string, (args: any) => unknown>): void {
  process.on('message', async (msg: any) => {
    try {
      const handler = handlers[msg.command];
      if (!handler) throw new Error(`unknown command ${msg.command}`);
      process.send!({ type: 'answer', id: msg.id, value: await handler(msg.args) });
    } catch (err) {
      process.send!({ type: 'answer', id: msg.id, error: (err as Error).stack ?? String(err) });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

export function childOptions<T>(): T {
  return JSON.parse(process.argv[2] ?? '{}') as T;
}

export function ownStats(): ProcessStats {
  const cpu = process.cpuUsage();
  const m = process.memoryUsage();
  return { cpuMicros: cpu.user + cpu.system, rssBytes: m.rss, heapTotalBytes: m.heapTotal, heapUsedBytes: m.heapUsed, externalBytes: m.external };
}
