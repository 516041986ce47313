// The reminder job's messenger in Teams: turns plain reminder content into the nudge or digest
// card, in the recipient's language, and hands it to the shared throttled sender.
import type { ConversationReference } from 'botbuilder';
import type { DeliveryOutcome, ReminderMessage, ReminderMessenger, ReminderRecipient } from '../../domain/reminders/messenger';
import { messageCard, messageSummary } from './reminderCards';
import type { ThrottledSender } from './throttledSender';

export class TeamsReminderMessenger implements ReminderMessenger {
  constructor(private readonly sender: ThrottledSender) {}

  async send(recipient: ReminderRecipient, message: ReminderMessage): Promise<DeliveryOutcome> {
    const locale = recipient.language;
    const outcome = await this.sender.send(
      { reference: recipient.conversation.reference as Partial<ConversationReference>, conversationRecordId: recipient.conversation.recordId },
      { type: 'message', summary: messageSummary(locale, message.content), attachments: [messageCard(locale, message.content, message.key, message.at)] },
      'bulk',
    );
    return outcome.status === 'sent' ? { status: 'sent', attempts: outcome.attempts } : { status: outcome.status, attempts: outcome.attempts, error: outcome.error };
  }
}
