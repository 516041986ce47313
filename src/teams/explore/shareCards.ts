// The `del` cards: which of my initiatives to share, and the card colleagues see in the channel
// (support as on idea cards). The channel card shows the owner's unit, not the supporters.
import type { Initiative } from '../../domain/initiative/initiative';
import type { InitiativeShare } from '../../domain/initiative/share';
import { t, type Locale } from '../../i18n';
import { codeLabel, phaseLabel } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment, type CardJson } from '../cards/template';

export function sharePickData(locale: Locale, initiatives: readonly Initiative[]) {
  return { items: initiatives.map((i) => ({ id: i.id, title: i.title, unit: i.unit, phaseLabel: phaseLabel(locale, i.phase) })) };
}

export function sharePickCard(locale: Locale, initiatives: readonly Initiative[]): CardAttachment {
  return cardAttachment(expandCard('sharePick', locale, sharePickData(locale, initiatives)));
}

/** `supportedByMe` only in the answer to the one who pressed; the card in the channel is the same for all. */
export function initiativeSharedData(locale: Locale, i: Initiative, share: Pick<InitiativeShare, 'id' | 'supporters'>, supportedByMe = false) {
  return {
    shareId: share.id,
    title: i.title,
    unit: i.unit,
    phaseLabel: phaseLabel(locale, i.phase),
    statusLabel: codeLabel(locale, 'status', i.status),
    problem: i.problem,
    goal: i.goal,
    supportsText: t(locale, 'ideaCard.supports', { count: share.supporters.length }),
    supportedByMe,
  };
}

export function initiativeSharedCard(locale: Locale, i: Initiative, share: Pick<InitiativeShare, 'id' | 'supporters'>, supportedByMe = false): CardJson {
  return expandCard('initiativeShared', locale, initiativeSharedData(locale, i, share, supportedByMe));
}
