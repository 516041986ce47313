// The short thank-you to an initiative's owner when another unit reuses it, through the one
// throttled sender like every proactive message. Called only by the turn that recorded the reuse.
import type { ConversationReference } from 'botbuilder';
import type { Initiative } from '../../domain/initiative/initiative';
import type { Logger } from '../../logger';
import type { ConversationRepository } from '../../storage/repositories/conversationRepository';
import type { ProfileRepository } from '../../storage/repositories/profileRepository';
import { t, type Locale } from '../../i18n';
import type { ThrottledSender } from '../proactive/throttledSender';

export class ReuseThanks {
  constructor(
    private readonly sender: ThrottledSender,
    private readonly conversations: ConversationRepository,
    private readonly profiles: ProfileRepository,
    private readonly logger: Logger,
    private readonly fallbackLocale: Locale = 'nb',
  ) {}

  /** Returns whether the owner got it (not installed or unreachable owners are skipped). */
  async thank(original: Initiative, reuse: Initiative): Promise<boolean> {
    const conversation = await this.conversations.findByUser(original.ownerId);
    if (!conversation?.value.installed || conversation.value.unreachableAt) return false;
    const locale = (await this.profiles.get(original.ownerId))?.value.language ?? this.fallbackLocale;
    const text = `${t(locale, 'explore.thanksTitle')}: ${t(locale, 'explore.thanksText', { unit: reuse.unit, title: original.title })}`;
    const outcome = await this.sender.send(
      { reference: conversation.value.reference as Partial<ConversationReference>, conversationRecordId: conversation.value.id },
      { text, textFormat: 'plain' },
    );
    if (outcome.status !== 'sent') this.logger.warn({ initiativeId: original.id, status: outcome.status }, 'reuse thank-you not delivered');
    return outcome.status === 'sent';
  }
}
