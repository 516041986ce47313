// Everything the app needs for reminders, built once in createApp: the shared throttled
// sender (all proactive messages), the roster middleware, the job and its cron schedule.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { CloudAdapter } from 'botbuilder';
import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import type { DocumentStore } from '../storage/documentStore';
import type { ConversationRepository } from '../storage/repositories/conversationRepository';
import { OutboxRepository } from '../storage/repositories/outboxRepository';
import { RosterRepository } from '../storage/repositories/rosterRepository';
import { RosterMiddleware } from '../teams/proactive/rosterMiddleware';
import { adapterDeliver, ThrottledSender } from '../teams/proactive/throttledSender';
import { ReminderJob } from './reminderJob';
import { assertCron, startReminderScheduler, type ReminderScheduler } from './scheduler';

export interface ReminderRuntime {
  sender: ThrottledSender;
  job: ReminderJob;
  middleware: RosterMiddleware;
  /** Starts the cron schedule when REMINDERS_ENABLED. */
  start(): void;
  stop(): Promise<void>;
}

export function createReminderRuntime(args: {
  config: AppConfig;
  logger: Logger;
  store: DocumentStore;
  adapter: CloudAdapter;
  conversations: ConversationRepository;
  now?: () => Date;
}): ReminderRuntime {
  const { config, logger, store } = args;
  const now = args.now ?? (() => new Date());
  const log = logger.child({ component: 'reminders' });
  if (config.reminders.enabled) assertCron(config.reminders.cron);
  const sender = new ThrottledSender(adapterDeliver(args.adapter, config.bot.appId), config.reminders.sender, log, args.conversations);
  const job = new ReminderJob({ store, config, logger: log, sender, clock: now, instanceId: `${os.hostname()}-${randomUUID().slice(0, 8)}` });
  const middleware = new RosterMiddleware({ config, logger: log, store, roster: new RosterRepository(store, now), outbox: new OutboxRepository(store, now), now });
  let schedule: ReminderScheduler | undefined;
  return {
    sender,
    job,
    middleware,
    start() {
      if (config.reminders.enabled && !schedule) schedule = startReminderScheduler(job, config.reminders.cron, log, config.reminders.policy.timeZone);
    },
    async stop() {
      await schedule?.stop();
      schedule = undefined;
    },
  };
}
