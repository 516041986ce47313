// Tells leaders that an edit made them co-owner of an initiative (or took them off), in their
// personal chat (cards/coOwnerNotice.json). Each notice is claimed in the exactly-once ledger under
// a key per (initiative, person, saved edit, added/removed) before it goes through the one
// throttled sender (personalNotice.ts): a retried «Lagre», or the same save handled by two
// instances, tells nobody twice, and one editor adding and removing someone again and again tells
// them at most CO_OWNER_NOTICES_PER_EDITOR_PER_DAY times a day (past that, quietly nothing).
// Someone the bot cannot reach (no saved personal chat) is skipped; the editor hears who.
import { coOwnerNoticeAllowance, coOwnerNoticeHolder, CO_OWNER_NOTICE_KIND, type CoOwnerChanges } from '../../domain/initiative/coOwnerChanges';
import type { Initiative } from '../../domain/initiative/initiative';
import { t, type Locale } from '../../i18n';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { sendPersonalNotice } from './personalNotice';

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
    const outcome = await sendPersonalNotice(deps, {
      personId: id,
      personName: name,
      allowance: coOwnerNoticeAllowance({ initiativeId: notice.initiative.id, personId: id, editorId: notice.by.id }, deps.now()),
      holder: coOwnerNoticeHolder(notice.editId, change),
      kind: CO_OWNER_NOTICE_KIND,
      runId: `edit@${notice.by.id}`,
      message: (locale) => ({ summary: coOwnerNoticeData(locale, change, notice).text, card: coOwnerNoticeCard(locale, change, notice) }),
    });
    if (outcome === 'notDelivered') deps.logger.warn({ initiativeId: notice.initiative.id, status: outcome }, 'co-owner notice not delivered');
    if ((outcome === 'unreachable' || outcome === 'notDelivered') && change === 'added') notReached.push(name);
  }
  return notReached;
}
