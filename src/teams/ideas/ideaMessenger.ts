// Messages about ideas the bot sends outside the turn that answers the user: the idea card in
// the channel (posted and updated by activity id) and personal messages to the submitter and the
// leader. Personal chats use the saved conversation reference, or a 1:1 chat the bot creates.
// All of it goes through the shared throttled sender, which also coalesces card updates.
import type { SendOutcome, ThrottledSender } from '../proactive/throttledSender';
import type { ConversationReference, Activity } from 'botbuilder';
import type { NotifyTarget } from '../../domain/idea/idea';
import type { Logger } from '../../logger';
import type { ConversationRepository } from '../../storage/repositories/conversationRepository';
import { cardAttachment, type CardAttachment, type CardJson } from '../cards/template';

export interface IdeaMessenger {
  /** Posts a new message (the idea card) in the conversation; returns its activity id. */
  post(reference: Record<string, unknown>, card: CardJson): Promise<string | undefined>;
  /** Replaces the card of an earlier message. */
  update(reference: Record<string, unknown>, activityId: string, card: CardJson): Promise<void>;
  /** Sends a personal message; false when it could not be delivered. */
  sendPersonal(target: NotifyTarget, activity: Partial<Activity>): Promise<boolean>;
}

/**
 * The reference to post a new top-level message in the channel of `activity`: the thread part of
 * the conversation id is dropped, and no user is kept (channel posts have no recipient, and an
 * anonymous submitter's name must not travel with the card).
 */
export function channelPostReference(activity: Activity): Record<string, unknown> {
  const channelData = (activity.channelData ?? {}) as { channel?: { id?: string }; tenant?: { id?: string } };
  const rootId = channelData.channel?.id ?? activity.conversation.id.split(';')[0]!;
  return {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    bot: activity.recipient,
    conversation: {
      id: rootId,
      conversationType: activity.conversation.conversationType,
      isGroup: activity.conversation.isGroup,
      tenantId: activity.conversation.tenantId ?? channelData.tenant?.id,
    },
  };
}

/** The error a failed delivery of a channel message becomes (callers log it). */
function delivered(outcome: SendOutcome, what: string): SendOutcome & { status: 'sent' } {
  if (outcome.status !== 'sent') throw new Error(`${what} not delivered (${outcome.status}): ${outcome.error}`);
  return outcome;
}

export class ProactiveIdeaMessenger implements IdeaMessenger {
  constructor(
    /** The shared throttled sender (rate limits, 429 retries, unreachable on 403/404). */
    private readonly sender: ThrottledSender,
    private readonly appId: string,
    private readonly conversations: ConversationRepository,
    private readonly logger: Logger,
  ) {}

  async post(reference: Record<string, unknown>, card: CardJson): Promise<string | undefined> {
    const outcome = await this.sender.send({ reference: reference as Partial<ConversationReference> }, { attachments: [cardAttachment(card)] });
    return delivered(outcome, 'channel post').activityId;
  }

  async update(reference: Record<string, unknown>, activityId: string, card: CardJson): Promise<void> {
    const outcome = await this.sender.update({ reference: reference as Partial<ConversationReference> }, activityId, { type: 'message', attachments: [cardAttachment(card) as CardAttachment] });
    delivered(outcome, 'card update');
  }

  async sendPersonal(target: NotifyTarget, activity: Partial<Activity>): Promise<boolean> {
    try {
      const saved = target.aadObjectId ? await this.conversations.findByUser(target.aadObjectId) : undefined;
      if (saved?.value.installed && !saved.value.unreachableAt) {
        const outcome = await this.sender.send({ reference: saved.value.reference as Partial<ConversationReference>, conversationRecordId: saved.value.id }, activity);
        return outcome.status === 'sent';
      }
      // No personal chat saved: open one (Teams returns the existing 1:1 chat if there is one).
      const outcome = await this.sender.createConversation(
        { reference: { channelId: 'msteams', serviceUrl: target.serviceUrl } },
        { isGroup: false, bot: { id: this.appId, name: '' }, members: [{ id: target.userId, name: '' }], tenantId: target.tenantId, channelData: { tenant: { id: target.tenantId } } } as never,
        activity,
      );
      const { reference } = delivered(outcome, 'personal message');
      if (target.aadObjectId && reference?.conversation) {
        await this.conversations.remember({
          scope: 'personal',
          conversationId: reference.conversation.id,
          aadObjectId: target.aadObjectId,
          tenantId: target.tenantId,
          reference: reference as unknown as Record<string, unknown>,
        });
      }
      return true;
    } catch (err) {
      this.logger.warn({ err }, 'could not send a personal message about an idea');
      return false;
    }
  }
}
