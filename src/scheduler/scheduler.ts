// Runs the reminder job in-process on a cron schedule (croner, in the programme's time zone). Overlapping runs
// are skipped (`protect`); across instances the lease in the store decides who runs.
import { Cron } from 'croner';
import { PROGRAMME_TIME_ZONE } from '../domain/calendar/timeZone';
import type { Logger } from '../logger';
import type { ReminderJob } from './reminderJob';

export interface ReminderScheduler {
  stop(): Promise<void>;
  /** Next planned run (for logs and tests). */
  nextRun(): Date | null;
}

export function startReminderScheduler(job: Pick<ReminderJob, 'run'>, cron: string, logger: Logger, timeZone = PROGRAMME_TIME_ZONE): ReminderScheduler {
  let running: Promise<unknown> | undefined;
  // One queryable line per failed run (reminderRun: 'failed'), which the log alert looks for.
  const failed = (err: unknown) => logger.error({ err, reminderRun: 'failed' }, 'reminder run failed');
  const task = new Cron(cron, { timezone: timeZone, protect: true, unref: true, catch: failed }, async () => {
    running = job.run().catch(failed);
    await running;
    running = undefined;
  });
  logger.info({ cron, next: task.nextRun()?.toISOString() }, 'reminder schedule started');
  return {
    nextRun: () => task.nextRun(),
    async stop() {
      task.stop();
      if (running) await running;
    },
  };
}

/** Throws with a clear message if `cron` is not a valid pattern (checked at start). */
export function assertCron(cron: string): void {
  const probe = new Cron(cron, { paused: true });
  probe.stop();
}
