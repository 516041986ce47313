// The one way the bot talks to Teams outside a turn: every proactive message (new messages,
// updates of an earlier message such as an idea card, new personal chats) goes through here,
// so the app as a whole stays well below Teams' limits (about 50 requests per second per app
// per tenant, a few per second per conversation).
//  - rate (messages per second) and concurrency are configurable (SEND_RATE_PER_SECOND, SEND_CONCURRENCY);
//  - 429: the SDK's own HTTP retries are switched off, so every attempt is paced here; a 429
//    pauses all sending for Retry-After (or exponential backoff) and the message is retried;
//  - 403/404 (app removed, bot blocked, conversation gone): unreachable, never retried, the
//    conversation record is marked so admins see it;
//  - anything else: bounded retries with exponential backoff, then failed;
//  - two lanes: messages for people waiting on an answer (card updates, notices) go before the
//    bulk of a reminder run, so a «Støtt» press never queues behind two thousand nudges;
//  - updates of one message are coalesced (LatestOnly): the newest content wins.
// Errors thrown inside continueConversationAsync go to adapter.onTurnError and are swallowed
// there, so the send is wrapped to capture the error and judge it here.
import type { Activity, ConversationParameters, ConversationReference } from 'botbuilder';
import type { Logger } from '../../logger';
import type { ConversationRepository } from '../../storage/repositories/conversationRepository';
import { LatestOnly } from './latestOnly';

export { adapterDeliver } from './adapterDeliver';

export interface SenderSettings {
  ratePerSecond: number;
  concurrency: number;
  maxAttempts: number;
  /** First backoff in ms (doubles per attempt, with jitter); used when no Retry-After. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Updates of one message start at least this far apart (the newest content waits and wins). */
  updateIntervalMs: number;
}

export const DEFAULT_SENDER_SETTINGS: SenderSettings = { ratePerSecond: 30, concurrency: 4, maxAttempts: 5, baseBackoffMs: 1000, maxBackoffMs: 60_000, updateIntervalMs: 1000 };

export interface SendTarget {
  reference: Partial<ConversationReference>;
  /** conversations container id, marked unreachable on 403/404. */
  conversationRecordId?: string;
}

/** What Teams answered for a delivered message: its id, and for a new chat its reference. */
export interface Delivered {
  activityId?: string;
  reference?: Partial<ConversationReference>;
}

export type SendOutcome =
  | ({ status: 'sent'; attempts: number } & Delivered)
  | { status: 'unreachable'; attempts: number; error: string }
  | { status: 'failed'; attempts: number; error: string };

/** One call to Teams. */
export type Delivery =
  | { kind: 'send'; activity: Partial<Activity> }
  | { kind: 'update'; activityId: string; activity: Partial<Activity> }
  /** Opens a chat (Teams returns the existing 1:1 chat if there is one) and sends the activity. */
  | { kind: 'createConversation'; parameters: ConversationParameters; activity: Partial<Activity> };

/** How a delivery is actually made; the default uses the adapter. Tests may wrap it. */
export type Deliver = (target: SendTarget, delivery: Delivery) => Promise<Delivered | void>;

/** `bulk` (the reminder run) waits while `interactive` messages (the default) are queued. */
export type Lane = 'interactive' | 'bulk';

interface HttpishError {
  statusCode?: number;
  message?: string;
  response?: { headers?: { get?(name: string): string | undefined | null } };
}

