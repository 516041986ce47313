// The layer rules of README's architecture table, as data, and a small import scan that checks
// them. Imports are read with the TypeScript scanner (static, `export … from`, dynamic and
// require), relative ones resolved to repository paths, so a rule can name folders.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface LayerRule {
  name: string;
  /** Files the rule applies to (repository-relative, '/' separators). */
  from: (file: string) => boolean;
  /** Imports they must not make: a package name or a resolved repository path. */
  forbidden: (target: string) => boolean;
  /** Named exceptions, each with its reason: an import target allowed from any file of the rule. */
  allowed?: ReadonlyArray<{ target: string; why: string }>;
}

const under = (...folders: string[]) => (p: string) => folders.some((f) => p === f || p.startsWith(`${f}/`));
const isPackage = (...names: string[]) => (p: string) => names.some((n) => p === n || p.startsWith(`${n}/`));
const isBotbuilder = (p: string) => /^botbuilder(-[a-z-]+)?(\/|$)/.test(p) || p.startsWith('botframework-');

export const LAYER_RULES: LayerRule[] = [
  {
    name: 'the domain imports no framework, storage, Teams or language files',
    from: under('src/domain'),
    forbidden: (t) =>
      isBotbuilder(t) || isPackage('restify', '@azure/cosmos', 'better-sqlite3')(t) || under('src/storage', 'src/teams', 'src/i18n', 'src/scheduler', 'src/server')(t),
  },
  {
    name: 'only src/teams/ and the composition root (src/app.ts) use the Bot Framework SDK',
    // The benchmark's echo bot is the SDK's own floor that the bot is measured against.
    from: (f) => !under('src/teams')(f) && f !== 'src/app.ts' && f !== 'bench/servers/echoServer.ts',
    forbidden: isBotbuilder,
  },
  {
    name: 'storage does not know Teams',
    from: under('src/storage'),
    forbidden: under('src/teams', 'src/scheduler'),
  },
  {
    name: 'the reminder job knows nothing of Teams',
    from: under('src/scheduler'),
    forbidden: under('src/teams'),
  },
  {
    name: 'the jobs and services outside the Teams edge know nothing of Teams',
    from: under('src/announcements', 'src/privacy', 'src/search', 'src/export'),
    forbidden: under('src/teams', 'src/server'),
  },
  {
    name: 'Teams reaches the reminder job only through the composition root',
    from: under('src/teams'),
    forbidden: under('src/scheduler'),
  },
  {
    name: 'benchmarks and scripts do not import tests',
    from: under('bench', 'scripts', 'fixtures'),
    forbidden: under('test'),
  },
];

/** Every .ts file below `dirs` (repository-relative). */
export function sourceFiles(root: string, dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${e.name}`;
      if (e.isDirectory() && e.name !== 'node_modules') walk(child);
      else if (e.isFile() && e.name.endsWith('.ts')) out.push(child);
    }
  };
  dirs.forEach(walk);
  return out.sort();
}

/** The imports of one file: packages as named, relative ones as repository paths without extension. */
export function importsOf(file: string, source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return info.importedFiles.map(({ fileName }) =>
    fileName.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), fileName)).replace(/\.(ts|js|json)$/, '').replace(/\/index$/, '') : fileName,
  );
}

export interface Violation {
  rule: string;
  file: string;
  target: string;
}

export function layerViolations(files: ReadonlyMap<string, string>, rules: LayerRule[] = LAYER_RULES): Violation[] {
  const out: Violation[] = [];
  for (const [file, source] of files) {
    const targets = importsOf(file, source);
    for (const rule of rules) {
      if (!rule.from(file)) continue;
      for (const target of targets) {
        if (!rule.forbidden(target)) continue;
        if (rule.allowed?.some((a) => a.target === target)) continue;
        out.push({ rule: rule.name, file, target });
      }
    }
  }
  return out;
}

export function readSources(root: string, dirs: string[]): Map<string, string> {
  return new Map(sourceFiles(root, dirs).map((f) => [f, readFileSync(path.join(root, f), 'utf8')]));
}
