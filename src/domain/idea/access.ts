// Who may act on an idea, in the words of the permission table (access/permissions.ts): the
// Teams edge asks these for the parts a route's own rule does not cover (which card section to
// show, the initiative an idea is linked to, the unit an idea registered on someone's behalf gets).
import { permits, type Actor } from '../access/permissions';
import { sameName, type LedUnit, type Roles } from '../access/roles';
import type { Idea } from './idea';

/**
 * The unit a leader acts for (roster): `preferred` when they lead it, else the first they lead;
 * undefined for someone who leads no unit.
 */
export function ledUnit(roles: Roles, preferred?: string): LedUnit | undefined {
  return (preferred && roles.leads.find((l) => sameName(l.unit, preferred))) || roles.leads[0];
}

/** The idea's unit leader and programme admins follow up an idea (status, link, new initiative). */
export function mayFollowUp(actor: Actor, idea: Pick<Idea, 'unit' | 'sector'>): boolean {
  return permits('ideaFollower', actor, { kind: 'idea', idea });
}

/** An idea may be linked to an initiative its follower owns or co-owns (admins: any). */
export function mayLinkInitiative(actor: Actor, initiative: { ownerId: string; coOwnerIds?: string[]; unit?: string; sector?: string }): boolean {
  return permits('initiativeOwner', actor, { kind: 'initiative', initiative });
}
