// What the Teams handlers may use, built once in the composition root (src/app.ts). Each handler
// declares the part it uses (`Pick<TeamsDeps, ...>`) in its signature, so a reader sees which
// handler touches which store.
import type { DialogSet } from 'botbuilder-dialogs';
import type { AppConfig } from '../../config';
import type { Initiative, ProgressReport } from '../../domain/initiative/initiative';
import type { Logger } from '../../logger';
import type { DocumentStore } from '../../storage/documentStore';
import type { IdeaRepository } from '../../storage/repositories/ideaRepository';
import type { InitiativeRepository } from '../../storage/repositories/initiativeRepository';
import type { OutboxRepository } from '../../storage/repositories/outboxRepository';
import type { ProfileRepository } from '../../storage/repositories/profileRepository';
import type { ReportRepository } from '../../storage/repositories/reportRepository';
import type { RosterRepository } from '../../storage/repositories/rosterRepository';
import type { RosterDirectory } from '../../storage/queries/rosterDirectory';
import type { TeamLinkRepository } from '../../storage/repositories/teamLinkRepository';
import type { IdeaMessenger } from '../ideas/ideaMessenger';
import type { IdeaChannelCards } from '../ideas/ideaChannelCards';
import type { InitiativeSearchService } from '../../search/searchService';
import type { ReuseThanks } from '../explore/reuseThanks';
import type { InitiativeShareRepository } from '../../storage/repositories/initiativeShareRepository';

/** Who was told about a help request (names as the roster or profile has them). */
export interface HelpOutcome {
  to: 'sectorHead' | 'admins' | 'nobody';
  names: string[];
}
import type { FileConsentFlow } from '../files/fileConsent';
import type { ThrottledSender } from '../proactive/throttledSender';
import type { ConversationRepository } from '../../storage/repositories/conversationRepository';
import type { EnrolmentRepository } from '../../storage/repositories/enrolmentRepository';
import type { AnnouncementRunner } from '../announcements/announcementRunner';

export interface Notifier {
  /** Tells the roster's sector head of the initiative's sector (or the admins) that the leader asked for help. */
  helpRequested(initiative: Initiative, report: ProgressReport): Promise<HelpOutcome>;
}

export interface TeamsDeps {
  config: AppConfig;
  logger: Logger;
  /** The documents the reminder counts are computed from (`roster`). */
  store: DocumentStore;
  profiles: ProfileRepository;
  initiatives: InitiativeRepository;
  reports: ReportRepository;
  notifier: Notifier;
  ideas: IdeaRepository;
  teamLinks: TeamLinkRepository;
  ideaMessenger: IdeaMessenger;
  /** Posts and refreshes the idea cards in the channels. */
  ideaCards: IdeaChannelCards;
  roster: RosterRepository;
  /** Roles per turn: the roster (cached snapshot) and the admin list. */
  directory: RosterDirectory;
  outbox: OutboxRepository;
  /** The card form dialogs (proposal, report, edit, profile). */
  dialogs: DialogSet;
  /** «utforsk» and «Andre har prøvd noe lignende»: this instance's index of every initiative. */
  search: InitiativeSearchService;
  /** The thank-you to an initiative's owner when another unit reuses it. */
  reuseThanks: ReuseThanks;
  /** Initiatives shared to team channels (`del`) and who supports them there. */
  shares: InitiativeShareRepository;
  now(): Date;
  /** The one throttled, exactly-once-ledgered sender of proactive messages. */
  sender: ThrottledSender;
  /** Files offered in personal chat (FileConsentCard) and their upload. */
  files: FileConsentFlow;
  /** Where people's personal chats are (for messages the bot starts). */
  conversations: ConversationRepository;
  /** Leadership programme applications, one document per cohort. */
  enrolments: EnrolmentRepository;
  /** Announcement fan-outs running in this process. */
  announcements: AnnouncementRunner;
}
