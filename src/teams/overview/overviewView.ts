// The overview as the person in this turn may see it: the viewer comes from the turn's roles
// (roster and admin list, worked out on the server), the numbers from the stored facts.
import type { TurnContext } from 'botbuilder';
import { localDateOf } from '../../domain/calendar/localDate';
import type { OverviewClock, ProgrammeFacts } from '../../domain/overview/overview';
import { overviewFor, type OverviewView } from '../../domain/overview/scope';
import { viewerOf } from '../../domain/overview/viewer';
import { activeCycle } from '../../domain/programme/cycle';
import { loadProgrammeFacts } from '../../storage/programmeFacts';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { cachedOverview } from './overviewCache';

export type OverviewDeps = Pick<TeamsDeps, 'store' | 'config' | 'now'>;

export function overviewClock(deps: OverviewDeps): OverviewClock {
  const now = deps.now();
  const policy = deps.config.reminders.policy;
  return { now, policy, cycle: activeCycle(deps.config.reminders.cycles, localDateOf(now, policy.timeZone)) };
}

export async function overviewForTurn(context: TurnContext, deps: OverviewDeps): Promise<{ view: OverviewView; facts: ProgrammeFacts; clock: OverviewClock }> {
  const { roles, aadObjectId } = turnInfo(context);
  const viewer = viewerOf(roles, aadObjectId);
  const clock = overviewClock(deps);
  if (viewer.role === 'employee') return { view: { role: 'none' }, facts: { roster: [], initiatives: [], reports: [], ideas: [], reachable: new Set() }, clock };
  return cachedOverview(deps.store, viewer, clock.now, async () => {
    const facts = await loadProgrammeFacts(deps.store);
    return { view: overviewFor(viewer, facts, clock), facts, clock };
  });
}
