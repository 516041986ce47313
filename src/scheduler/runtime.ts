// The reminder job and its cron schedule, built once by the composition root (src/app.ts),
// which also hands it the messenger that delivers the messages.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { AppConfig } from '../config';
import type { ReminderMessenger } from '../domain/reminders/messenger';
import type { Logger } from '../logger';
import type { DocumentStore } from '../storage/documentStore';
import { ReminderJob } from './reminderJob';
import { assertCron, startReminderScheduler, type ReminderScheduler } from './scheduler';

export interface ReminderRuntime {
  job: ReminderJob;
  /** Starts the cron schedule when REMINDERS_ENABLED. */
  start(): void;
  stop(): Promise<void>;
}

export function createReminderRuntime(args: {
  config: AppConfig;
  logger: Logger;
  store: DocumentStore;
  messenger: ReminderMessenger;
  now?: () => Date;
  /** Distinguishes instances in leases and outbox records; host name and a random part by default. */
  instanceId?: string;
}): ReminderRuntime {
  const { config, logger, store, messenger } = args;
  if (config.reminders.enabled) assertCron(config.reminders.cron);
  const instanceId = args.instanceId ?? `${os.hostname()}-${randomUUID().slice(0, 8)}`;
  const job = new ReminderJob({ store, config, logger, messenger, clock: args.now, instanceId });
  let schedule: ReminderScheduler | undefined;
  return {
    job,
    start() {
      if (config.reminders.enabled && !schedule) schedule = startReminderScheduler(job, config.reminders.cron, logger, config.reminders.policy.timeZone);
    },
    async stop() {
      await schedule?.stop();
      schedule = undefined;
    },
  };
}
