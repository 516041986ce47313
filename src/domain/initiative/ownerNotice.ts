// When someone other than the owner (a co-owner, or an admin) saves a change to an initiative or
// reports on it, the owner is told once. Read from what was saved (the edit in the history, the
// stored report), so a retried «Lagre» or «Send» finds the same thing and the same ledger slot.
// A co-owner who saves or reports again and again tells the owner at most
// OWNER_NOTICES_PER_SENDER_PER_DAY times a day about that initiative; the saves stand regardless.
import { dailyAllowance, type DailyAllowance } from '../allowance/dailyAllowance';
import type { Initiative, ProgressReport } from './initiative';

export const OWNER_NOTICE_KIND = 'owner_notice';
export const OWNER_NOTICES_PER_SENDER_PER_DAY = 3;

/** The owner knows what they did themselves. */
function byOwner(initiative: Pick<Initiative, 'ownerId'>, personId: string): boolean {
  return initiative.ownerId.toLowerCase() === personId.toLowerCase();
}

/**
 * Who the owner is told made the change: a co-owner they chose, or the programme team (an admin
 * who is no co-owner, a stranger to the owner by name alone). From the server's roles, never
 * from what the editor says.
 */
export type Editor = 'coOwner' | 'programmeTeam';

export function editorOf(initiative: Pick<Initiative, 'coOwnerIds'>, editorId: string, editorIsAdmin: boolean): Editor {
  const coOwner = (initiative.coOwnerIds ?? []).some((id) => id.toLowerCase() === editorId.toLowerCase());
  return editorIsAdmin && !coOwner ? 'programmeTeam' : 'coOwner';
}

/** The fields the saved edit changed, or undefined when the owner need not hear of it. */
export function ownerNoticeFields(initiative: Pick<Initiative, 'ownerId' | 'changes'>, editId: string, editorId: string): string[] | undefined {
  if (byOwner(initiative, editorId)) return undefined;
  const saved = initiative.changes?.find((c) => c.kind === 'edited' && c.editId === editId);
  if (saved?.kind !== 'edited' || saved.fields.length === 0) return undefined;
  return saved.fields;
}

/** Whether the owner hears of this stored report: when someone else sent it. */
export function ownerHearsOfReport(initiative: Pick<Initiative, 'ownerId'>, report: Pick<ProgressReport, 'reportedById'>): boolean {
  return !byOwner(initiative, report.reportedById);
}

/**
 * The ledger slots of one sender's notices to the owner of one initiative on one Oslo day; the
 * notice takes a slot under its saved edit's or report's id (the same for a retry).
 */
export function ownerNoticeAllowance(notice: { initiativeId: string; ownerId: string; senderId: string }, now: Date): DailyAllowance {
  const scope = `${OWNER_NOTICE_KIND}:${notice.initiativeId}:${notice.ownerId.toLowerCase()}:${notice.senderId.toLowerCase()}`;
  return dailyAllowance(scope, OWNER_NOTICES_PER_SENDER_PER_DAY, now);
}
