// The submitter is told about every status change of their idea. A leader flipping the status
// back and forth would tell them every time, so one idea's submitter hears at most
// IDEA_STATUS_NOTICES_PER_DAY times a day (the status changes stand; the channel card always
// shows the latest). Kept exact by the ledger's daily allowance.
import { dailyAllowance, type DailyAllowance } from '../allowance/dailyAllowance';
import type { Idea } from './idea';

export const IDEA_STATUS_NOTICE_KIND = 'idea_status_notice';
export const IDEA_STATUS_NOTICES_PER_DAY = 3;

/** The ledger slots of the notices about one idea on one Oslo day. */
export function ideaStatusNoticeAllowance(ideaId: string, now: Date): DailyAllowance {
  return dailyAllowance(`${IDEA_STATUS_NOTICE_KIND}:${ideaId}`, IDEA_STATUS_NOTICES_PER_DAY, now);
}

/** What a notice holds its slot under: the change it tells of (each written change adds one history entry). */
export const ideaStatusNoticeHolder = (idea: Pick<Idea, 'history' | 'status'>): string => `${idea.history.length}:${idea.status}`;
