// «Send påminnelse» from the overview: a sector head (or an admin) nudges one lagging leader
// now. Who may be nudged is decided from the viewer's own scoped view, and the outbox key is
// per leader per local day, so the exactly-once sender sends at most one such nudge a day
// however often the button is pressed, by however many people.
import { localDateOf } from '../calendar/localDate';
import type { PersonRef } from './overview';
import type { OverviewView } from './scope';

export const MANUAL_NUDGE_KIND = 'manual_nudge';

/** The lagging leader `leaderId` (roster id) if the viewer may nudge them; else undefined. */
export function nudgeableLeader(view: OverviewView, leaderId: unknown): PersonRef | undefined {
  if (typeof leaderId !== 'string' || leaderId.length > 320) return undefined;
  if (view.role !== 'admin' && view.role !== 'sector_head') return undefined;
  for (const unit of view.overview.units) {
    const found = unit.laggards.find((l) => l.id === leaderId.toLowerCase());
    if (found) return found;
  }
  return undefined;
}

/** The exactly-once ledger's key and period: one manual nudge per leader per local day. */
export function manualNudgeKey(leaderId: string, now: Date, timeZone: string): { key: string; period: string } {
  const period = localDateOf(now, timeZone);
  return { key: `${MANUAL_NUDGE_KIND}:${leaderId.toLowerCase()}:${period}`, period };
}
