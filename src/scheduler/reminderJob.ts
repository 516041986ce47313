// One run of the reminder job: evaluate every roster leader, then send each planned message
// exactly once. Exactly once across restarts and instances rests on two things in the store:
//  - a lease (one active run at a time; expires if the holder dies);
//  - the outbox: a record per message key is created (create-if-absent) BEFORE sending; a
//    conflict means it was sent or is in flight elsewhere. Then it is marked sent/unreachable/failed.
// Delivery is behind the ReminderMessenger port: the job hands over plain data, never a card.
import type { AppConfig } from '../config';
import { localDateOf } from '../domain/calendar/localDate';
import { aadIdOf } from '../domain/roster/roster';
import { workingWeekKey } from '../domain/calendar/workingTime';
import { activeCycle } from '../domain/programme/cycle';
import { planDigests, planNudges, type PlannedMessage, type ProgrammeStats, type Recipient } from '../domain/reminders/plan';
import { evaluateLeader, type LeaderEvaluation } from '../domain/reminders/rules';
import type { Logger } from '../logger';
import type { DocumentStore } from '../storage/documentStore';
import { conversationRecordId } from '../storage/repositories/conversationRepository';
import { LeaseRepository } from '../storage/repositories/leaseRepository';
import { OutboxRepository, type OutboxStatus } from '../storage/repositories/outboxRepository';
import { StoredIdeaSource, type IdeaSource } from '../storage/queries/reminderFacts';
import { aadByEmail, leaderFactsOf, loadPlanFacts, readPeople, recipientByAad, type People, type PlanFacts } from '../storage/queries/reminderPages';
import { PagedQueue } from './pagedQueue';
import type { ReminderMessenger } from '../domain/reminders/messenger';
import { computeOverview } from '../domain/overview/computeOverview';
import { hasDigest, withDigestNumbers } from '../domain/overview/digestNumbers';
import { loadProgrammeFacts } from '../storage/programmeFacts';

export const REMINDER_LEASE = 'reminder-job';
/** Roster leaders planned and sent at a time: their chats and profiles are read per page. */
export const REMINDER_PAGE_SIZE = 250;

export type MessageResult = 'sent' | 'unreachable' | 'failed' | 'already_claimed' | 'deferred' | 'no_chat' | 'aborted';

export interface RunReport {
  runId: string;
  at: Date;
  period: string;
  /** Set when the run did nothing: another instance holds the lease. */
  skipped?: 'lease_held';
  /** Set when no roster is imported yet: nothing to evaluate. */
  rosterEmpty?: boolean;
  cycleName?: string;
  cycleDeadline?: string;
  evaluations: LeaderEvaluation[];
  messages: PlannedMessage[];
  stats?: ProgrammeStats;
  results: Map<string, MessageResult>;
  /** Dry run: what the outbox already says about this week's planned messages. */
  existing: Map<string, OutboxStatus>;
  abandonedMarkedFailed: number;
}

export interface ReminderJobDeps {
  store: DocumentStore;
  config: AppConfig;
  logger: Logger;
  messenger: ReminderMessenger;
  clock?: () => Date;
  /** Distinguishes instances in leases and outbox records. */
  instanceId: string;
  ideas?: IdeaSource;
  /** Leaders per page (default REMINDER_PAGE_SIZE). */
  pageSize?: number;
}

/** A planned message with the personal chats and profiles of its page. */
type Planned = { m: PlannedMessage; people: People };

export interface RunOptions {
  dryRun?: boolean;
  /** Stop claiming new messages (in-flight ones finish and are recorded). */
  signal?: AbortSignal;
  /** Skip the lease (tests of the outbox guarantee alone). */
  ignoreLease?: boolean;
}

export class ReminderJob {
  private readonly clock: () => Date;
  private readonly leases: LeaseRepository;
  private readonly outbox: OutboxRepository;
  private readonly ideas: IdeaSource;

