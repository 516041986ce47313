// Composition root: builds storage, the bot and the HTTP server from the configuration.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { ConversationState, UserState, type Activity, type CloudAdapter } from 'botbuilder';
import type { AppConfig } from './config';
import { IN_MEMORY_DATA_DIR } from './configTypes';
import { setSectorHeadLabel } from './i18n';
import { createLogger, type Logger } from './logger';
import { createHttpServer } from './server/httpServer';
import { DocumentBotStateStorage, type BotStateDoc } from './storage/botStateStorage';
import { createStore } from './storage/createStore';
import { probeStoreWrites } from './storage/readinessProbe';
import { timeLimitedStore } from './storage/timeLimitedStore';
import { withWriteGeneration } from './storage/writeGeneration';
import type { DocumentStore } from './storage/documentStore';
import { ConversationRepository } from './storage/repositories/conversationRepository';
import { ProfileRepository } from './storage/repositories/profileRepository';
import { createAdapter, type AdapterSeams } from './teams/adapter';
import { InnovasjonsBot } from './teams/bot';
import { turnLogging } from './teams/turn/turnLogging';
import { turnErrorHandler } from './teams/turn/turnErrors';
import type { DialogSet } from 'botbuilder-dialogs';
import type { TeamsDeps } from './teams/turn/deps';
import { EnrolmentRepository } from './storage/repositories/enrolmentRepository';
import { PendingFileRepository } from './storage/repositories/pendingFileRepository';
import { FileConsentFlow } from './teams/files/fileConsent';
import { AnnouncementRunner } from './teams/announcements/announcementRunner';
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
import { InitiativeSearchService } from './search/searchService';
import { MiniSearchInitiativeIndex } from './search/miniSearchIndex';
import { ReuseThanks } from './teams/explore/reuseThanks';
import { InitiativeShareRepository } from './storage/repositories/initiativeShareRepository';

export interface App {
  readonly store: DocumentStore;
  readonly logger: Logger;
  /** Reminder job and its schedule. */
  readonly reminders: ReminderRuntime;
  /** The one throttled sender every proactive message goes through. */
  readonly sender: ThrottledSender;
  /** Roles per turn from the roster (a cached snapshot: invalidate after changing the roster directly). */
  readonly directory: RosterDirectory;
  /** Announcement fan-outs running in this process. */
  readonly announcements: AnnouncementRunner;
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
  /** The clock handlers use (tests of a seeded programme at a fixed instant). */
  now?: () => Date;
  /** Where offered files may be uploaded; tests allow their loopback stand-in for OneDrive. */
  isAllowedUploadUrl?: (url: URL) => boolean;
}

