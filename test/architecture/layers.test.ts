// The layers stay apart: business rules (src/domain) import no framework, store or language
// files; the announcement fan-out and the personal-data code know nothing of Teams.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const full = path.join(dir, f);
    return statSync(full).isDirectory() ? sources(full) : f.endsWith('.ts') ? [full] : [];
  });
}

function imports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
}

const resolved = (file: string, spec: string): string => (spec.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec)) : spec);

describe('layers', () => {
  it('src/domain imports nothing from botbuilder, restify, the stores, src/storage, src/teams or src/i18n', () => {
    const forbidden = /^(botbuilder|restify|@azure\/cosmos|better-sqlite3|storage\/|teams\/|i18n)/;
    const bad = sources(path.join(SRC, 'domain')).flatMap((f) => imports(f).map((s) => resolved(f, s)).filter((s) => forbidden.test(s)).map((s) => `${path.relative(SRC, f)} -> ${s}`));
    expect(bad).toEqual([]);
  });

  it.each(['announcements', 'privacy'])('src/%s knows nothing of Teams', (folder) => {
    const forbidden = /^(botbuilder|restify|teams\/)/;
    const bad = sources(path.join(SRC, folder)).flatMap((f) => imports(f).map((s) => resolved(f, s)).filter((s) => forbidden.test(s)).map((s) => `${path.relative(SRC, f)} -> ${s}`));
    expect(bad).toEqual([]);
  });
});
