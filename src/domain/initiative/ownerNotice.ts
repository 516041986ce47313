// When someone other than the owner (a co-owner, or an admin) saves a change to an initiative, the
// owner is told once which fields changed. Read from the saved edit in the history, so a retried
// «Lagre» finds the same edit, the same fields and the same ledger key.
import { localDateOf } from '../calendar/localDate';
import type { Initiative } from './initiative';

export const OWNER_NOTICE_KIND = 'owner_notice';

/** The fields the saved edit changed, or undefined when the owner need not hear of it. */
export function ownerNoticeFields(initiative: Pick<Initiative, 'ownerId' | 'changes'>, editId: string, editorId: string): string[] | undefined {
  // The owner knows what they changed themselves.
  if (initiative.ownerId.toLowerCase() === editorId.toLowerCase()) return undefined;
  const saved = initiative.changes?.find((c) => c.kind === 'edited' && c.editId === editId);
  if (saved?.kind !== 'edited' || saved.fields.length === 0) return undefined;
  return saved.fields;
}

/** One notice per (initiative, owner, saved edit), dated for the ledger. */
export function ownerNoticeKey(notice: { initiativeId: string; ownerId: string; editId: string }, now: Date, timeZone: string): { key: string; period: string } {
  return {
    key: `${OWNER_NOTICE_KIND}:${notice.initiativeId}:${notice.ownerId.toLowerCase()}:${notice.editId}`,
    period: localDateOf(now, timeZone),
  };
}
