// The one written permission table: who may use which route. Every route in the Teams route
// table names one of these rules (its `access` slot), and the dispatcher decides with this table
// before the handler runs. Roles come from the roster and the admin list only (roles.ts).
// docs/permissions.md is this table in words; a test calls every route as every subject.
import { headsSector, isLeader, isSectorHead, leadsUnit, type Roles } from './roles';

/** The kinds of people the table speaks of, seen from the resource a route acts on. */
export const SUBJECTS = [
  'employee',
  'leaderOwnUnit',
  'leaderOtherUnit',
  'sectorHeadOwnSector',
  'sectorHeadOtherSector',
  'initiativeOwner',
  'admin',
] as const;
export type Subject = (typeof SUBJECTS)[number];

/** What a rule needs to know about the thing the route acts on. */
export type ResourceKind = 'initiative' | 'idea';

export interface RuleSpec {
  /** Subjects allowed; someone who is several subjects at once is allowed when any one is. */
  allow: readonly Subject[];
  /** The resource the decision depends on (loaded by the dispatcher), if any. */
  resource?: ResourceKind;
  /** Why a refusal happens, so the edge can say it plainly. */
  refusal: 'notOnRoster' | 'leadersOnly' | 'adminsOnly' | 'sectorHeadsOnly' | 'notOwner' | 'notIdeaFollower';
}

export const RULES = {
  /** Everyone who uses the app (every employee). */
  anyone: { allow: SUBJECTS, refusal: 'leadersOnly' },
  /** A leader on the roster (acts on their own unit: proposals, channel links, reminders). */
  leader: { allow: ['leaderOwnUnit'], refusal: 'notOnRoster' },
  /** Leaders on the roster and admins (the idea list: own units' ideas, admins all). */
  leaderOrAdmin: { allow: ['leaderOwnUnit', 'admin'], refusal: 'leadersOnly' },
  /** Sector heads on the roster and admins (the programme overview). */
  sectorHeadOrAdmin: { allow: ['sectorHeadOwnSector', 'admin'], refusal: 'sectorHeadsOnly' },
  /** Whoever has an overview: leaders (their own), sector heads (their sectors), admins (all). */
  overviewViewer: { allow: ['leaderOwnUnit', 'sectorHeadOwnSector', 'admin'], refusal: 'leadersOnly' },
  /** Sector heads on the roster (deciding sign-ups; the decision itself checks it is the applicant's sector). */
  sectorHead: { allow: ['sectorHeadOwnSector'], refusal: 'sectorHeadsOnly' },
  /** Programme admins (ADMIN_AAD_OBJECT_IDS). */
  admin: { allow: ['admin'], refusal: 'adminsOnly' },
  /** The initiative's owner and co-owners, and admins. */
  initiativeOwner: { allow: ['initiativeOwner', 'admin'], resource: 'initiative', refusal: 'notOwner' },
  /** The leader of the idea's unit (roster), and admins. */
  ideaFollower: { allow: ['leaderOwnUnit', 'admin'], resource: 'idea', refusal: 'notIdeaFollower' },
} as const satisfies Record<string, RuleSpec>;

export type AccessRule = keyof typeof RULES;

export interface InitiativeResource {
  ownerId: string;
  coOwnerIds?: string[];
  unit?: string;
  sector?: string;
}
export interface IdeaResource {
  unit?: string;
  sector?: string;
}
export type Resource = { kind: 'initiative'; initiative: InitiativeResource } | { kind: 'idea'; idea: IdeaResource };

export interface Actor {
  aadObjectId?: string;
  roles: Roles;
}

/**
 * Which subjects the actor is for this resource. Without a resource a leader counts as leader of
 * their own unit (they act on what they lead) and a sector head as head of their own sector.
 */
export function subjectsOf(actor: Actor, resource?: Resource): Set<Subject> {
  const { roles } = actor;
  const found = new Set<Subject>(['employee']);
  if (roles.admin) found.add('admin');
  const place = resource?.kind === 'initiative' ? resource.initiative : resource?.kind === 'idea' ? resource.idea : undefined;
  if (isLeader(roles)) found.add(!resource || leadsUnit(roles, place?.unit) ? 'leaderOwnUnit' : 'leaderOtherUnit');
  if (isSectorHead(roles)) found.add(!resource || headsSector(roles, place?.sector) ? 'sectorHeadOwnSector' : 'sectorHeadOtherSector');
  if (resource?.kind === 'initiative' && actor.aadObjectId) {
    const i = resource.initiative;
    if (i.ownerId === actor.aadObjectId || (i.coOwnerIds ?? []).includes(actor.aadObjectId)) found.add('initiativeOwner');
  }
  return found;
}

export function allows(rule: AccessRule, subjects: ReadonlySet<Subject>): boolean {
  return (RULES[rule].allow as readonly Subject[]).some((s) => subjects.has(s));
}

/** The decision: may this actor use a route with this rule, on this resource? */
export function permits(rule: AccessRule, actor: Actor, resource?: Resource): boolean {
  return allows(rule, subjectsOf(actor, resource));
}
