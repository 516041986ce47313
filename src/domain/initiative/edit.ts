// `rediger`: every field of a registered initiative can be corrected, held to the checks of
// registering (an edit may keep an old start date), and every save is kept in the history with
// who, when and which fields changed (old -> new for the short ones).
import { createHash } from 'node:crypto';
import { parseDetails, toRawDetails } from './detailsForm';
import { splitMulti } from './fieldRules';
import { CO_OWNER_FIELD, LIMITS, type FieldErrors, type Parsed, type RawForm } from './formTypes';
import type { Initiative, InitiativeDetails, InitiativeProposal } from './initiative';
import { parseProposal, toRawProposal } from './proposalForm';
import type { EditedChange } from './reopen';

export interface InitiativeEdit extends InitiativeProposal, InitiativeDetails {
  coOwnerIds: string[];
}

/** The stored fields an edit may change, in the order the history lists them. */
export const EDITABLE_FIELDS = [
  'title',
  'problem',
  'goal',
  'beneficiaries',
  'phase',
  'innovationTypes',
  'employeeInvolvement',
  'employeesInvolved',
  'benefits',
  'startDate',
  'plannedInUseDate',
  'novelty',
  'reuseSource',
  'reuseReference',
  'initiators',
  'partners',
  'funding',
  'coOwnerIds',
] as const satisfies ReadonlyArray<keyof InitiativeEdit>;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

// Short values are kept old -> new in the history; long texts, benefit lists and people's ids
// only by name (the history should not become a second copy of the texts or of who was who).
const SHORT_FIELDS: ReadonlySet<EditableField> = new Set<EditableField>([
  'title',
  'phase',
  'beneficiaries',
  'innovationTypes',
  'employeeInvolvement',
  'employeesInvolved',
  'startDate',
  'plannedInUseDate',
  'novelty',
  'reuseSource',
  'initiators',
  'partners',
  'funding',
]);

export interface EditContext {
  /** Oslo today (yyyy-mm-dd), for the start date rule. */
  today: string;
  current: Initiative;
  /** Who may become a co-owner (roster leaders' object ids); the current co-owners may stay. */
  coOwnerChoices: readonly string[];
}

export function toRawEdit(i: Initiative): RawForm {
  return { ...toRawProposal(i), ...toRawDetails(i), [CO_OWNER_FIELD]: i.coOwnerIds.join(',') };
}

export function parseInitiativeEdit(raw: RawForm, ctx: EditContext): Parsed<InitiativeEdit> {
  const proposal = parseProposal(raw, { today: ctx.today, keptStartDate: ctx.current.startDate });
  const details = parseDetails(raw);
  const coOwners = checkCoOwners(raw[CO_OWNER_FIELD] ?? '', ctx);
  const errors: FieldErrors = {
    ...(proposal.ok ? {} : proposal.errors),
    ...(details.ok ? {} : details.errors),
    ...(Array.isArray(coOwners) ? {} : { [CO_OWNER_FIELD]: coOwners }),
  };
  if (!proposal.ok || !details.ok || !Array.isArray(coOwners)) return { ok: false, errors };
  return { ok: true, value: { ...proposal.value, ...details.value, coOwnerIds: coOwners } };
}

/** Ids as the card sends them; only known leaders (or those already co-owners), never the owner. */
function checkCoOwners(text: string, ctx: EditContext): string[] | FieldErrors[string] {
  const ids = splitMulti(text);
  const allowed = new Set([...ctx.coOwnerChoices, ...ctx.current.coOwnerIds]);
  if (ids.some((id) => id === ctx.current.ownerId || !allowed.has(id))) return { code: 'invalidChoice' };
  if (ids.length > LIMITS.maxCoOwners) return { code: 'tooManyChoices', max: LIMITS.maxCoOwners };
  return ids;
}

/** Same initiative and form token -> same id, so a retried «Lagre» is recorded once. */
export function editIdFor(initiativeId: string, formToken: string): string {
  return `edit-${createHash('sha256').update(`${initiativeId}\n${formToken}`, 'utf8').digest('hex').slice(0, 20)}`;
}

/** The editable fields as the form was opened on: an edit changes only what the leader changed. */
export type EditBase = Partial<Pick<Initiative, EditableField>>;

export function editBaseOf(i: Initiative): EditBase {
  return Object.fromEntries(EDITABLE_FIELDS.map((f) => [f, i[f]])) as EditBase;
}

/**
 * The initiative after the edit, or undefined when nothing changes: the same edit already
 * recorded (a retry) or no field different. Only fields the leader changed from `base` (what
 * the form showed) are written, so a report or a co-owner's edit saved while the form was open
 * is kept. Empty optional fields are removed, not kept empty.
 */
export function applyEdit(
  initiative: Initiative,
  edit: InitiativeEdit,
  by: { id: string; name: string },
  now: Date,
  editId: string,
  base: EditBase = editBaseOf(initiative),
): { initiative: Initiative; change: EditedChange } | undefined {
  if ((initiative.changes ?? []).some((c) => c.kind === 'edited' && c.editId === editId)) return undefined;
  const fields = EDITABLE_FIELDS.filter((f) => comparable(base[f]) !== comparable(edit[f]) && comparable(initiative[f]) !== comparable(edit[f]));
  if (fields.length === 0) return undefined;
  const at = now.toISOString();
  const next: Initiative = { ...initiative, updatedAt: at };
  const target = next as unknown as Record<string, unknown>;
  for (const f of fields) {
    const v = edit[f];
    if (f === 'coOwnerIds') next.coOwnerIds = edit.coOwnerIds;
    else if (v === undefined || (Array.isArray(v) && v.length === 0)) delete target[f];
    else target[f] = v;
  }
  // A phase the leader moved counts as activity (the laggard rules read lastChangeAt).
  if (fields.includes('phase')) next.lastChangeAt = at;
  const change: EditedChange = {
    at,
    byId: by.id,
    byName: by.name,
    kind: 'edited',
    editId,
    fields,
    values: fields.filter((f) => SHORT_FIELDS.has(f)).map((f) => ({ field: f, from: shown(initiative[f]), to: shown(edit[f]) })),
  };
  next.changes = [...(initiative.changes ?? []), change];
  return { initiative: next, change };
}

/** Absent, empty and [] are the same answer («ikke oppgitt»). */
function comparable(v: unknown): string {
  if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return '';
  return JSON.stringify(v);
}

function shown(v: unknown): string {
  if (v === undefined || v === null) return '';
  return Array.isArray(v) ? v.join(',') : String(v);
}
