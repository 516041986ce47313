// Runs announcement fan-outs in the background of this process: the Teams side of the port
// (each message through the one throttled sender, bulk lane) and the sender's delivery report
// card updated in place. On start-up, announcements a stopped process left unfinished are
// resumed (the outbox makes sure nobody gets a second copy); on stop, running ones are aborted.
import type { ConversationReference } from 'botbuilder';
import { AnnouncementFanOut } from '../../announcements/announcementFanOut';
import type { AnnouncementMessenger } from '../../announcements/announcementMessenger';
import type { DeliveryReport } from '../../domain/announcements/deliveryReport';
import type { Logger } from '../../logger';
import type { DocumentStore } from '../../storage/documentStore';
import { AnnouncementRepository } from '../../storage/repositories/announcementRepository';
import type { ConversationRepository } from '../../storage/repositories/conversationRepository';
import { cardAttachment } from '../cards/template';
import type { ThrottledSender } from '../proactive/throttledSender';
import { announcementCard, deliveryReportCard } from './announcementCards';

export interface AnnouncementRunnerDeps {
  store: DocumentStore;
  sender: ThrottledSender;
  conversations: ConversationRepository;
  logger: Logger;
  defaultLocale: 'nb' | 'en';
}

export class TeamsAnnouncementMessenger implements AnnouncementMessenger {
  constructor(private readonly deps: Pick<AnnouncementRunnerDeps, 'sender' | 'conversations' | 'defaultLocale'>) {}

  async send(recipient: Parameters<AnnouncementMessenger['send']>[0], message: Parameters<AnnouncementMessenger['send']>[1]) {
    const chat = await this.deps.conversations.findByUser(recipient.aadObjectId);
    if (!chat?.value.installed || chat.value.unreachableAt) return { status: 'unreachable' as const, attempts: 0, error: 'no personal chat' };
    const target = { reference: chat.value.reference as Partial<ConversationReference>, conversationRecordId: chat.value.id };
    return this.deps.sender.send(target, { attachments: [cardAttachment(announcementCard(message, this.deps.defaultLocale))] }, 'bulk');
  }
}

export class AnnouncementRunner {
  private readonly running = new Map<string, { abort: AbortController; done: Promise<void> }>();
  private readonly announcements: AnnouncementRepository;
  private stopped = false;

  constructor(private readonly deps: AnnouncementRunnerDeps) {
    this.announcements = new AnnouncementRepository(deps.store);
  }

  /** Starts (or resumes) sending one announcement, unless it is running here already. */
  start(announcementId: string): void {
    if (this.stopped || this.running.has(announcementId)) return;
    const abort = new AbortController();
    const fanOut = new AnnouncementFanOut(this.deps.store, new TeamsAnnouncementMessenger(this.deps), { onReport: (report) => this.showReport(announcementId, report) });
    const done = fanOut
      .run(announcementId, abort.signal)
      .then((result) => this.deps.logger.info({ announcementId, state: result.state, ...('report' in result ? { sent: result.report.sent, unreachable: result.report.unreachable.length, failed: result.report.failed.length } : {}) }, 'announcement fan-out ended'))
      .catch((err) => this.deps.logger.error({ err, announcementId }, 'announcement fan-out failed'))
      .finally(() => this.running.delete(announcementId));
    this.running.set(announcementId, { abort, done });
  }

  async resumeUnfinished(): Promise<void> {
    for (const a of await this.announcements.unfinished()) this.start(a.id);
  }

  /** Waits for the running fan-outs (tests, and a graceful stop after abort). */
  async idle(): Promise<void> {
    await Promise.all([...this.running.values()].map((r) => r.done));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const r of this.running.values()) r.abort.abort();
    await this.idle();
  }

  private async showReport(announcementId: string, report: DeliveryReport): Promise<void> {
    const doc = await this.announcements.get(announcementId);
    const where = doc?.reportCard;
    if (!doc || !where) return;
    const chat = await this.deps.conversations.get(where.conversationRecordId);
    if (!chat) return;
    const target = { reference: chat.value.reference as Partial<ConversationReference>, conversationRecordId: chat.value.id };
    // Not awaited: quick successive updates are coalesced by the sender, and the fan-out goes on meanwhile.
    void this.deps.sender
      .update(target, where.activityId, { attachments: [cardAttachment(deliveryReportCard(where.locale, doc.title, report))] })
      .catch((err) => this.deps.logger.warn({ err, announcementId }, 'delivery report card not updated'));
  }
}
