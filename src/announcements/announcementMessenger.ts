// The one thing the announcement fan-out needs from Teams: deliver one announcement to one
// person's personal chat and say how it went. The Teams side implements it with the throttled
// sender (look up the personal conversation reference by Entra id, render the announcement
// card, ThrottledSender.send) and maps its SendOutcome one to one onto DeliveryOutcome.
import type { AnnouncementContent } from '../domain/announcements/announcement';

export interface AnnouncementRecipientRef {
  key: string;
  name: string;
  aadObjectId: string;
}

export type DeliveryOutcome =
  | { status: 'sent'; attempts: number }
  | { status: 'unreachable'; attempts: number; error: string }
  | { status: 'failed'; attempts: number; error: string };

export interface AnnouncementMessage extends AnnouncementContent {
  announcementId: string;
  /** The outbox key; the card may carry it so a retried delivery is recognisable. */
  deliveryKey: string;
}

export interface AnnouncementMessenger {
  send(recipient: AnnouncementRecipientRef, message: AnnouncementMessage): Promise<DeliveryOutcome>;
}
