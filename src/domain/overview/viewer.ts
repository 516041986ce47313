// Who gets which overview, from the roles the server worked out (roster and admin list), never
// from the profile: admins the whole municipality, kommunalsjefer their own sectors, leaders
// their own initiatives and their sector in numbers. Everyone else has no overview.
import type { Roles } from '../access/roles';
import type { Viewer } from './scope';

/** The viewer for `overviewFor`; the widest role wins. */
export function viewerOf(roles: Roles, aadObjectId: string | undefined): Viewer {
  if (roles.admin) return { role: 'admin' };
  if (roles.headOf.length > 0) return { role: 'sector_head', sectors: roles.headOf };
  const led = roles.leads[0];
  if (led && aadObjectId) return { role: 'leader', aadObjectId, sector: led.sector };
  return { role: 'employee' };
}

/** Access rule 'overviewViewer': admins, sector heads and roster leaders. */
export const hasOverview = (roles: Roles): boolean => roles.admin || roles.headOf.length > 0 || roles.leads.length > 0;

/** Access rule 'sectorHeadOrAdmin': who may export and nudge (their own scope only). */
export const isSectorHeadOrAdmin = (roles: Roles): boolean => roles.admin || roles.headOf.length > 0;

/** The sectors an export covers: undefined = everything (admins); else the sectors headed. */
export function exportSectors(roles: Roles): readonly string[] | undefined {
  return roles.admin ? undefined : roles.headOf;
}
