// The playground's child processes: free ports, starting and stopping the bot and the
// playground with their logs. Everything stays on localhost.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
/** Playground's own state and logs; listed in .gitignore. */
export const PLAYGROUND_DIR = path.join(REPO_ROOT, '.playground');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Asks the OS for a free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export function canConnect(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface Child {
  name: string;
  proc: ChildProcess;
  logFile: string | undefined;
  exited: Promise<number | null>;
}

export function startChild(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  output: 'inherit' | 'file',
  onLine?: (line: string) => void,
): Child {
  // Own process group (detached) so that stop() can end the child and anything it spawned,
  // and so Ctrl+C reaches only our script, which then stops the children in order.
  const proc = spawn(command, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let logFile: string | undefined;
  let sink: (line: string) => void;
  if (output === 'file') {
    mkdirSync(PLAYGROUND_DIR, { recursive: true });
    logFile = path.join(PLAYGROUND_DIR, `${name}.log`);
    const stream = createWriteStream(logFile);
    sink = (line) => stream.write(`${line}\n`);
  } else {
    sink = (line) => console.log(`[${name}] ${line}`);
  }
  for (const stream of [proc.stdout, proc.stderr]) {
    let buf = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).replace(/\r$/, '');
        buf = buf.slice(nl + 1);
        sink(line);
        onLine?.(line);
      }
    });
    stream?.on('end', () => {
      if (buf) sink(buf); // a last line without newline
    });
  }
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { name, proc, logFile, exited };
}

export async function stopChild(child: Child, timeoutMs = 8000): Promise<void> {
  const pid = child.proc.pid;
  if (pid === undefined || child.proc.exitCode !== null || child.proc.signalCode !== null) return;
  const signalGroup = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig); // the child's own process group (see detached above)
    } catch {
      /* already gone */
    }
  };
  signalGroup('SIGTERM');
  const done = await Promise.race([child.exited.then(() => true), sleep(timeoutMs).then(() => false)]);
  if (!done) {
    signalGroup('SIGKILL');
    await child.exited;
  }
}

export function tail(file: string | undefined, lines = 30): string {
  if (!file) return '';
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
