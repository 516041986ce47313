// The built artifact, as App Service runs it: `node dist/src/index.js` and the operations scripts
// `node dist/scripts/roster.js …` / `node dist/scripts/nudge.js …`, with plain node (no tsx, which
// the production prune removes) and only production dependencies. Built once, into a folder of its
// own under node_modules/.cache so parallel runs do not share it; cards/ and the language files
// are found from there as from dist/.
import { execFileSync, spawn } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const CACHE = path.join(ROOT, 'node_modules', '.cache');
let out: string;
let work: string;

/** A clean environment: what App Service gives the process, not this shell's variables. */
function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: work, ...extra };
}

function run(script: string, args: string[], extra: Record<string, string>) {
  try {
    const stdout = execFileSync(process.execPath, [path.join(out, script), ...args], { cwd: work, env: env(extra), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, stdout, stderr: '' };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jsFiles(full);
    return name.endsWith('.js') ? [full] : [];
  });
}

beforeAll(() => {
  execFileSync('mkdir', ['-p', CACHE]);
  out = mkdtempSync(path.join(CACHE, 'dist-'));
  work = mkdtempSync(path.join(os.tmpdir(), 'innovasjonsbot-artifact-'));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', out, '--sourceMap', 'false'], { cwd: ROOT, stdio: 'pipe' });
}, 180_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('the compiled artifact', () => {
  it('holds the app and the operations scripts, and no developer tools', () => {
    expect(statSync(path.join(out, 'src', 'index.js')).isFile()).toBe(true);
    for (const script of ['roster.js', 'nudge.js']) expect(statSync(path.join(out, 'scripts', script)).isFile()).toBe(true);
    const scripts = readdirSync(path.join(out, 'scripts'));
    for (const tool of ['playground.js', 'screenshot-cards.js', 'package-app.js', 'icons-generate.js']) expect(scripts).not.toContain(tool);
  });

  it('requires only Node built-ins, production dependencies and its own files (the prune keeps nothing else)', () => {
    const allowed = new Set([...builtinModules, ...Object.keys(pkg.dependencies)]);
    const bad: string[] = [];
    for (const file of jsFiles(out)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/require\("([^"]+)"\)/g)) {
        const spec = m[1]!;
        if (spec.startsWith('.') || spec.startsWith('node:')) continue;
        const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
        if (!allowed.has(name)) bad.push(`${path.relative(out, file)}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('imports a roster, exports it and dry-runs the reminders with plain node', () => {
    const data = path.join(work, 'data');
    const settings = { STORAGE: 'embedded', DATA_DIR: data, LOG_LEVEL: 'silent' };
    const csv = path.join(work, 'roster.csv');
    writeFileSync(
      csv,
      'name;email;aadObjectId;unit;sector;sectorHeadEmail\n' +
        'Kari Nordmann;kari.nordmann@example.no;6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b;Hosletoppen barnehage;Oppvekst barnehage;ola.hansen@example.no\n',
    );
    const imported = run('scripts/roster.js', ['import', csv], settings);
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    expect(imported.stdout).toContain('Added: 1');
    expect(run('scripts/roster.js', ['export'], settings).stdout).toContain('kari.nordmann@example.no');

    const dry = run('scripts/nudge.js', ['--dry-run', '--now', '2026-11-30T09:30:00+01:00'], { ...settings, PROGRAMME_CYCLES: path.join(ROOT, 'deployment', 'programme.example.json') });
    expect(dry).toMatchObject({ code: 0, stderr: '' });
    expect(dry.stdout).toContain('Kari Nordmann');
  });

  it('starts, serves /healthz and stops on SIGTERM without any warning on stderr (deprecations included)', async () => {
    const child = spawn(process.execPath, [path.join(out, 'src', 'index.js')], {
      cwd: work,
      env: env({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: path.join(work, 'serve'), LOG_LEVEL: 'info' }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no listening line: ${stdout} ${stderr}`)), 20_000);
        child.stdout.on('data', () => {
          const match = /"port":(\d+)[^\n]*"msg":"listening"/.exec(stdout);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
      });
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(stderr).toBe('');
    } finally {
      child.kill('SIGKILL');
    }
  });
});
