// Composition root: builds storage, the bot and the HTTP server from the configuration.
import { ConversationState, UserState, type Activity, type CloudAdapter } from 'botbuilder';
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
import { RosterDirectory } from './storage/queries/rosterDirectory';
import { OutboxRepository } from './storage/repositories/outboxRepository';
import { ProactiveIdeaMessenger } from './teams/ideas/ideaMessenger';
import { IdeaChannelCards } from './teams/ideas/ideaChannelCards';
import { createReminderRuntime, type ReminderRuntime } from './scheduler/runtime';
import { RosterMiddleware } from './teams/proactive/rosterMiddleware';
import { TeamsReminderMessenger } from './teams/proactive/reminderMessenger';
import { adapterDeliver, ThrottledSender, type SenderSettings } from './teams/proactive/throttledSender';

export interface App {
  readonly store: DocumentStore;
  readonly logger: Logger;
  /** Reminder job and its schedule. */
  readonly reminders: ReminderRuntime;
  /** The one throttled sender every proactive message goes through. */
  readonly sender: ThrottledSender;
  /** Starts listening; resolves with the port (useful with port 0). */
  start(): Promise<number>;
  /** Graceful stop: no new requests, finish turns in flight, close storage. */
  stop(): Promise<void>;
  /** Settles when the work that follows a turn's answer (channel card updates) is done. */
  idle(): Promise<void>;
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
  // Every repository is built here, once; handlers get the ones they use from TeamsDeps.
  const now = () => new Date();
  const { conversations, sender, reminders } = createProactive({ config, logger, store, adapter });
  const roster = new RosterRepository(store, now);
  const outbox = new OutboxRepository(store, now);
  const directory = new RosterDirectory(roster, config.adminAadObjectIds);
  adapter.use(new RosterMiddleware({ config, logger: logger.child({ component: 'reminders' }), store, roster, directory, outbox, now }));
  adapter.onTurnError = turnErrorHandler({ config, logger, conversationState });

  const profiles = new ProfileRepository(store);
  const ideas = new IdeaRepository(store);
  const initiatives = new InitiativeRepository(store);
  const teamLinks = new TeamLinkRepository(store);
  const ideaMessenger = new ProactiveIdeaMessenger(sender, config.bot.appId, conversations, logger);
  const base = {
    config,
    logger,
    store,
    profiles,
    initiatives,
    reports: new ReportRepository(store),
    notifier: new ProactiveNotifier(sender, conversations, profiles, logger),
    ideas,
    teamLinks,
    ideaMessenger,
    ideaCards: new IdeaChannelCards({ ideas, initiatives, teamLinks, profiles, ideaMessenger, logger }, config.defaultLocale),
    roster,
    directory,
    outbox,
    now,
  };
  const teams: TeamsDeps = { ...base, dialogs: createDialogs(conversationState, base) };
  const bot = new InnovasjonsBot({ conversations, conversationState, userState, teams });

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
    sender,
    async start() {
      const port = await http.listen(config.port, config.host);
      reminders.start();
      logger.info({ port, storage: store.kind, auth: config.bot.appId ? 'on' : 'off' }, 'listening');
      if (!config.security.authEnabled) logger.warn({ host: config.host }, 'authentication is OFF (no MicrosoftAppId): for local use only');
      return port;
    },
    idle: () => teams.ideaCards.settled(),
    async stop() {
      if (stopped) return;
      stopped = true;
      await reminders.stop();
      const drained = await http.drain(config.shutdownTimeoutMs);
      if (!drained) logger.warn('stopped before all turns finished');
      await teams.ideaCards.settled();
      await store.close();
      logger.info('stopped');
    },
  };
}

/** What sends messages on its own: the one throttled sender and the reminder job with its Teams messenger. */
export interface Proactive {
  adapter: CloudAdapter;
  conversations: ConversationRepository;
  sender: ThrottledSender;
  reminders: ReminderRuntime;
}

/**
 * Wires the proactive side. createApp uses it, and so do the scripts (`npm run nudge`) and the
 * bench, so that they run the job exactly as the app does; options are for tests and the bench.
 */
export function createProactive(args: {
  config: AppConfig;
  logger: Logger;
  store: DocumentStore;
  adapter?: CloudAdapter;
  sender?: Partial<SenderSettings>;
  clock?: () => Date;
  instanceId?: string;
}): Proactive {
  const { config, store } = args;
  const logger = args.logger.child({ component: 'reminders' });
  const adapter = args.adapter ?? createAdapter(config, args.logger);
  const conversations = new ConversationRepository(store);
  const sender = new ThrottledSender(adapterDeliver(adapter, config.bot.appId), { ...config.reminders.sender, ...args.sender }, logger, conversations);
  const messenger = new TeamsReminderMessenger(sender);
  const reminders = createReminderRuntime({ config, logger, store, messenger, now: args.clock, instanceId: args.instanceId });
  return { adapter, conversations, sender, reminders };
}

/** The configured store, ready to use (the scripts open it the way the app does). */
export async function openStore(config: AppConfig): Promise<DocumentStore> {
  const store = createStore(config.storage);
  await store.init();
  return store;
}
