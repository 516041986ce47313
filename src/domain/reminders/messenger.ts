// The reminder job's one way out. It hands over plain data (who, in which language, what) and
// gets an outcome back; how the message reaches the person (a Teams card, throttling, retries)
// is the messenger's business, so the job runs the same against Teams, a test double or a
// future channel.
import type { Language } from '../profile/profile';
import type { MessageContent } from './plan';

export interface ReminderRecipient {
  aadObjectId: string;
  language: Language;
  /** The saved personal chat: its record id and the reference, opaque to the job. */
  conversation: { recordId: string; reference: Record<string, unknown> };
}

export interface ReminderMessage {
  /** Deterministic outbox key (also carried on the card's buttons). */
  key: string;
  content: MessageContent;
  /** The job's clock: the card's dates are relative to it. */
  at: Date;
}

export type DeliveryOutcome =
  | { status: 'sent'; attempts: number }
  | { status: 'unreachable'; attempts: number; error: string }
  | { status: 'failed'; attempts: number; error: string };

export interface ReminderMessenger {
  /** Delivers one message; never throws for delivery problems (the outcome says what happened). */
  send(recipient: ReminderRecipient, message: ReminderMessage): Promise<DeliveryOutcome>;
}