  constructor(private readonly deps: ReminderJobDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.leases = new LeaseRepository(deps.store);
    this.outbox = new OutboxRepository(deps.store, this.clock);
    this.ideas = deps.ideas ?? new StoredIdeaSource(deps.store);
  }

  async run(options: RunOptions = {}): Promise<RunReport> {
    const { config, logger } = this.deps;
    const rc = config.reminders;
    const now = this.clock();
    const runId = `${this.deps.instanceId}@${now.toISOString()}`;
    const useLease = !options.dryRun && !options.ignoreLease;
    const report: RunReport = { runId, at: now, period: workingWeekKey(now, rc.policy), evaluations: [], messages: [], results: new Map(), existing: new Map(), abandonedMarkedFailed: 0 };

    if (useLease && !(await this.leases.acquire(REMINDER_LEASE, this.deps.instanceId, rc.leaseMs, now))) {
      // reminderRun/reason are what the log alert queries (deployment/infra/modules/alerts.bicep).
      logger.info({ runId, reminderRun: 'skipped', reason: 'lease_held' }, 'reminder run skipped: another instance holds the lease');
      return { ...report, skipped: 'lease_held' };
    }
    try {
      const facts = await loadPlanFacts(this.deps.store, this.ideas);
      // No roster imported: the programme has not started here, nothing to nudge or digest.
      if (facts.roster.length === 0) {
        if (!options.dryRun) logger.warn({ runId, reminderRun: 'skipped', reason: 'roster_empty' }, 'reminder run skipped: the roster is empty');
        return { ...report, rosterEmpty: true };
      }
      const today = localDateOf(now, rc.policy.timeZone);
      const cycle = activeCycle(rc.cycles, today);
      report.cycleName = cycle?.name;
      report.cycleDeadline = cycle?.registrationDeadline;
      const ctx = { now, policy: rc.policy, cycle };
      if (useLease) report.abandonedMarkedFailed = await this.outbox.failAbandoned(new Date(now.getTime() - rc.leaseMs), runId);
      // Nudges page by page (each leader's chat read with their page), then the digests, which
      // need every leader's evaluation.
      const store = this.deps.store;
      const pageSize = this.deps.pageSize ?? REMINDER_PAGE_SIZE;
      const job = this;
      async function* pages(): AsyncGenerator<Planned[]> {
        for (let i = 0; i < facts.roster.length; i += pageSize) {
          const page = facts.roster.slice(i, i + pageSize);
          const people = await readPeople(store, page.map((r) => aadIdOf(r) ?? '').filter(Boolean));
          const evaluations = page.map((r) => evaluateLeader(leaderFactsOf(r, facts, people), ctx));
          report.evaluations.push(...evaluations);
          const nudges = planNudges({ now, policy: rc.policy, evaluations });
          report.messages.push(...nudges);
          yield nudges.map((m) => ({ m, people }));
        }
        const digests = await job.planDigests(facts, report.evaluations, ctx);
        report.messages.push(...digests.messages);
        report.stats = digests.stats;
        yield digests.messages.map((m) => ({ m, people: digests.people }));
      }
      const queue = new PagedQueue(pages(), Math.ceil(pageSize / 2));
      if (options.dryRun) {
        for (let p = await queue.take(); p; p = await queue.take()) {
          const existing = await this.outbox.get(p.m.key);
          if (existing) report.existing.set(p.m.key, existing.status);
        }
      } else await this.sendAll(queue, runId, report, options.signal);
      report.period = report.messages[0]?.period ?? report.period;
      if (options.dryRun) return report;
      const counts: Record<string, number> = {};
      for (const r of report.results.values()) counts[r] = (counts[r] ?? 0) + 1;
      logger.info({ runId, reminderRun: 'finished', period: report.period, planned: report.messages.length, ...counts }, 'reminder run finished');
      return report;
    } finally {
      if (useLease) await this.leases.release(REMINDER_LEASE, this.deps.instanceId);
    }
  }

