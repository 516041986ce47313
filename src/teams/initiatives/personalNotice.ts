// One notice to one person in their personal chat, exactly once: claimed in the ledger under the
// caller's key before it goes through the one throttled sender, so a retried «Lagre», or the same
// save handled by two instances, sends it once. Someone the bot cannot reach (no saved personal
// chat, or marked unreachable) is skipped before anything is claimed.
import type { ConversationReference } from 'botbuilder';
import type { Locale } from '../../i18n';
import type { CardAttachment } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';

export type PersonalNoticeDeps = Pick<TeamsDeps, 'sender' | 'conversations' | 'profiles' | 'outbox' | 'config' | 'logger'>;

export interface PersonalNotice {
  personId: string;
  personName: string;
  /** Ledger key and local date: the same for a retry of the same notice. */
  key: string;
  kind: string;
  period: string;
  runId: string;
  message: (locale: Locale) => { summary: string; card: CardAttachment };
}

/** 'unreachable': no chat to send to; 'alreadyOut': claimed before (by a retry or another instance). */
export type PersonalNoticeOutcome = 'sent' | 'unreachable' | 'alreadyOut' | 'notDelivered';

export async function sendPersonalNotice(deps: PersonalNoticeDeps, notice: PersonalNotice): Promise<PersonalNoticeOutcome> {
  const conversation = await deps.conversations.findByUser(notice.personId);
  if (!conversation?.value.installed || conversation.value.unreachableAt) return 'unreachable';
  // Claimed before sending: a conflict means this notice is already out (or going out).
  const claimed = await deps.outbox.claim({ key: notice.key, kind: notice.kind, period: notice.period, recipientKey: notice.personId.toLowerCase(), recipientName: notice.personName, runId: notice.runId });
  if (!claimed) return 'alreadyOut';
  const locale: Locale = (await deps.profiles.get(notice.personId))?.value.language ?? deps.config.defaultLocale;
  const { summary, card } = notice.message(locale);
  const outcome = await deps.sender.send(
    { reference: conversation.value.reference as Partial<ConversationReference>, conversationRecordId: conversation.value.id },
    { type: 'message', summary, attachments: [card] },
  );
  await deps.outbox.finish(notice.key, { status: outcome.status, attempts: outcome.attempts, error: outcome.status === 'sent' ? undefined : outcome.error });
  return outcome.status === 'sent' ? 'sent' : 'notDelivered';
}
