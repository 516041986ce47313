// `npm run roster -- import FILE` and `npm run roster -- export [FILE]`.
// The format is documented in src/domain/roster/roster.ts (UTF-8, BOM optional, comma or
// semicolon, header name,email,aadObjectId,unit,sector,sectorHeadEmail).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config';
import { parseRosterCsv, rosterToCsv } from '../src/domain/roster/roster';
import { openStore } from '../src/app';
import { RosterRepository } from '../src/storage/repositories/rosterRepository';

async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  if (command !== 'import' && command !== 'export') throw new Error('usage: npm run roster -- import FILE | export [FILE]');
  if (command === 'import' && !file) throw new Error('usage: npm run roster -- import FILE');
  const config = loadConfig();
  const store = await openStore(config);
  try {
    const roster = new RosterRepository(store);
    if (command === 'export') {
      const csv = rosterToCsv(await roster.all());
      if (file) writeFileSync(file, csv, 'utf8');
      else process.stdout.write(csv);
      return;
    }
    const parsed = parseRosterCsv(readFileSync(file!, 'utf8'));
    if (parsed.fatal) throw new Error(`${file}: ${parsed.fatal}`);
    const report = await roster.import(parsed.rows, parsed.rejected);
    const out = process.stdout;
    out.write(`Added: ${report.added.length}\nChanged: ${report.changed.length}\nUnchanged: ${report.unchanged.length}\nRejected: ${report.rejected.length}\n`);
    for (const e of report.added) out.write(`  + ${e}\n`);
    for (const e of report.changed) out.write(`  ~ ${e}\n`);
    for (const r of report.rejected.sort((a, b) => a.line - b.line)) out.write(`  ! line ${r.line}: ${r.reason}\n`);
    if (report.rejected.length) process.exitCode = 2;
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
