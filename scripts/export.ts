// `npm run export -- --out FILE [--sector NAME]...`: the Excel workbook of the programme from
// the configured store, for the whole municipality or the named sector(s) (kommunalområder).
import { participantsOf } from '../src/export/participantsSheet';
import { EnrolmentRepository } from '../src/storage/repositories/enrolmentRepository';
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../src/config';
import { localDateOf } from '../src/domain/calendar/localDate';
import { activeCycle } from '../src/domain/programme/cycle';
import { exportProgramme } from '../src/export/exportProgramme';
import { t, type StringKey } from '../src/i18n';
import { createStore } from '../src/storage/createStore';
import { loadProgrammeFacts } from '../src/storage/programmeFacts';

const USAGE = 'usage: npm run export -- --out FILE [--sector NAME]...';

function parseArgs(argv: string[]): { out: string; sectors?: string[] } {
  let out: string | undefined;
  const sectors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--out' && value) (out = value), i++;
    else if (argv[i] === '--sector' && value) sectors.push(value), i++;
    else throw new Error(`${USAGE}\nunknown or incomplete argument: ${argv[i]}`);
  }
  if (!out) throw new Error(USAGE);
  return { out, sectors: sectors.length ? sectors : undefined };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const store = createStore(config.storage);
  await store.init();
  try {
    const facts = await loadProgrammeFacts(store);
    if (args.sectors) {
      const known = new Set(facts.roster.map((r) => r.sector));
      const unknown = args.sectors.filter((s) => !known.has(s));
      if (unknown.length) throw new Error(`unknown sector: ${unknown.join(', ')}\nknown: ${[...known].sort().join(', ')}`);
    }
    const now = new Date();
    const cycle = activeCycle(config.reminders.cycles, localDateOf(now, config.reminders.policy.timeZone));
    const translate = (key: string, params?: Record<string, string | number>) => t('nb', key as StringKey, params);
    // The leadership programme sheet only when cohorts are configured.
    const participants = config.leadershipCohorts.length ? participantsOf(config.leadershipCohorts, await new EnrolmentRepository(store).all()) : undefined;
    const result = await exportProgramme(facts, { now, policy: config.reminders.policy, cycle }, translate, args.sectors, participants);
    writeFileSync(args.out, result.bytes);
    const o = result.overview;
    process.stdout.write(`${args.out}: ${o.headline.registered} av ${o.headline.expected} ledere har registrert tiltak; ${o.totals.initiatives} tiltak, ${facts.reports.length} rapporter\n`);
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
