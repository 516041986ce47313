// `npm run nudge -- --dry-run`: prints, for every roster leader, whether they would be nudged,
// by which rule and when, without sending. Without --dry-run it runs the job once (for an
// Azure WebJob, a Functions timer or cron); the lease keeps it to one instance at a time.
// Options: --now 2026-11-30T09:30:00+01:00 (evaluate as of that instant; dry runs only).
import pino from 'pino';
import { loadConfig } from '../src/config';
import { createProactive, openStore } from '../src/app';
import { formatDryRun } from '../src/scheduler/dryRunReport';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const nowArg = args.includes('--now') ? args[args.indexOf('--now') + 1] : undefined;
  if (nowArg && !dryRun) throw new Error('--now is only allowed with --dry-run');
  const now = nowArg ? new Date(nowArg) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now: not an instant: ${nowArg}`);
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const store = await openStore(config);
  try {
    const { job } = createProactive({ config, logger, store, instanceId: `nudge-cli-${process.pid}`, clock: now ? () => now : undefined }).reminders;
    const report = await job.run({ dryRun });
    if (dryRun) {
      process.stdout.write(formatDryRun(report, config.defaultLocale, config.reminders.policy.timeZone));
    } else if (report.skipped) {
      process.stdout.write('Another instance is running the reminder job; nothing done.\n');
    } else {
      const counts: Record<string, number> = {};
      for (const r of report.results.values()) counts[r] = (counts[r] ?? 0) + 1;
      process.stdout.write(`${report.period}: ${JSON.stringify(counts)}\n`);
    }
  } finally {
    await store.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
