// Who may act on an idea. Pure rules: the Teams edge checks them on the server for every
// leader action, whatever a card (or a forged request) carries.
import type { Profile } from '../profile/profile';
import type { Idea } from './idea';

export interface LedUnit {
  unit: string;
  sector?: string;
}

/** The unit the person leads: only when their profile says leader and names a unit. */
export function ledUnit(profile: Profile | undefined): LedUnit | undefined {
  return profile?.role === 'leader' && profile.unit ? { unit: profile.unit, sector: profile.sector } : undefined;
}

/** The idea's unit leader and programme admins follow up an idea (status, link, new initiative). */
export function mayFollowUp(profile: Profile | undefined, isAdmin: boolean, idea: Pick<Idea, 'unit'>): boolean {
  if (isAdmin) return true;
  const led = ledUnit(profile);
  return !!led && !!idea.unit && led.unit === idea.unit;
}

/** An idea may be linked to an initiative its follower owns or co-owns (admins: any). */
export function mayLinkInitiative(aadObjectId: string, isAdmin: boolean, initiative: { ownerId: string; coOwnerIds?: string[] }): boolean {
  return isAdmin || initiative.ownerId === aadObjectId || (initiative.coOwnerIds ?? []).includes(aadObjectId);
}
