// The delivery report the sender of an announcement sees, updated as the fan-out goes: how many
// got it, who could not be reached (by name, so the team can follow up) and what failed.
import type { AnnouncementRecipient } from './recipients';

export type DeliveryStatus = 'pending' | 'sent' | 'unreachable' | 'failed';

export interface DeliveryReport {
  total: number;
  sent: number;
  /** Not yet attempted, or in flight. */
  pending: number;
  unreachable: Array<{ key: string; name: string; reason: 'no_chat' | 'refused' }>;
  failed: Array<{ key: string; name: string; error?: string }>;
  finished: boolean;
}

export function deliveryReport(
  recipients: readonly AnnouncementRecipient[],
  outcomes: ReadonlyMap<string, { status: DeliveryStatus; error?: string }>,
): DeliveryReport {
  const report: DeliveryReport = { total: recipients.length, sent: 0, pending: 0, unreachable: [], failed: [], finished: false };
  for (const r of recipients) {
    if (!r.reachable) {
      report.unreachable.push({ key: r.key, name: r.name, reason: 'no_chat' });
      continue;
    }
    const outcome = outcomes.get(r.key);
    if (!outcome || outcome.status === 'pending') report.pending++;
    else if (outcome.status === 'sent') report.sent++;
    else if (outcome.status === 'unreachable') report.unreachable.push({ key: r.key, name: r.name, reason: 'refused' });
    else report.failed.push({ key: r.key, name: r.name, ...(outcome.error ? { error: outcome.error } : {}) });
  }
  report.finished = report.pending === 0;
  return report;
}
