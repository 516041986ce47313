// What the idea card shows beyond the idea itself: the linked initiative's title and who may
// refresh the card (the leader who linked the team). Kept per idea for a few seconds, so a burst
// of «Støtt» on one idea reads them once instead of once per press. Keyed by the idea's team and
// initiative, so linking the idea to an initiative is seen at once; a team re-linked by another
// leader shows within the few seconds. Bounded: the oldest entries go first.
import type { Idea } from '../../domain/idea/idea';
import type { Locale } from '../../i18n';
import type { CardJson } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { ideaCard } from './ideaCards';
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

/**
 * The idea card as a supporter sees it (no follow-up section): it differs between supporters only
 * in «you support this», so presses answered from the same stored version of the idea (a batch
 * of presses, or a retried invoke) share one expansion of the template. Keyed by the idea's ETag;
 * bounded; each answer gets its own copy.
 */
export class SupporterCards {
  private readonly cards = new Map<string, CardJson>();

  constructor(
    private readonly facts: IdeaCardFacts,
    private readonly max = CARD_FACTS_MAX,
  ) {}

  async card(locale: Locale, idea: Idea, aadObjectId: string, etag: string | undefined): Promise<CardJson> {
    const supportedByMe = idea.supporters.some((s) => s.aadObjectId === aadObjectId);
    const facts = await this.facts.of(idea);
    const render = () => ideaCard(locale, idea, { aadObjectId, initiativeTitle: facts.initiativeTitle }, facts.leaderUserIds);
    if (!etag) return render();
    const key = JSON.stringify([idea.id, etag, locale, supportedByMe, facts.initiativeTitle ?? '', facts.leaderUserIds]);
    let card = this.cards.get(key);
    if (!card) {
      card = render();
      this.cards.set(key, card);
      while (this.cards.size > this.max) this.cards.delete(this.cards.keys().next().value!);
    }
    return structuredClone(card);
  }
}