export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  setSectorHeadLabel(config.sectorHeadLabel);
  const store = withWriteGeneration(timeLimitedStore(overrides.store ?? createStore(config.storage), config.storageTimeoutMs));
  await store.init();

  const stateStorage = new DocumentBotStateStorage(store.collection<BotStateDoc>('botstate'));
  const conversationState = new ConversationState(stateStorage);
  const userState = new UserState(stateStorage);
  const adapter = createAdapter(config, logger, overrides.auth);
  adapter.use(turnLogging(logger));
  // Every repository is built here, once; handlers get the ones they use from TeamsDeps.
  const now = overrides.now ?? (() => new Date());
  const { conversations, sender, reminders } = createProactive({ config, logger, store, adapter });
  const roster = new RosterRepository(store, now);
  const outbox = new OutboxRepository(store, now);
  const directory = new RosterDirectory(roster, config.adminAadObjectIds);
  const profiles = new ProfileRepository(store);
  adapter.use(new RosterMiddleware({ config, logger: logger.child({ component: 'reminders' }), profiles, roster, directory, outbox, now }));
  adapter.onTurnError = turnErrorHandler({ config, logger, conversationState });

  const ideas = new IdeaRepository(store);
  const initiatives = new InitiativeRepository(store);
  const search = new InitiativeSearchService(initiatives, new MiniSearchInitiativeIndex(), {
    onRefreshError: (err) => logger.warn({ err }, 'search index refresh failed'),
  });
  initiatives.onSaved((saved) => search.onInitiativeSaved(saved));
  const teamLinks = new TeamLinkRepository(store);
  const ideaMessenger = new ProactiveIdeaMessenger(sender, config.bot.appId, conversations, logger);
  const ideaCards = new IdeaChannelCards({ ideas, initiatives, teamLinks, profiles, ideaMessenger, logger, outbox, now }, config.defaultLocale, `${os.hostname()}-${randomUUID()}`);
  const announcements = new AnnouncementRunner({ store, sender, conversations, logger: logger.child({ component: 'announcements' }), defaultLocale: config.defaultLocale });
  const base = {
    config,
    logger,
    store,
    profiles,
    initiatives,
    reports: new ReportRepository(store),
    notifier: new ProactiveNotifier(sender, conversations, profiles, directory, config.adminAadObjectIds, logger),
    ideas,
    teamLinks,
    ideaMessenger,
    ideaCards,
    roster,
    directory,
    outbox,
    search,
    shares: new InitiativeShareRepository(store),
    reuseThanks: new ReuseThanks(sender, conversations, profiles, logger, config.defaultLocale),
    now,
    conversations,
    sender,
    files: new FileConsentFlow({ files: new PendingFileRepository(store), now, isAllowedUploadUrl: overrides.isAllowedUploadUrl, onError: (err) => logger.warn({ err }, 'file upload failed') }),
    enrolments: new EnrolmentRepository(store, now),
    announcements,
  };
  let dialogs: DialogSet | undefined;
  const teams: TeamsDeps = {
    ...base,
    // botbuilder-dialogs (with its prompts' recognizers) loads with the first form, not at start-up.
    get dialogs() {
      return (dialogs ??= loadDialogs().createDialogs(conversationState, base));
    },
  };
  const bot = new InnovasjonsBot({ conversations, conversationState, userState, teams });

  const http = createHttpServer({
    logger,
    handleActivity: (activity, authHeader) => adapter.handle(activity as unknown as Activity, authHeader, (context) => bot.run(context)),
    checkReady: () => probeStoreWrites(store),
    bodyTimeoutMs: config.bodyTimeoutMs,
    readinessCacheMs: config.readinessCacheMs,
  });

  let stopped = false;
  return {
    store,
    logger,
    reminders,
    sender,
    directory,
    announcements,
    async start() {
      // The index is built from the store before the first search can arrive.
      await search.start();
      const port = await http.listen(config.port, config.host);
      reminders.start();
      // Cards a killed process claimed but never posted; in the background, so start-up is not held up.
      ideaCards.postUnposted().catch((err: unknown) => logger.warn({ err }, 'could not post the unposted idea cards'));
      // Announcements a stopped process left half sent go on (nobody gets a second copy).
      void announcements.resumeUnfinished().catch((err) => logger.error({ err }, 'could not resume announcements'));
      logger.info({ port, storage: store.kind, auth: config.bot.appId ? 'on' : 'off' }, 'listening');
      if (!overrides.store && config.storage.kind === 'embedded' && config.storage.dataDir === IN_MEMORY_DATA_DIR) logger.warn('the embedded store is in memory (DATA_DIR=:memory:): everything is lost when the bot stops');
      if (!config.security.authEnabled) logger.warn({ host: config.host }, 'authentication is OFF (no MicrosoftAppId): for local use only');
      return port;
    },
    idle: () => teams.ideaCards.settled(),
    async stop() {
      if (stopped) return;
      stopped = true;
      search.stop();
      await reminders.stop();
      await announcements.stop();
      const drained = await http.drain(config.shutdownTimeoutMs);
      if (!drained) logger.warn('stopped before all turns finished');
      await teams.ideaCards.settled();
      await store.close();
      logger.info('stopped');
    },
  };
}

function loadDialogs(): typeof import('./teams/forms/createDialogs') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./teams/forms/createDialogs') as typeof import('./teams/forms/createDialogs');
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
