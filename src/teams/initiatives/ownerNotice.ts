// Tells the owner that a co-owner (or an admin) changed their initiative, naming the editor and
// the changed fields, in the owner's personal chat (cards/coOwnerNotice.json, with «Detaljer»).
// Claimed in the exactly-once ledger per (initiative, owner, saved edit) before sending
// (personalNotice.ts): a retried «Lagre» or a second instance tells the owner once. An owner the
// bot cannot reach is skipped quietly; the editor's save stands either way.
import { OWNER_NOTICE_KIND, ownerNoticeFields, ownerNoticeKey } from '../../domain/initiative/ownerNotice';
import type { Initiative } from '../../domain/initiative/initiative';
import { t, type Locale } from '../../i18n';
import { cardAttachment, expandCard } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { changedFieldsText } from './initiativeDetailCard';
import { sendPersonalNotice } from './personalNotice';

type Deps = Pick<TeamsDeps, 'sender' | 'conversations' | 'profiles' | 'outbox' | 'config' | 'logger' | 'now'>;

export function ownerNoticeData(locale: Locale, notice: { initiative: Pick<Initiative, 'id' | 'title'>; by: { name: string }; fields: readonly string[] }) {
  return {
    text: t(locale, 'ownerNotice.edited', { name: notice.by.name, title: notice.initiative.title, fields: changedFieldsText(locale, notice.fields) }),
    initiativeId: notice.initiative.id,
    showDetails: true,
  };
}

/** `initiative`: as stored after the save, whose history holds the edit `editId`. */
export async function tellOwner(deps: Deps, initiative: Initiative, by: { id: string; name: string }, editId: string): Promise<void> {
  const fields = ownerNoticeFields(initiative, editId, by.id);
  if (!fields) return;
  const { key, period } = ownerNoticeKey({ initiativeId: initiative.id, ownerId: initiative.ownerId, editId }, deps.now(), deps.config.reminders.policy.timeZone);
  const notice = { initiative, by, fields };
  const outcome = await sendPersonalNotice(deps, {
    personId: initiative.ownerId,
    personName: initiative.ownerName,
    key,
    kind: OWNER_NOTICE_KIND,
    period,
    runId: `edit@${by.id}`,
    message: (locale) => {
      const data = ownerNoticeData(locale, notice);
      return { summary: data.text, card: cardAttachment(expandCard('coOwnerNotice', locale, data)) };
    },
  });
  if (outcome === 'unreachable' || outcome === 'notDelivered') deps.logger.info({ initiativeId: initiative.id, outcome }, 'owner not told of a co-owner edit');
}
