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

export const isLeader = (r: Roles): boolean => r.leads.length > 0;
export const isSectorHead = (r: Roles): boolean => r.headOf.length > 0;
export const leadsUnit = (r: Roles, unit: string | undefined): boolean => !!unit && r.leads.some((l) => sameName(l.unit, unit));
export const headsSector = (r: Roles, sector: string | undefined): boolean => !!sector && r.headOf.some((s) => sameName(s, sector));

/** Unit and sector names are compared without case and surrounding spaces (the roster is typed by people). */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');
}
