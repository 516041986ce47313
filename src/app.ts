// Composition root: builds storage, the bot and the HTTP server from the configuration.
import { ConversationState, UserState, type Activity } from 'botbuilder';
import type { AppConfig } from './config';
import { setSectorHeadLabel } from './i18n';
import { createLogger, type Logger } from './logger';
import { createHttpServer } from './server/httpServer';
import { DocumentBotStateStorage, type BotStateDoc } from './storage/botStateStorage';
import { createStore } from './storage/createStore';
import { probeStoreWrites } from './storage/readinessProbe';
import { timeLimitedStore } from './storage/timeLimitedStore';
import type { DocumentStore } from './storage/documentStore';
import { ConversationRepository } from './storage/repositories/conversationRepository';
import { ProfileRepository } from './storage/repositories/profileRepository';
import { createAdapter, type AdapterSeams } from './teams/adapter';
import { InnovasjonsBot } from './teams/bot';
import { turnLogging } from './teams/turnLogging';
import { createDialogs } from './teams/dialogs/createDialogs';
import type { TeamsServices } from './teams/dialogs/services';
import { ProactiveNotifier } from './teams/proactiveNotifier';
import { InitiativeRepository } from './storage/repositories/initiativeRepository';
import { ReportRepository } from './storage/repositories/reportRepository';
import { IdeaRepository } from './storage/repositories/ideaRepository';
import { TeamLinkRepository } from './storage/repositories/teamLinkRepository';
import { ProactiveIdeaMessenger } from './teams/ideas/ideaMessenger';
import { createReminderRuntime, type ReminderRuntime } from './scheduler/runtime';

export interface App {
  readonly store: DocumentStore;
  readonly logger: Logger;
  /** Reminder job, its schedule and the shared throttled sender for proactive messages. */
  readonly reminders: ReminderRuntime;
  /** Starts listening; resolves with the port (useful with port 0). */
  start(): Promise<number>;
  /** Graceful stop: no new requests, finish turns in flight, close storage. */
  stop(): Promise<void>;
}

export interface AppOverrides {
  store?: DocumentStore;
  logger?: Logger;
  /** Test-only seams of the Bot Framework authentication (never set from the environment). */
  auth?: AdapterSeams;
}

export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  setSectorHeadLabel(config.sectorHeadLabel);
  const store = timeLimitedStore(overrides.store ?? createStore(config.storage), config.storageTimeoutMs);
  await store.init();

  const stateStorage = new DocumentBotStateStorage(store.collection<BotStateDoc>('botstate'));
  const conversationState = new ConversationState(stateStorage);
  const userState = new UserState(stateStorage);
  const adapter = createAdapter(config, logger, overrides.auth);
  adapter.use(turnLogging(logger));
  const conversations = new ConversationRepository(store);
  const reminders = createReminderRuntime({ config, logger, store, adapter, conversations });
  adapter.use(reminders.middleware);
  const profiles = new ProfileRepository(store);
  const services: TeamsServices = {
    config,
    logger,
    profiles,
    initiatives: new InitiativeRepository(store),
    reports: new ReportRepository(store),
    notifier: new ProactiveNotifier(reminders.sender, conversations, profiles, logger),
    ideas: new IdeaRepository(store),
    teamLinks: new TeamLinkRepository(store),
    ideaMessenger: new ProactiveIdeaMessenger(adapter, config.bot.appId, conversations, logger, reminders.sender),
    now: () => new Date(),
  };
  const bot = new InnovasjonsBot({
    config,
    logger,
    conversations,
    profiles,
    conversationState,
    userState,
    dialogs: createDialogs(conversationState, services),
    services,
  });

  const http = createHttpServer({
    logger,
    handleActivity: (activity, authHeader) => adapter.handle(activity as unknown as Activity, authHeader, (context) => bot.run(context)),
    checkReady: () => probeStoreWrites(store),
  });

  let stopped = false;
  return {
    store,
    logger,
    reminders,
    async start() {
      const port = await http.listen(config.port, config.host);
      reminders.start();
      logger.info({ port, storage: store.kind, auth: config.bot.appId ? 'on' : 'off' }, 'listening');
      if (!config.security.authEnabled) logger.warn({ host: config.host }, 'authentication is OFF (no MicrosoftAppId): for local use only');
      return port;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await reminders.stop();
      const drained = await http.drain(config.shutdownTimeoutMs);
      if (!drained) logger.warn('stopped before all turns finished');
      await store.close();
      logger.info('stopped');
    },
  };
}
