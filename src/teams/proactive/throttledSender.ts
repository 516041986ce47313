// The one way the bot starts conversations: every proactive message goes through here, so the
// app as a whole stays well below Teams' limits (about 50 requests per second per app per
// tenant, a few per second per conversation).
//  - rate (messages per second) and concurrency are configurable (SEND_RATE_PER_SECOND, SEND_CONCURRENCY);
//  - 429: the botbuilder pipeline already honours Retry-After a few times; if it still fails,
//    all sending pauses for Retry-After (or exponential backoff) and the message is retried;
//  - 403/404 (app removed, bot blocked, conversation gone): unreachable, never retried, the
//    conversation record is marked so admins see it;
//  - anything else: bounded retries with exponential backoff, then failed.
// Errors thrown inside continueConversationAsync go to adapter.onTurnError and are swallowed
// there, so the send is wrapped to capture the error and judge it here.
import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from '../../logger';
import type { ConversationRepository } from '../../storage/repositories/conversationRepository';

export interface SenderSettings {
  ratePerSecond: number;
  concurrency: number;
  maxAttempts: number;
  /** First backoff in ms (doubles per attempt, with jitter); used when no Retry-After. */
  baseBackoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_SENDER_SETTINGS: SenderSettings = { ratePerSecond: 10, concurrency: 4, maxAttempts: 5, baseBackoffMs: 1000, maxBackoffMs: 60_000 };

export interface SendTarget {
  reference: Partial<ConversationReference>;
  /** conversations container id, marked unreachable on 403/404. */
  conversationRecordId?: string;
}

export type SendOutcome =
  | { status: 'sent'; attempts: number }
  | { status: 'unreachable'; attempts: number; error: string }
  | { status: 'failed'; attempts: number; error: string };

/** How a message is actually delivered; the default uses the adapter. Tests may wrap it. */
export type Deliver = (target: SendTarget, activity: Partial<Activity>) => Promise<void>;

export function adapterDeliver(adapter: CloudAdapter, appId: string): Deliver {
  return async (target, activity) => {
    let failure: unknown;
    await adapter.continueConversationAsync(appId, target.reference, async (context) => {
      try {
        await context.sendActivity(activity);
      } catch (err) {
        failure = err;
      }
    });
    if (failure) throw failure;
  };
}

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

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class ThrottledSender {
  private readonly settings: SenderSettings;
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private nextSlotAt = 0;
  private pausedUntil = 0;
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
  }

  /** Sends one message; never throws for delivery problems (the outcome says what happened). */
  async send(target: SendTarget, activity: Partial<Activity>): Promise<SendOutcome> {
    await this.acquire();
    try {
      let attempts = 0;
      let lastError = '';
      while (attempts < this.settings.maxAttempts) {
        await this.waitForSlot();
        attempts++;
        try {
          await this.deliver(target, activity);
          return { status: 'sent', attempts };
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
            // The limit is per app: everyone waits, not just this message.
            this.pausedUntil = Math.max(this.pausedUntil, Date.now() + wait);
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

  private async acquire(): Promise<void> {
    if (this.active < this.settings.concurrency) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }

  /** Spaces starts 1/rate apart and honours a global pause after a 429. */
  private async waitForSlot(): Promise<void> {
    const interval = 1000 / this.settings.ratePerSecond;
    const now = Date.now();
    const at = Math.max(now, this.nextSlotAt, this.pausedUntil);
    this.nextSlotAt = at + interval;
    if (at > now) await sleep(at - now);
  }
}
