// A leader asks for help in a progress report, and the sector head (or the admins) get a card.
// Every report may ask, and `rapporter` can be sent again and again, so one leader's requests
// reach them at most HELP_REQUESTS_PER_LEADER_PER_DAY times a day (the report is saved anyway,
// and the leader is told why no one was told). Kept exact by the ledger's daily allowance.
import { dailyAllowance, type DailyAllowance } from '../allowance/dailyAllowance';
import type { ProgressReport } from './initiative';

export const HELP_REQUEST_KIND = 'help_request';
export const HELP_REQUESTS_PER_LEADER_PER_DAY = 3;

/** Whether the report asks for help (anything but «none»). */
export const asksForHelp = (report: Pick<ProgressReport, 'helpNeeded'>): boolean => report.helpNeeded.some((h) => h !== 'none');

/** The ledger slots of one leader's help requests on one Oslo day; a request holds one by its report's id. */
export function helpRequestAllowance(leaderId: string, now: Date): DailyAllowance {
  return dailyAllowance(`${HELP_REQUEST_KIND}:${leaderId.toLowerCase()}`, HELP_REQUESTS_PER_LEADER_PER_DAY, now);
}
