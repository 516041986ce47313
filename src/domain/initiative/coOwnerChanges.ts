// Who an edit made co-owner and who it took off, so they can be told. Worked out from what the
// form showed, what the leader chose and what is stored after the save: the same answer for a
// retried «Lagre» (the form and the saved edit do not change), so the notices' keys match and the
// exactly-once ledger lets each notice out once.
import { dailyAllowance, type DailyAllowance } from '../allowance/dailyAllowance';

export interface CoOwnerChanges {
  added: string[];
  removed: string[];
}

/**
 * `shown`: the co-owners on the form when it opened; `chosen`: the form's answer; `stored`: the
 * co-owners after the save. Someone added is told only while still a co-owner, someone removed
 * only while not one again (another save in between may have undone it). The editor is never told
 * of their own change (a co-owner who takes themselves off knows).
 */
export function coOwnerChanges(shown: readonly string[], chosen: readonly string[], stored: readonly string[], editorId: string): CoOwnerChanges {
  const has = (list: readonly string[], id: string) => list.some((x) => x.toLowerCase() === id.toLowerCase());
  const notEditor = (id: string) => id.toLowerCase() !== editorId.toLowerCase();
  return {
    added: chosen.filter((id) => !has(shown, id) && has(stored, id) && notEditor(id)),
    removed: shown.filter((id) => !has(chosen, id) && !has(stored, id) && notEditor(id)),
  };
}

export const CO_OWNER_NOTICE_KIND = 'co_owner_notice';

/**
 * Adding and removing someone again and again would tell them every time: one editor tells one
 * person about one initiative at most CO_OWNER_NOTICES_PER_EDITOR_PER_DAY times a day.
 */
export const CO_OWNER_NOTICES_PER_EDITOR_PER_DAY = 3;

/** The ledger slots of one editor's notices to one person about one initiative on one Oslo day. */
export function coOwnerNoticeAllowance(notice: { initiativeId: string; personId: string; editorId: string }, now: Date): DailyAllowance {
  const scope = `${CO_OWNER_NOTICE_KIND}:${notice.initiativeId}:${notice.personId.toLowerCase()}:${notice.editorId.toLowerCase()}`;
  return dailyAllowance(scope, CO_OWNER_NOTICES_PER_EDITOR_PER_DAY, now);
}

/** What a notice holds its slot under: the saved edit and the kind of change (the same for a retry). */
export const coOwnerNoticeHolder = (editId: string, change: keyof CoOwnerChanges): string => `${editId}:${change}`;
