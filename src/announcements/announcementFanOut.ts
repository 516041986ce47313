// Sends one announcement to its recipients through the exactly-once outbox, the same way the
// reminder job sends nudges: an outbox record per (announcement, recipient) is created BEFORE
// the message goes out, so a run that stops halfway (deploy, crash, abort) and is started again
// skips everyone already sent to and finishes the rest. A lease keeps two instances from
// working on the same announcement at once. Knows nothing of Teams (see AnnouncementMessenger).
import { randomUUID } from 'node:crypto';
import { deliveryKey, deliveryPeriod } from '../domain/announcements/announcement';
import { deliveryReport, type DeliveryReport, type DeliveryStatus } from '../domain/announcements/deliveryReport';
import { resolveRecipients, type AnnouncementRecipient, type PersonalChat } from '../domain/announcements/recipients';
import type { DocumentStore } from '../storage/documentStore';
import { AnnouncementRepository } from '../storage/repositories/announcementRepository';
import type { ConversationRecord } from '../storage/repositories/conversationRepository';
import { LeaseRepository } from '../storage/repositories/leaseRepository';
import { OutboxRepository, type OutboxRecord } from '../storage/repositories/outboxRepository';
import { RosterRepository } from '../storage/repositories/rosterRepository';
import type { AnnouncementMessenger } from './announcementMessenger';

export interface FanOutOptions {
  /** Messages in flight at once (the throttled sender paces them anyway). */
  concurrency?: number;
  /** Save the delivery report after this many deliveries (and at the end). */
  reportEvery?: number;
  /** A pending record older than this, from another run, is an interrupted send: failed, not resent. */
  abandonAfterMs?: number;
  leaseMs?: number;
  now?: () => Date;
  /** Called whenever the report was saved (the Teams side updates the sender's card). */
  onReport?: (report: DeliveryReport) => void | Promise<void>;
}

export type FanOutResult = { state: 'finished' | 'stopped'; report: DeliveryReport } | { state: 'busy' | 'not_found' };

export class AnnouncementFanOut {
  private readonly announcements: AnnouncementRepository;
  private readonly outbox: OutboxRepository;
  private readonly roster: RosterRepository;
  private readonly leases: LeaseRepository;
  private readonly now: () => Date;

  constructor(
    private readonly store: DocumentStore,
    private readonly messenger: AnnouncementMessenger,
    private readonly options: FanOutOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.announcements = new AnnouncementRepository(store, this.now);
    this.outbox = new OutboxRepository(store, this.now);
    this.roster = new RosterRepository(store, this.now);
    this.leases = new LeaseRepository(store);
  }

  async run(announcementId: string, signal?: AbortSignal): Promise<FanOutResult> {
    const announcement = await this.announcements.get(announcementId);
    if (!announcement) return { state: 'not_found' };
    // Finished is final: after RETENTION_DAYS the outbox records are gone and could not stop a resend.
    if (announcement.finishedAt && announcement.report) return { state: 'finished', report: announcement.report };
    const runId = `${randomUUID()}@${this.now().toISOString()}`;
    const lease = `announcement:${announcementId}`;
    const leaseMs = this.options.leaseMs ?? 10 * 60_000;
    if (!(await this.leases.acquire(lease, runId, leaseMs, this.now()))) return { state: 'busy' };
    try {
      const recipients = announcement.recipients ?? (await this.announcements.freezeRecipients(announcementId, await this.resolve(announcement.audience)));
      const period = deliveryPeriod(announcementId);
      await this.failInterrupted(period, runId);
      const outcomes = new Map<string, { status: DeliveryStatus; error?: string }>();
      for (const r of await this.outbox.byPeriod(period)) outcomes.set(r.recipientKey, { status: r.status, error: r.error });
      const queue = recipients.filter((r) => r.reachable && r.aadObjectId && !outcomes.has(r.key));
      const message = { title: announcement.title, text: announcement.text, ...(announcement.link ? { link: announcement.link } : {}), announcementId };
      const every = this.options.reportEvery ?? 25;
      let sinceReport = 0;
      const saveReport = async () => {
        const report = deliveryReport(recipients, outcomes);
        await this.announcements.saveReport(announcementId, report);
        await this.options.onReport?.(report);
        return report;
      };
      const worker = async () => {
        for (let r = queue.shift(); r; r = queue.shift()) {
          if (signal?.aborted) return;
          const status = await this.deliver(announcementId, r, period, runId, message);
          if (status) outcomes.set(r.key, status);
          if (++sinceReport >= every) {
            sinceReport = 0;
            await this.leases.renew(lease, runId, leaseMs, this.now());
            await saveReport();
          }
        }
      };
      await Promise.all(Array.from({ length: this.options.concurrency ?? 4 }, worker));
      const report = await saveReport();
      return { state: report.finished ? 'finished' : 'stopped', report };
    } finally {
      await this.leases.release(lease, runId);
    }
  }

  private async deliver(
    announcementId: string,
    r: AnnouncementRecipient,
    period: string,
    runId: string,
    message: Omit<Parameters<AnnouncementMessenger['send']>[1], 'deliveryKey'>,
  ): Promise<{ status: DeliveryStatus; error?: string } | undefined> {
    const key = deliveryKey(announcementId, r.key);
    const claimed = await this.outbox.claim({ key, kind: 'announcement', period, recipientKey: r.key, recipientName: r.name, runId });
    if (!claimed) {
      const existing = await this.outbox.get(key);
      return existing && { status: existing.status, error: existing.error };
    }
    let outcome;
    try {
      outcome = await this.messenger.send({ key: r.key, name: r.name, aadObjectId: r.aadObjectId! }, { ...message, deliveryKey: key });
    } catch (err) {
      outcome = { status: 'failed' as const, attempts: 1, error: (err as Error).message };
    }
    await this.outbox.finish(key, { status: outcome.status, attempts: outcome.attempts, error: outcome.status === 'sent' ? undefined : outcome.error });
    return { status: outcome.status, error: outcome.status === 'sent' ? undefined : outcome.error };
  }

  /** Records a crashed run left pending: whether they went out is unknown, so they are not resent. */
  private async failInterrupted(period: string, runId: string): Promise<void> {
    const cutoff = this.now().getTime() - (this.options.abandonAfterMs ?? 10 * 60_000);
    const stale = (await this.outbox.byPeriod(period)).filter((r: OutboxRecord) => r.status === 'pending' && r.runId !== runId && Date.parse(r.updatedAt) < cutoff);
    for (const r of stale) {
      await this.outbox.finish(r.key, { status: 'failed', attempts: r.attempts, error: 'interrupted: the run stopped while sending; outcome unknown, not resent' });
    }
  }

  private async resolve(audience: Parameters<typeof resolveRecipients>[0]): Promise<AnnouncementRecipient[]> {
    const personal = await this.store.collection<ConversationRecord>('conversations').query({ where: [{ field: 'scope', op: '=', value: 'personal' }] });
    const chats: PersonalChat[] = personal
      .map((d) => d.value)
      .filter((c) => c.aadObjectId)
      .map((c) => ({ aadObjectId: c.aadObjectId!, installed: c.installed, unreachable: !!c.unreachableAt }));
    const profiles = await this.store.collection<{ id: string; name: string }>('profiles').query();
    const names = new Map(profiles.map((p) => [p.value.id.toLowerCase(), p.value.name]));
    return resolveRecipients(audience, { roster: await this.roster.all(), chats, names });
  }
}
