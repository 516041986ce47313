// Start-up loads only what the first request needs: the real bot process (src/index.ts, embedded
// store) is asked, once it listens, which packages it has loaded. The heavy ones that only some
// requests use load on first use (they are about half of the modules and a third of the memory
// at start). A static import of any of them anywhere on the start-up path turns this red.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { tempDataDir } from '../support/botHarness';

const ROOT = path.join(__dirname, '../..');

/** Loaded on first use: the export, card templates (and their expression engine), the form dialogs, Cosmos. */
const DEFERRED = ['exceljs', 'adaptivecards-templating', 'adaptive-expressions', 'antlr4ts', 'botbuilder-dialogs', '@azure/cosmos'];

async function packagesLoadedAtStart(): Promise<string[]> {
  const data = tempDataDir();
  const child = spawn(process.execPath, ['--require', path.join(__dirname, '../support/loadedPackages.cjs'), '--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: data.dir, REMINDERS_ENABLED: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  try {
    return await new Promise<string[]>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (/"msg":"listening"/.test(out) && !child.killed) child.kill('SIGUSR2');
      });
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const line = /LOADED_PACKAGES (.*)\n/.exec(err);
        if (line) resolve(JSON.parse(line[1]!) as string[]);
      });
      child.on('exit', (code) => reject(new Error(`bot exited (${code}) before answering: ${err || out}`)));
    });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.once('exit', r)));
    data.remove();
  }
}

describe('start-up of the bot process (embedded store)', () => {
  it('does not load the packages only some requests need', async () => {
    const loaded = await packagesLoadedAtStart();
    expect(loaded).toContain('botbuilder'); // the probe sees the packages that do load
    expect(loaded).toContain('better-sqlite3');
    expect(loaded.filter((p) => DEFERRED.includes(p))).toEqual([]);
  }, 60_000);
});
