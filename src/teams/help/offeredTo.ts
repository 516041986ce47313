// What the help card, the small-talk buttons and «Mente du …?» offer someone: only what the
// permission table would let them do (a button or a suggested command that answers «this is only
// for leaders» is a dead end). Roles come from the roster and the admin list (turn info), never
// from what the person says. The dispatcher still checks every press (turn/access.ts).
import { isLeader, isSectorHead, type Roles } from '../../domain/access/roles';
import { hasOverview, isSectorHeadOrAdmin } from '../../domain/overview/viewer';
import type { AccessRule } from '../../domain/access/permissions';

/** Whether `route` is worth offering to someone with `roles`. */
export function offeredTo(route: { access: AccessRule; offeredTo?: AccessRule }, roles: Roles): boolean {
  return allowedBy(route.offeredTo ?? route.access, roles);
}

function allowedBy(rule: AccessRule, roles: Roles): boolean {
  switch (rule) {
    case 'anyone':
      return true;
    case 'leader':
      return isLeader(roles);
    // Without a card naming an initiative, `rapporter` and `rediger` offer the person's own
    // initiatives, and only roster leaders own or co-own any (admins act from a card).
    case 'initiativeOwner':
      return isLeader(roles);
    case 'leaderOrAdmin':
      return isLeader(roles) || roles.admin;
    case 'overviewViewer':
      return hasOverview(roles);
    case 'sectorHeadOrAdmin':
      return isSectorHeadOrAdmin(roles);
    case 'sectorHead':
      return isSectorHead(roles);
    case 'admin':
      return roles.admin;
    case 'ideaFollower':
      return isLeader(roles) || roles.admin;
  }
}

/** Which of the welcome card's groups of buttons and texts someone gets. */
export interface Audience {
  /** A leader on the roster: propose, list, report. */
  leader: boolean;
  /** Admins and sector heads who lead no unit: the overview and the search, no leader buttons. */
  overviewer: boolean;
  /** Everyone else: an employee, who shares ideas in the team channel and browses initiatives. */
  employee: boolean;
  overview: boolean;
}

export function audienceOf(roles: Roles): Audience {
  const leader = isLeader(roles);
  const overview = hasOverview(roles);
  return { leader, overviewer: !leader && overview, employee: !leader && !overview, overview };
}
