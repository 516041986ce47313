// Who someone is in the programme, worked out on the server from authoritative sources only:
// the imported roster (leaders, their units and sectors, and the sector heads it names) and the
// configured admin list. Never from what a user says about themselves (their profile).
import { aadIdOf, type RosterEntry } from '../roster/roster';

export interface LedUnit {
  unit: string;
  sector: string;
  /** The roster row's id (lower-case e-mail). */
  rosterId: string;
}

export interface Roles {
  /** A programme admin (ADMIN_AAD_OBJECT_IDS). */
  admin: boolean;
  /** Units this person leads: their roster rows, matched by Entra object id or e-mail. */
  leads: LedUnit[];
  /** Sectors whose roster rows name this person as sector head (sectorHeadEmail). */
  headOf: string[];
}

export interface Person {
  aadObjectId?: string;
  /** Lower-case e-mail (UPN), when known. */
  email?: string;
}

export const NO_ROLES: Roles = Object.freeze({ admin: false, leads: [], headOf: [] }) as Roles;

export function rolesOf(person: Person, roster: readonly RosterEntry[], adminAadObjectIds: readonly string[]): Roles {
  const aad = person.aadObjectId?.toLowerCase();
  const email = person.email?.trim().toLowerCase();
  const admin = !!aad && adminAadObjectIds.some((id) => id.toLowerCase() === aad);
  const leads: LedUnit[] = [];
  const headOf = new Set<string>();
  for (const entry of roster) {
    const entryAad = aadIdOf(entry)?.toLowerCase();
    if ((aad && entryAad === aad) || (email && entry.id === email)) leads.push({ unit: entry.unit, sector: entry.sector, rosterId: entry.id });
    if (email && entry.sectorHeadEmail?.trim().toLowerCase() === email) headOf.add(entry.sector);
  }
  return { admin, leads, headOf: [...headOf] };
}

/**
 * The roster by who it names, built once per roster snapshot: every turn needs the speaker's
 * roles, and rolesOf's scan of a 200-row roster costs about 20 µs a turn (the index: under 1 µs).
 * Positions keep the roster's order, so rolesIn answers exactly as rolesOf does.
 */
export interface RosterIndex {
  entries: readonly RosterEntry[];
  /** Rows led by someone, by `aad:<Entra id>` (CSV or learnt) and `email:<row id>`. */
  leaderRows: ReadonlyMap<string, readonly number[]>;
  /** Rows that name someone as sector head, by lower-case e-mail. */
  headRows: ReadonlyMap<string, readonly number[]>;
}

export function indexRoster(roster: readonly RosterEntry[]): RosterIndex {
  const leaderRows = new Map<string, number[]>();
  const headRows = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, row: number) => {
    const rows = map.get(key);
    if (!rows) map.set(key, [row]);
    else if (rows[rows.length - 1] !== row) rows.push(row);
  };
  roster.forEach((entry, row) => {
    const aad = aadIdOf(entry)?.toLowerCase();
    if (aad) add(leaderRows, `aad:${aad}`, row);
    add(leaderRows, `email:${entry.id}`, row);
    const head = entry.sectorHeadEmail?.trim().toLowerCase();
    if (head) add(headRows, head, row);
  });
  return { entries: roster, leaderRows, headRows };
}

export function rolesIn(person: Person, index: RosterIndex, adminAadObjectIds: readonly string[]): Roles {
  const aad = person.aadObjectId?.toLowerCase();
  const email = person.email?.trim().toLowerCase();
  const admin = !!aad && adminAadObjectIds.some((id) => id.toLowerCase() === aad);
  const led = new Set([...((aad && index.leaderRows.get(`aad:${aad}`)) || []), ...((email && index.leaderRows.get(`email:${email}`)) || [])]);
  const leads = [...led]
    .sort((a, b) => a - b)
    .map((row) => index.entries[row]!)
    .map((entry): LedUnit => ({ unit: entry.unit, sector: entry.sector, rosterId: entry.id }));
  const headOf = new Set(((email && index.headRows.get(email)) || []).map((row) => index.entries[row]!.sector));
  return { admin, leads, headOf: [...headOf] };
}

export const isLeader = (r: Roles): boolean => r.leads.length > 0;
export const isSectorHead = (r: Roles): boolean => r.headOf.length > 0;
export const leadsUnit = (r: Roles, unit: string | undefined): boolean => !!unit && r.leads.some((l) => sameName(l.unit, unit));
export const headsSector = (r: Roles, sector: string | undefined): boolean => !!sector && r.headOf.some((s) => sameName(s, sector));

/**
 * The e-mails (lower case) the roster names as sector head (kommunalsjef) for `sector`: none when
 * the sector has no sector head, and then help requests from the sector go to the admins.
 */
export function sectorHeadEmailsOf(roster: readonly RosterEntry[], sector: string): string[] {
  return [...new Set(roster.filter((e) => e.sectorHeadEmail && sameName(e.sector, sector)).map((e) => e.sectorHeadEmail!.trim().toLowerCase()))];
}

/** Unit and sector names are compared without case and surrounding spaces (the roster is typed by people). */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');
}
