// `npm run nudge -- --dry-run`: prints, for every roster leader, whether they would be nudged,
// by which rule and when, without sending. Without --dry-run it runs the job once (for an
// Azure WebJob, a Functions timer or cron); the lease keeps it to one instance at a time.
// Options: --now 2026-11-30T09:30:00+01:00 (evaluate as of that instant; dry runs only).
import pino from 'pino';
import { loadConfig } from '../src/config';
import { createStore } from '../src/storage/createStore';
import { createAdapter } from '../src/teams/adapter';
import { adapterDeliver, ThrottledSender } from '../src/teams/proactive/throttledSender';
import { ReminderJob } from '../src/scheduler/reminderJob';
import { formatDryRun } from '../src/scheduler/dryRunReport';
import { ConversationRepository } from '../src/storage/repositories/conversationRepository';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const nowArg = args.includes('--now') ? args[args.indexOf('--now') + 1] : undefined;
  if (nowArg && !dryRun) throw new Error('--now is only allowed with --dry-run');
  const now = nowArg ? new Date(nowArg) : undefined;
  if (now && Number.isNaN(now.getTime())) throw new Error(`--now: not an instant: ${nowArg}`);
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const store = createStore(config.storage);
  await store.init();
  try {
    const adapter = createAdapter(config, logger);
    const sender = new ThrottledSender(adapterDeliver(adapter, config.bot.appId), config.reminders.sender, logger, new ConversationRepository(store));
    const job = new ReminderJob({ store, config, logger, sender, instanceId: `nudge-cli-${process.pid}`, clock: now ? () => now : undefined });
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