/** Retry-After in ms (seconds or an HTTP date), or undefined. */
export function retryAfterMs(err: unknown, now = Date.now()): number | undefined {
  const value = (err as HttpishError)?.response?.headers?.get?.('retry-after');
  if (value === undefined || value === null || value === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const statusOf = (err: unknown): number | undefined => {
  const s = (err as HttpishError)?.statusCode;
  return typeof s === 'number' ? s : undefined;
};

/** A 429 cuts the rate to this share of what it was, but never below MIN_RATE_SHARE of the setting. */
const RATE_CUT = 0.8;
const MIN_RATE_SHARE = 0.25;
const MAX_CONCURRENCY = 64;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class ThrottledSender {
  private readonly settings: SenderSettings;
  private active = 0;
  private readonly waiting: Record<Lane, Array<() => void>> = { interactive: [], bulk: [] };
  private readonly updates: LatestOnly<{ target: SendTarget; activityId: string; activity: Partial<Activity> }, SendOutcome>;
  private nextSlotAt = 0;
  private pausedUntil = 0;
  /** Messages per second now: lowered by each 429, raised back towards the setting by successes. */
  private rate: number;
  /** How long a call to Teams takes (moving average, ms): concurrency follows rate × latency. */
  private latencyMs: number | undefined;
  /** 429s seen (for logs, the bench and tests). */
  throttled = 0;

  constructor(
    private readonly deliver: Deliver,
    settings: Partial<SenderSettings>,
    private readonly logger: Logger,
    private readonly conversations?: ConversationRepository,
  ) {
    this.settings = { ...DEFAULT_SENDER_SETTINGS, ...settings };
    if (!(this.settings.ratePerSecond > 0) || !(this.settings.concurrency >= 1)) throw new RangeError('rate and concurrency must be positive');
    this.rate = this.settings.ratePerSecond;
    this.updates = new LatestOnly((u) => this.deliverOne(u.target, { kind: 'update', activityId: u.activityId, activity: u.activity }, 'interactive'), this.settings.updateIntervalMs);
  }

  /** Sends one message; never throws for delivery problems (the outcome says what happened). */
  send(target: SendTarget, activity: Partial<Activity>, lane: Lane = 'interactive'): Promise<SendOutcome> {
    return this.deliverOne(target, { kind: 'send', activity }, lane);
  }

  /** Replaces an earlier message; quick successive updates of one message are coalesced. */
  update(target: SendTarget, activityId: string, activity: Partial<Activity>): Promise<SendOutcome> {
    const key = `${target.reference.conversation?.id ?? ''}|${activityId}`;
    return this.updates.submit(key, { target, activityId, activity });
  }

  /** Opens a personal chat (target: the service URL) and sends the first message in it. */
  createConversation(target: SendTarget, parameters: ConversationParameters, activity: Partial<Activity>): Promise<SendOutcome> {
    return this.deliverOne(target, { kind: 'createConversation', parameters, activity }, 'interactive');
  }

  private async deliverOne(target: SendTarget, delivery: Delivery, lane: Lane): Promise<SendOutcome> {
    await this.acquire(lane);
    try {
      let attempts = 0;
      let lastError = '';
      while (attempts < this.settings.maxAttempts) {
        await this.waitForSlot();
        attempts++;
        const started = Date.now();
        try {
          const delivered = await this.deliver(target, delivery);
          this.delivered(Date.now() - started);
          return { status: 'sent', attempts, ...(delivered ?? {}) };
        } catch (err) {
          const status = statusOf(err);
          lastError = `${status ?? 'error'}: ${(err as Error)?.message ?? String(err)}`.slice(0, 300);
          if (status === 403 || status === 404) {
            if (target.conversationRecordId && this.conversations) await this.conversations.markUnreachable(target.conversationRecordId);
            this.logger.warn({ status, conversationRecordId: target.conversationRecordId }, 'recipient unreachable');
            return { status: 'unreachable', attempts, error: lastError };
          }
          const retryable = status === undefined || status === 429 || status === 408 || status >= 500;
          if (!retryable || attempts >= this.settings.maxAttempts) break;
          const backoff = Math.min(this.settings.maxBackoffMs, this.settings.baseBackoffMs * 2 ** (attempts - 1)) * (0.5 + Math.random() / 2);
          const wait = status === 429 ? (retryAfterMs(err) ?? backoff) : backoff;
          if (status === 429) {
            this.throttled++;
            // The limit is per app: everyone waits, not just this message, and goes on slower.
            this.pausedUntil = Math.max(this.pausedUntil, Date.now() + wait);
            this.rate = Math.max(this.settings.ratePerSecond * MIN_RATE_SHARE, this.rate * RATE_CUT);
          }
          this.logger.warn({ status, attempts, waitMs: Math.round(wait) }, 'proactive send failed, will retry');
          await sleep(wait);
        }
      }
      this.logger.error({ attempts, error: lastError }, 'proactive send failed for good');
      return { status: 'failed', attempts, error: lastError };
    } finally {
      this.release();
    }
  }

  /** Messages per second the sender aims at now (below the setting after a 429). */
  get currentRate(): number {
    return this.rate;
  }

  /**
   * Enough calls in flight to keep the rate when each call takes a while (rate × latency, with
   * room for jitter), never fewer than the setting and never an unbounded number.
   */
  get concurrency(): number {
    const needed = Math.ceil((this.rate * (this.latencyMs ?? 0) * 1.5) / 1000);
    return Math.min(MAX_CONCURRENCY, Math.max(this.settings.concurrency, needed));
  }

  private delivered(latencyMs: number): void {
    this.latencyMs = this.latencyMs === undefined ? latencyMs : this.latencyMs + (latencyMs - this.latencyMs) * 0.1;
    // Back up towards the setting by about a fifth of it per second of sending.
    if (this.rate < this.settings.ratePerSecond) this.rate = Math.min(this.settings.ratePerSecond, this.rate + this.settings.ratePerSecond / (5 * this.rate));
  }

  private async acquire(lane: Lane): Promise<void> {
    if (this.active < this.concurrency) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting[lane].push(resolve));
  }

  private release(): void {
    this.active--;
    // The limit may have grown (longer calls) or shrunk (after a 429) since the last release.
    while (this.active < this.concurrency) {
      const next = this.waiting.interactive.shift() ?? this.waiting.bulk.shift();
      if (!next) break;
      this.active++;
      next();
    }
  }

  /** Spaces starts 1/rate apart and honours a global pause after a 429. */
  private async waitForSlot(): Promise<void> {
    const interval = 1000 / this.rate;
    const now = Date.now();
    const at = Math.max(now, this.nextSlotAt, this.pausedUntil);
    this.nextSlotAt = at + interval;
    if (at > now) await sleep(at - now);
  }
}
