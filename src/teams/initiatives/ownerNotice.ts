// Tells the owner that a co-owner (or an admin) changed their initiative, naming the editor and
// the changed fields, or reported on it, in the owner's personal chat (cards/coOwnerNotice.json,
// with «Detaljer»). Claimed in the exactly-once ledger per (initiative, owner, saved edit or
// report) before sending (personalNotice.ts): a retry or a second instance tells the owner once,
// and one co-owner tells the owner at most OWNER_NOTICES_PER_SENDER_PER_DAY times a day about it.
// An owner the bot cannot reach, or past that bound, is skipped quietly; the save stands either way.
import { editorOf, OWNER_NOTICE_KIND, ownerHearsOfReport, ownerNoticeAllowance, ownerNoticeFields } from '../../domain/initiative/ownerNotice';
import type { Initiative, ProgressReport } from '../../domain/initiative/initiative';
import { t, type Locale } from '../../i18n';
import { cardAttachment, expandCard } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { changedFieldsText } from './initiativeDetailCard';
import { sendPersonalNotice } from './personalNotice';

type Deps = Pick<TeamsDeps, 'sender' | 'conversations' | 'profiles' | 'outbox' | 'config' | 'logger' | 'now'>;

type Initiativeish = Pick<Initiative, 'id' | 'title'>;

export function ownerNoticeData(initiative: Initiativeish, text: string) {
  return { text, initiativeId: initiative.id, showDetails: true };
}

/** Who changed it, as the owner is told: a co-owner by name, an admin as of the innovation team. */
export interface ChangedBy {
  id: string;
  name: string;
  /** A programme admin (ADMIN_AAD_OBJECT_IDS), from the turn's roles. */
  admin: boolean;
}

/** The editor as the owner knows them: «Kari Nordmann i innovasjonsteamet», «Innovasjonsteamet», «En medeier». */
export function editorName(locale: Locale, initiative: Pick<Initiative, 'coOwnerIds'>, by: ChangedBy): string {
  const name = by.name.trim();
  if (editorOf(initiative, by.id, by.admin) === 'programmeTeam') return name ? t(locale, 'ownerNotice.teamMember', { name }) : t(locale, 'ownerNotice.team');
  return name || t(locale, 'ownerNotice.someCoOwner');
}

export function ownerEditText(locale: Locale, initiative: Initiativeish & Pick<Initiative, 'coOwnerIds'>, by: ChangedBy, fields: readonly string[]): string {
  return t(locale, 'ownerNotice.edited', { name: editorName(locale, initiative, by), title: initiative.title, fields: changedFieldsText(locale, fields) });
}

/** `initiative`: as stored after the save, whose history holds the edit `editId`. */
export async function tellOwnerOfEdit(deps: Deps, initiative: Initiative, by: ChangedBy, editId: string): Promise<void> {
  const fields = ownerNoticeFields(initiative, editId, by.id);
  if (!fields) return;
  await tellOwner(deps, initiative, { byId: by.id, savedId: editId, text: (locale) => ownerEditText(locale, initiative, by, fields) });
}

/** `report`: as stored (a retried «Send» finds the first). `byAdmin`: the sender is a programme admin. */
export async function tellOwnerOfReport(deps: Deps, initiative: Initiative, report: ProgressReport, byAdmin: boolean): Promise<void> {
  if (!ownerHearsOfReport(initiative, report)) return;
  const key = report.closing ? 'ownerNotice.closed' : 'ownerNotice.reported';
  const name = (locale: Locale) => editorName(locale, initiative, { id: report.reportedById, name: report.reportedByName, admin: byAdmin });
  await tellOwner(deps, initiative, { byId: report.reportedById, savedId: report.id, text: (locale) => t(locale, key, { name: name(locale), title: initiative.title }) });
}

async function tellOwner(deps: Deps, initiative: Initiative, notice: { byId: string; savedId: string; text: (locale: Locale) => string }): Promise<void> {
  const outcome = await sendPersonalNotice(deps, {
    personId: initiative.ownerId,
    personName: initiative.ownerName,
    allowance: ownerNoticeAllowance({ initiativeId: initiative.id, ownerId: initiative.ownerId, senderId: notice.byId }, deps.now()),
    holder: notice.savedId,
    kind: OWNER_NOTICE_KIND,
    runId: `owner-notice@${notice.byId}`,
    message: (locale) => {
      const data = ownerNoticeData(initiative, notice.text(locale));
      return { summary: data.text, card: cardAttachment(expandCard('coOwnerNotice', locale, data)) };
    },
  });
  if (outcome === 'unreachable' || outcome === 'notDelivered' || outcome === 'limited') deps.logger.info({ initiativeId: initiative.id, outcome }, 'owner not told of a co-owner change');
}
