// Announcements (container `announcements`): the message, its audience, the recipient list
// frozen when sending started (a resumed fan-out works through the same people) and the last
// delivery report, so the sender's card can show progress at any time.
import type { Announcement } from '../../domain/announcements/announcement';
import type { DeliveryReport } from '../../domain/announcements/deliveryReport';
import type { AnnouncementRecipient } from '../../domain/announcements/recipients';
import { ConflictError, type Collection, type DocumentStore } from '../documentStore';
import { mutate } from '../optimistic';

export interface AnnouncementDoc extends Announcement {
  recipients?: AnnouncementRecipient[];
  sendStartedAt?: string;
  report?: DeliveryReport;
  reportUpdatedAt?: string;
  finishedAt?: string;
  /** The sender's delivery report message, updated in place as the fan-out goes. */
  reportCard?: { conversationRecordId: string; activityId: string; locale: 'nb' | 'en' };
}

export class AnnouncementRepository {
  private readonly docs: Collection<AnnouncementDoc>;

  constructor(store: DocumentStore, private readonly now: () => Date = () => new Date()) {
    this.docs = store.collection<AnnouncementDoc>('announcements');
  }

  async get(id: string): Promise<AnnouncementDoc | undefined> {
    return (await this.docs.read(id))?.value;
  }

  /** Create-if-absent (the id comes from the form token): a double «Send» stores one announcement. */
  async createIfAbsent(announcement: Announcement): Promise<{ announcement: AnnouncementDoc; created: boolean }> {
    try {
      return { announcement: (await this.docs.create(announcement)).value, created: true };
    } catch (err) {
      if (!(err instanceof ConflictError) || err.reason !== 'exists') throw err;
      const existing = await this.docs.read(announcement.id);
      if (!existing) throw err;
      return { announcement: existing.value, created: false };
    }
  }

  /** Stores the recipient list unless one is stored already; returns the list that counts. */
  async freezeRecipients(id: string, recipients: AnnouncementRecipient[]): Promise<AnnouncementRecipient[]> {
    const result = await mutate(this.docs, id, (current) =>
      current && !current.recipients ? { ...current, recipients, sendStartedAt: this.now().toISOString() } : undefined,
    );
    if (!result.value) throw new Error(`Announcement ${id} does not exist`);
    return result.value.recipients!;
  }

  async saveReport(id: string, report: DeliveryReport): Promise<void> {
    await mutate(this.docs, id, (current) => {
      if (!current) return undefined;
      const stamp = this.now().toISOString();
      return { ...current, report, reportUpdatedAt: stamp, ...(report.finished && !current.finishedAt ? { finishedAt: stamp } : {}) };
    });
  }

  async setReportCard(id: string, reportCard: NonNullable<AnnouncementDoc['reportCard']>): Promise<void> {
    await mutate(this.docs, id, (current) => (current && !current.reportCard ? { ...current, reportCard } : undefined));
  }

  /** Announcements whose sending started and did not finish (a restart resumes them). */
  async unfinished(): Promise<AnnouncementDoc[]> {
    return (await this.all()).filter((a) => a.reportCard && !a.finishedAt);
  }

  async all(): Promise<AnnouncementDoc[]> {
    return (await this.docs.query({ orderBy: { field: 'createdAt', direction: 'desc' } })).map((d) => d.value);
  }
}
