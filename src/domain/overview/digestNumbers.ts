// The overview's numbers in the weekly digests: the kommunalsjef's digest gets their sector's,
// the programme team's the whole municipality's, counted by the same code as `oversikt`, so the
// digest and the overview never disagree.
import type { PlannedMessage } from '../reminders/plan';
import type { Overview, SectorStats } from './overview';

export interface DigestNumbers {
  registered: number;
  expected: number;
  initiatives: number;
  onTime: number;
  late: number;
  inUse: number;
  ideasSubmitted: number;
  ideasAnswered: number;
}

export function digestNumbers(s: SectorStats): DigestNumbers {
  return {
    registered: s.registered.count,
    expected: s.expected,
    initiatives: s.initiatives,
    onTime: s.onTime.count,
    late: s.late.count,
    inUse: s.closed.inUse.count,
    ideasSubmitted: s.ideas.submitted,
    ideasAnswered: s.ideas.answered,
  };
}

export const hasDigest = (messages: readonly PlannedMessage[]): boolean => messages.some((m) => m.kind !== 'nudge');

/** The planned digests with the overview's numbers added (nudges unchanged). */
export function withDigestNumbers(messages: readonly PlannedMessage[], overview: Overview): PlannedMessage[] {
  return messages.map((m) => {
    if (m.content.kind === 'owner_digest') return { ...m, content: { ...m.content, numbers: digestNumbers(overview.totals) } };
    if (m.content.kind === 'sector_digest') {
      const sector = m.content.sector;
      const stats = overview.sectors.find((s) => s.sector === sector);
      return stats ? { ...m, content: { ...m.content, numbers: digestNumbers(stats) } } : m;
    }
    return m;
  });
}