  /** The digests for sector heads (of escalated leaders) and admins, with the overview's numbers. */
  private async planDigests(facts: PlanFacts, evaluations: LeaderEvaluation[], ctx: Parameters<typeof computeOverview>[1]) {
    const { config, store } = this.deps;
    const headEmails = [...new Set(evaluations.filter((e) => e.escalate && e.leader.sectorHeadEmail).map((e) => e.leader.sectorHeadEmail!))];
    const headAads = new Map<string, string>();
    for (const email of headEmails) {
      const aad = await aadByEmail(store, facts, email);
      if (aad) headAads.set(email, aad);
    }
    const people = await readPeople(store, [...headAads.values(), ...config.adminAadObjectIds]);
    const sectorHeads = new Map<string, Recipient>();
    for (const [email, aad] of headAads) sectorHeads.set(email, recipientByAad(facts, people, aad, email.toLowerCase()));
    const admins = config.adminAadObjectIds.map((aad) => recipientByAad(facts, people, aad, aad.toLowerCase()));
    const plan = planDigests({ now: ctx.now, policy: ctx.policy, cycle: ctx.cycle, evaluations, sectorHeads, admins });
    // The digests carry the overview's numbers (counted as `oversikt` counts them).
    const messages = hasDigest(plan.messages) ? withDigestNumbers(plan.messages, computeOverview(await loadProgrammeFacts(store), ctx)) : plan.messages;
    return { messages, stats: plan.stats, people };
  }

  private async sendAll(queue: PagedQueue<Planned>, runId: string, report: RunReport, signal?: AbortSignal): Promise<void> {
    const rc = this.deps.config.reminders;
    let lastRenew = Date.now();
    let leaseLost = false;
    const worker = async () => {
      for (let p = await queue.take(); p; p = await queue.take()) {
        const { m, people } = p;
        if (signal?.aborted || leaseLost) {
          report.results.set(m.key, 'aborted');
          continue;
        }
        if (m.readiness.state === 'later') {
          report.results.set(m.key, 'deferred');
          continue;
        }
        if (m.readiness.state === 'unreachable' || !m.recipient.aadObjectId) {
          report.results.set(m.key, 'no_chat');
          continue;
        }
        if (Date.now() - lastRenew > rc.leaseMs / 3) {
          lastRenew = Date.now();
          if (!(await this.leases.renew(REMINDER_LEASE, this.deps.instanceId, rc.leaseMs, this.clock()))) leaseLost = true;
        }
        report.results.set(m.key, await this.sendOne(m, people, runId));
      }
    };
    // About a second's worth of messages in flight: each one waits for its outbox claim, the
    // sender's pacing and Teams, so fewer workers than that would hold the run below the rate.
    const workers = Math.max(1, rc.sender.concurrency * 2, Math.ceil(rc.sender.ratePerSecond));
    await Promise.all(Array.from({ length: workers }, worker));
  }

  private async sendOne(m: PlannedMessage, people: People, runId: string): Promise<MessageResult> {
    const aad = m.recipient.aadObjectId!;
    const conversation = people.conversations.get(aad.toLowerCase());
    if (!conversation) return 'no_chat';
    const claimed = await this.outbox.claim({
      key: m.key,
      kind: m.kind,
      period: m.period,
      recipientKey: m.recipient.key,
      recipientName: m.recipient.name,
      runId,
      rules: m.content.kind === 'nudge' ? m.content.findings.map((f) => f.rule) : undefined,
    });
    if (!claimed) return 'already_claimed';
    const outcome = await this.deps.messenger.send(
      {
        aadObjectId: aad,
        language: people.profiles.get(aad.toLowerCase())?.language ?? this.deps.config.defaultLocale,
        conversation: {
          recordId: conversation.id ?? conversationRecordId({ scope: 'personal', conversationId: conversation.conversationId, aadObjectId: aad }),
          reference: conversation.reference,
        },
      },
      { key: m.key, content: m.content, at: this.clock() },
    );
    await this.outbox.finish(m.key, { status: outcome.status, attempts: outcome.attempts, error: outcome.status === 'sent' ? undefined : outcome.error });
    return outcome.status;
  }
}
