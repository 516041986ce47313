// Tells leaders that an edit made them co-owner of an initiative (or took them off), in their
// personal chat (cards/coOwnerNotice.json). Each notice is claimed in the exactly-once ledger under
// a key per (initiative, person, saved edit, added/removed) before it goes through the one
// throttled sender: a retried «Lagre», or the same save handled by two instances, tells nobody
// twice. Someone the bot cannot reach (no saved personal chat) is skipped; the editor hears who.
import type { ConversationReference } from 'botbuilder';
import { coOwnerNoticeKey, CO_OWNER_NOTICE_KIND, type CoOwnerChanges } from '../../domain/initiative/coOwnerChanges';
import type { Initiative } from '../../domain/initiative/initiative';
import { t, type Locale } from '../../i18n';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';

type Deps = Pick<TeamsDeps, 'sender' | 'conversations' | 'profiles' | 'outbox' | 'config' | 'logger' | 'now'>;

export interface CoOwnerNotice {
  initiative: Pick<Initiative, 'id' | 'title'>;
  /** Who saved the edit (named in the notice). */
  by: { id: string; name: string };
  editId: string;
  changes: CoOwnerChanges;
  /** Object id -> name (the roster), for telling the editor who was not reached. */
  names: ReadonlyMap<string, string>;
}

export function coOwnerNoticeData(locale: Locale, change: keyof CoOwnerChanges, notice: Pick<CoOwnerNotice, 'initiative' | 'by'>) {
  return {
    text: t(locale, change === 'added' ? 'coOwnerNotice.added' : 'coOwnerNotice.removed', { name: notice.by.name, title: notice.initiative.title }),
    initiativeId: notice.initiative.id,
    // Only a co-owner may open the details; someone taken off gets the line alone.
    showDetails: change === 'added',
  };
}

export function coOwnerNoticeCard(locale: Locale, change: keyof CoOwnerChanges, notice: Pick<CoOwnerNotice, 'initiative' | 'by'>): CardAttachment {
  return cardAttachment(expandCard('coOwnerNotice', locale, coOwnerNoticeData(locale, change, notice)));
}

/** Sends the notices; returns the names of added co-owners the bot could not reach. */
export async function tellCoOwners(deps: Deps, notice: CoOwnerNotice): Promise<string[]> {
  const notReached: string[] = [];
  const people = [...notice.changes.added.map((id) => ({ id, change: 'added' as const })), ...notice.changes.removed.map((id) => ({ id, change: 'removed' as const }))];
  for (const { id, change } of people) {
    const name = notice.names.get(id) ?? id;
    const conversation = await deps.conversations.findByUser(id);
    if (!conversation?.value.installed || conversation.value.unreachableAt) {
      if (change === 'added') notReached.push(name);
      continue;
    }
    const { key, period } = coOwnerNoticeKey({ initiativeId: notice.initiative.id, personId: id, editId: notice.editId, change }, deps.now(), deps.config.reminders.policy.timeZone);
    // Claimed before sending: a conflict means this notice is already out (or going out).
    if (!(await deps.outbox.claim({ key, kind: CO_OWNER_NOTICE_KIND, period, recipientKey: id.toLowerCase(), recipientName: name, runId: `edit@${notice.by.id}` }))) continue;
    const locale: Locale = (await deps.profiles.get(id))?.value.language ?? deps.config.defaultLocale;
    const outcome = await deps.sender.send(
      { reference: conversation.value.reference as Partial<ConversationReference>, conversationRecordId: conversation.value.id },
      { type: 'message', summary: coOwnerNoticeData(locale, change, notice).text, attachments: [coOwnerNoticeCard(locale, change, notice)] },
    );
    await deps.outbox.finish(key, { status: outcome.status, attempts: outcome.attempts, error: outcome.status === 'sent' ? undefined : outcome.error });
    if (outcome.status === 'sent') continue;
    deps.logger.warn({ initiativeId: notice.initiative.id, status: outcome.status }, 'co-owner notice not delivered');
    if (change === 'added') notReached.push(name);
  }
  return notReached;
}
