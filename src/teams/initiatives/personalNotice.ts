// One notice to one person in their personal chat, exactly once and within a daily allowance: it
// takes a slot of the caller's allowance in the ledger (domain/allowance) before it goes through
// the one throttled sender, so a retried «Lagre», or the same save handled by two instances, sends
// it once, and a sender pressing again and again sends no more than the allowance. Someone the bot
// cannot reach (no saved personal chat, or marked unreachable) is skipped before anything is claimed.
import type { ConversationReference } from 'botbuilder';
import type { DailyAllowance } from '../../domain/allowance/dailyAllowance';
import type { Locale } from '../../i18n';
import type { CardAttachment } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';

export type PersonalNoticeDeps = Pick<TeamsDeps, 'sender' | 'conversations' | 'profiles' | 'outbox' | 'config' | 'logger'>;

export interface PersonalNotice {
  personId: string;
  personName: string;
  /** The ledger slots this notice may take (one sender, one recipient, one subject, one day). */
  allowance: DailyAllowance;
  /** What the notice takes its slot under: the same for a retry of the same notice. */
  holder: string;
  kind: string;
  runId: string;
  message: (locale: Locale) => { summary: string; card: CardAttachment };
}

/**
 * 'unreachable': no chat to send to; 'alreadyOut': claimed before (by a retry or another
 * instance); 'limited': the sender's allowance for the day is used up.
 */
export type PersonalNoticeOutcome = 'sent' | 'unreachable' | 'alreadyOut' | 'limited' | 'notDelivered';

export async function sendPersonalNotice(deps: PersonalNoticeDeps, notice: PersonalNotice): Promise<PersonalNoticeOutcome> {
  const conversation = await deps.conversations.findByUser(notice.personId);
  if (!conversation?.value.installed || conversation.value.unreachableAt) return 'unreachable';
  // Claimed before sending: a slot holding this notice means it is already out (or going out).
  const slot = await deps.outbox.claimSlot(notice.allowance.keys, notice.holder, {
    kind: notice.kind,
    period: notice.allowance.period,
    recipientKey: notice.personId.toLowerCase(),
    recipientName: notice.personName,
    runId: notice.runId,
  });
  if (slot.outcome === 'full') return 'limited';
  if (slot.outcome === 'held') return 'alreadyOut';
  const locale: Locale = (await deps.profiles.get(notice.personId))?.value.language ?? deps.config.defaultLocale;
  const { summary, card } = notice.message(locale);
  const outcome = await deps.sender.send(
    { reference: conversation.value.reference as Partial<ConversationReference>, conversationRecordId: conversation.value.id },
    { type: 'message', summary, attachments: [card] },
  );
  await deps.outbox.finish(slot.key, { status: outcome.status, attempts: outcome.attempts, error: outcome.status === 'sent' ? undefined : outcome.error });
  return outcome.status === 'sent' ? 'sent' : 'notDelivered';
}
