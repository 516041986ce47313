// What the idea card shows beyond the idea itself: the linked initiative's title and who may
// refresh the card (the leader who linked the team). Kept per idea for a few seconds, so a burst
// of «Støtt» on one idea reads them once instead of once per press. Keyed by the idea's team and
// initiative, so linking the idea to an initiative is seen at once; a team re-linked by another
// leader shows within the few seconds. Bounded: the oldest entries go first.
import { randomUUID } from 'node:crypto';
import type { Idea } from '../../domain/idea/idea';
import type { Locale } from '../../i18n';
import { expandCard, type CardJson } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { ideaCardData } from './ideaCards';
import { initiativeTitle, leaderUserIds } from './ideaView';

export interface CardFacts {
  initiativeTitle?: string;
  leaderUserIds: string[];
}

export const CARD_FACTS_TTL_MS = 5_000;
export const CARD_FACTS_MAX = 500;

export class IdeaCardFacts {
  private readonly entries = new Map<string, { until: number; facts: Promise<CardFacts> }>();

  constructor(
    private readonly deps: Pick<TeamsDeps, 'initiatives' | 'teamLinks'>,
    private readonly ttlMs = CARD_FACTS_TTL_MS,
    private readonly max = CARD_FACTS_MAX,
    private readonly clock: () => number = Date.now,
  ) {}

  of(idea: Idea): Promise<CardFacts> {
    const key = `${idea.id}|${idea.teamId ?? ''}|${idea.initiativeId ?? ''}`;
    const now = this.clock();
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.facts;
    // Presses that arrive while the facts are being read share that one read.
    const facts = (async (): Promise<CardFacts> => {
      const [title, leaders] = await Promise.all([initiativeTitle(this.deps, idea), leaderUserIds(this.deps, idea)]);
      return { initiativeTitle: title, leaderUserIds: leaders };
    })();
    this.entries.delete(key);
    this.entries.set(key, { until: now + this.ttlMs, facts });
    facts.catch(() => {
      if (this.entries.get(key)?.facts === facts) this.entries.delete(key);
    });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return facts;
  }
}

/** Stand-ins for the two parts of a supporter's card that change with every press. */
const COUNT_SLOT = `\u0000count:${randomUUID()}`;
const REFRESH_SLOT = `\u0000refresh:${randomUUID()}`;

/**
 * The idea card as a supporter sees it (no follow-up section). Presses change only the count
 * and who gets the card refreshed, so the template is expanded once per idea (per language,
 * «you support this» or not, and everything else the card shows) with stand-ins for those two,
 * and each answer is a copy with them filled in: a template expansion costs more than the rest
 * of the press. Anything else that changes (the status, a title) gives another key. Bounded.
 */
export class SupporterCards {
  private readonly skeletons = new Map<string, CardJson>();

  constructor(
    private readonly facts: IdeaCardFacts,
    private readonly max = CARD_FACTS_MAX,
  ) {}

  async card(locale: Locale, idea: Idea, aadObjectId: string): Promise<CardJson> {
    const facts = await this.facts.of(idea);
    const data = ideaCardData(locale, idea, { aadObjectId, initiativeTitle: facts.initiativeTitle }, facts.leaderUserIds) as { supportsText: string; refreshUserIds: string[] };
    const key = JSON.stringify([locale, { ...data, supportsText: COUNT_SLOT, refreshUserIds: REFRESH_SLOT }]);
    let skeleton = this.skeletons.get(key);
    if (!skeleton) {
      skeleton = expandCard('ideaCard', locale, { ...data, supportsText: COUNT_SLOT, refreshUserIds: [REFRESH_SLOT] });
      this.skeletons.set(key, skeleton);
      while (this.skeletons.size > this.max) this.skeletons.delete(this.skeletons.keys().next().value!);
    }
    return fillSlots(skeleton, data.supportsText, data.refreshUserIds) as CardJson;
  }
}

/** A copy of `node` with the stand-ins replaced. */
function fillSlots(node: unknown, count: string, refresh: string[]): unknown {
  if (node === COUNT_SLOT) return count;
  if (Array.isArray(node)) return node.length === 1 && node[0] === REFRESH_SLOT ? [...refresh] : node.map((n) => fillSlots(n, count, refresh));
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fillSlots(v, count, refresh)]));
  return node;
}
