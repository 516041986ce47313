// Messages the bot starts itself (not answers): here the help request to the sector head.
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Initiative, ProgressReport } from '../domain/initiative/initiative';
import type { Logger } from '../logger';
import type { ConversationRepository } from '../storage/repositories/conversationRepository';
import type { ProfileRepository } from '../storage/repositories/profileRepository';
import { helpRequestCard } from './cards/initiativeCards';
import type { Notifier } from './dialogs/services';

export class ProactiveNotifier implements Notifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly conversations: ConversationRepository,
    private readonly profiles: ProfileRepository,
    private readonly logger: Logger,
  ) {}

  async helpRequested(initiative: Initiative, report: ProgressReport): Promise<boolean> {
    // Until the roster (issue 5) names sector heads, those who set the role in their profile are used.
    const heads = await this.profiles.sectorHeads(initiative.sector);
    let sent = 0;
    for (const head of heads) {
      const conversation = await this.conversations.findByUser(head.id);
      if (!conversation?.value.installed) continue;
      try {
        await this.adapter.continueConversationAsync(this.appId, conversation.value.reference as Partial<ConversationReference>, async (context) => {
          await context.sendActivity({ attachments: [helpRequestCard(head.language ?? 'nb', initiative, report)] });
        });
        sent++;
      } catch (err) {
        this.logger.warn({ err, initiativeId: initiative.id }, 'could not send help request to sector head');
      }
    }
    return sent > 0;
  }
}
