// Composition root: builds storage, the bot and the HTTP server from the configuration.
import { ConversationState, UserState } from 'botbuilder';
import type { AppConfig } from './config';
import { setSectorHeadLabel } from './i18n';
import { createLogger, type Logger } from './logger';
import { createHttpServer } from './server/httpServer';
import { DocumentBotStateStorage, type BotStateDoc } from './storage/botStateStorage';
import { createStore } from './storage/createStore';
import type { DocumentStore } from './storage/documentStore';
import { ConversationRepository } from './storage/repositories/conversationRepository';
import { ProfileRepository } from './storage/repositories/profileRepository';
import { createAdapter } from './teams/adapter';
import { InnovasjonsBot } from './teams/bot';
import { turnLogging } from './teams/turn/turnLogging';
import { turnErrorHandler } from './teams/turn/turnErrors';
import { createDialogs } from './teams/forms/createDialogs';
import type { TeamsDeps } from './teams/turn/deps';
import { ProactiveNotifier } from './teams/proactiveNotifier';
import { InitiativeRepository } from './storage/repositories/initiativeRepository';
import { ReportRepository } from './storage/repositories/reportRepository';
import { IdeaRepository } from './storage/repositories/ideaRepository';
import { TeamLinkRepository } from './storage/repositories/teamLinkRepository';
import { RosterRepository } from './storage/repositories/rosterRepository';
import { OutboxRepository } from './storage/repositories/outboxRepository';
import { ProactiveIdeaMessenger } from './teams/ideas/ideaMessenger';
import { IdeaChannelCards } from './teams/ideas/ideaChannelCards';
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
}

export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  setSectorHeadLabel(config.sectorHeadLabel);
  const store = overrides.store ?? createStore(config.storage);
  await store.init();

  const stateStorage = new DocumentBotStateStorage(store.collection<BotStateDoc>('botstate'));
  const conversationState = new ConversationState(stateStorage);
  const userState = new UserState(stateStorage);
  const adapter = createAdapter(config, logger);
  adapter.use(turnLogging(logger));
  const conversations = new ConversationRepository(store);
  const reminders = createReminderRuntime({ config, logger, store, adapter, conversations });
  adapter.use(reminders.middleware);
  adapter.onTurnError = turnErrorHandler({ config, logger, conversationState });

  // Every repository is built here, once; handlers get the ones they use from TeamsDeps.
  const now = () => new Date();
  const profiles = new ProfileRepository(store);
  const ideas = new IdeaRepository(store);
  const initiatives = new InitiativeRepository(store);
  const teamLinks = new TeamLinkRepository(store);
  const ideaMessenger = new ProactiveIdeaMessenger(adapter, config.bot.appId, conversations, logger, reminders.sender);
  const base = {
    config,
    logger,
    store,
    profiles,
    initiatives,
    reports: new ReportRepository(store),
    notifier: new ProactiveNotifier(reminders.sender, conversations, profiles, logger),
    ideas,
    teamLinks,
    ideaMessenger,
    ideaCards: new IdeaChannelCards({ ideas, initiatives, teamLinks, profiles, ideaMessenger, logger }, config.defaultLocale),
    roster: new RosterRepository(store, now),
    outbox: new OutboxRepository(store, now),
    now,
  };
  const teams: TeamsDeps = { ...base, dialogs: createDialogs(conversationState, base) };
  const bot = new InnovasjonsBot({ conversations, conversationState, userState, teams });

  const http = createHttpServer({
    logger,
    handleMessages: (req, res) => adapter.process(req, res, (context) => bot.run(context)),
    checkReady: () => store.ping(),
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
