// An initiative shared to a team channel (`del`): the card colleagues see, and who supports it.
// Support works as on idea cards: one support per person, and pressing again with the same
// wish changes nothing (Teams retries invokes).
import type { Supporter } from '../idea/idea';

export interface InitiativeShare {
  /** One share per initiative and team: `initiativeShareId`. */
  id: string;
  kind: 'initiativeShare';
  initiativeId: string;
  teamId: string;
  /** The channel's conversation reference (from the team link). */
  reference: Record<string, unknown>;
  /** The posted card, once the post went through. */
  activityId?: string;
  supporters: Supporter[];
  sharedBy: string;
  sharedAt: string;
  updatedAt: string;
}

/** The share with `supporter` supporting it or not; undefined when nothing changes. */
export function withShareSupport(share: InitiativeShare, supporter: Supporter, support: boolean, now: string): InitiativeShare | undefined {
  const has = share.supporters.some((s) => s.aadObjectId === supporter.aadObjectId);
  if (has === support) return undefined;
  const supporters = support ? [...share.supporters, supporter] : share.supporters.filter((s) => s.aadObjectId !== supporter.aadObjectId);
  return { ...share, supporters, updatedAt: now };
}
