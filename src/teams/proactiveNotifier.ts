// Messages the bot starts itself (not answers): here the help request to the sector head. It
// goes through the shared throttled sender, like every proactive message.
import type { ConversationReference } from 'botbuilder';
import type { Initiative, ProgressReport } from '../domain/initiative/initiative';
import type { Logger } from '../logger';
import type { ConversationRepository } from '../storage/repositories/conversationRepository';
import type { ProfileRepository } from '../storage/repositories/profileRepository';
import { helpRequestCard } from './cards/initiativeCards';
import type { Notifier } from './turn/deps';
import type { ThrottledSender } from './proactive/throttledSender';

export class ProactiveNotifier implements Notifier {
  constructor(
    private readonly sender: ThrottledSender,
    private readonly conversations: ConversationRepository,
    private readonly profiles: ProfileRepository,
    private readonly logger: Logger,
  ) {}

  async helpRequested(initiative: Initiative, report: ProgressReport): Promise<boolean> {
    // Sector heads are those who chose the role in their profile for the initiative's sector.
    const heads = await this.profiles.sectorHeads(initiative.sector);
    let sent = 0;
    for (const head of heads) {
      const conversation = await this.conversations.findByUser(head.id);
      if (!conversation?.value.installed || conversation.value.unreachableAt) continue;
      const outcome = await this.sender.send(
        { reference: conversation.value.reference as Partial<ConversationReference>, conversationRecordId: conversation.value.id },
        { attachments: [helpRequestCard(head.language ?? 'nb', initiative, report)] },
      );
      if (outcome.status === 'sent') sent++;
      else this.logger.warn({ initiativeId: initiative.id, status: outcome.status }, 'help request not delivered to sector head');
    }
    return sent > 0;
  }
}
