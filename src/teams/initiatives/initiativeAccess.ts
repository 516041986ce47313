// Who may edit or report on an initiative is decided here, on the server, for every submit:
// whatever initiative id a card (or a forged request) carries.
import type { Initiative } from '../../domain/initiative/initiative';
import { permits } from '../../domain/access/permissions';
import { isLeader, type Roles } from '../../domain/access/roles';
import { isClosed } from '../../domain/initiative/rules';
import type { StringKey } from '../../i18n';
import type { TurnInfo } from '../turn/turnInfo';
import type { TeamsDeps } from '../turn/deps';

export type Access = { ok: true; initiative: Initiative } | { ok: false; message: StringKey };

export async function checkEditAccess(deps: Pick<TeamsDeps, 'initiatives' | 'config'>, info: TurnInfo, initiativeId: unknown, options: { open?: boolean } = {}): Promise<Access> {
  if (typeof initiativeId !== 'string' || initiativeId === '') return { ok: false, message: 'flow.notFound' };
  const found = await deps.initiatives.get(initiativeId);
  if (!found) return { ok: false, message: 'flow.notFound' };
  const initiative = found.value;
  // Checked again at every submit (the route's rule was checked when the form opened; owners change).
  if (!info.aadObjectId || !permits('initiativeOwner', { aadObjectId: info.aadObjectId, roles: info.roles }, { kind: 'initiative', initiative })) {
    return { ok: false, message: 'access.notOwner' };
  }
  if (options.open && isClosed(initiative.status)) return { ok: false, message: 'flow.closedInitiative' };
  return { ok: true, initiative };
}

/** The initiatives this user owns or co-owns (optionally only open ones), newest first. */
export async function ownInitiatives(deps: Pick<TeamsDeps, 'initiatives'>, info: TurnInfo, options: { open?: boolean } = {}): Promise<Initiative[]> {
  if (!info.aadObjectId) return [];
  const list = await deps.initiatives.listByOwner(info.aadObjectId);
  return list.filter((i) => !options.open || !isClosed(i.status));
}

/**
 * `rapporter` / `rediger` with no initiative of one's own: a leader is told how to register one;
 * anyone else is not sent to `nytt tiltak` (refused for them) but to what they can do.
 */
export function noInitiativesKey(roles: Roles): StringKey {
  return isLeader(roles) ? 'flow.noInitiatives' : 'flow.noInitiativesNotLeader';
}
