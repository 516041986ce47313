// The «utforsk» cards: the search form with a compact, paged result list; the read-only view of
// another unit's initiative; and the hit rows the proposal summary reuses for «Andre har prøvd
// noe lignende». A hit shows no personal data beyond the owner's name and unit.
import { isLeader, leadsUnit, type Roles } from '../../domain/access/roles';
import type { Initiative } from '../../domain/initiative/initiative';
import { reusingUnits } from '../../domain/initiative/reuse';
import type { SearchRequest } from '../../domain/search/searchRequest';
import type { SearchHit, SearchPage } from '../../search/initiativeSearchIndex';
import { t, type Locale } from '../../i18n';
import { codeChoices, codeLabel, codeLabels, phaseLabel } from '../cards/initiativeText';
import { cardAttachment, expandCard, type CardAttachment } from '../cards/template';

export function hitRows(locale: Locale, hits: readonly SearchHit[]) {
  return hits.map((h) => ({
    id: h.id,
    title: h.title,
    unit: h.unit,
    phaseLabel: phaseLabel(locale, h.phase),
    statusLabel: codeLabel(locale, 'status', h.status),
    need: h.need,
  }));
}

/** Sector choices carry the sector's position in the configured list (see searchRequest.ts). */
export function exploreListData(locale: Locale, request: SearchRequest, result: SearchPage, sectors: readonly string[]) {
  const f = request.filters;
  const pages = Math.max(1, Math.ceil(result.total / result.size));
  return {
    query: request.query,
    choices: {
      sector: sectors.map((s, i) => ({ title: s, value: String(i) })),
      phase: codeChoices(locale, 'phase'),
      status: codeChoices(locale, 'status'),
      innovationType: codeChoices(locale, 'innovationType'),
      benefitType: codeChoices(locale, 'benefitType'),
      beneficiary: codeChoices(locale, 'beneficiary'),
    },
    values: {
      sector: (f.sector ?? []).map((s) => String(sectors.indexOf(s))).join(','),
      phase: (f.phase ?? []).join(','),
      status: (f.status ?? []).join(','),
      innovationType: (f.innovationType ?? []).join(','),
      benefitType: (f.benefitType ?? []).join(','),
      beneficiary: (f.beneficiary ?? []).join(','),
    },
    total: result.total,
    countText: t(locale, 'explore.resultCount', { total: result.total, page: result.page + 1, pages }),
    hits: hitRows(locale, result.hits),
    hasPrevious: result.page > 0,
    hasNext: result.page + 1 < pages,
    previousPage: String(Math.max(0, result.page - 1)),
    nextPage: String(result.page + 1),
  };
}

/**
 * Nothing registered in the whole municipality yet: no search form and no «no match, try other
 * words» (no word would help), but a sentence saying so and the way on, by who looks: a leader
 * registers the first one, anyone else shares an idea in the team channel.
 */
export function nothingRegisteredData(locale: Locale, viewer: Roles) {
  const leader = isLeader(viewer);
  return { nothingYet: true, nothingYetText: t(locale, leader ? 'explore.nothingYetLeader' : 'explore.nothingYetOthers'), canPropose: leader };
}

/** `indexed`: how many initiatives the municipality has (the search index's size). */
export function exploreListCard(locale: Locale, request: SearchRequest, result: SearchPage, sectors: readonly string[], viewer: Roles, indexed: number): CardAttachment {
  const empty = indexed === 0 ? nothingRegisteredData(locale, viewer) : { nothingYet: false, nothingYetText: '', canPropose: false };
  return cardAttachment(expandCard('exploreList', locale, { ...exploreListData(locale, request, result, sectors), ...empty }));
}

/** «Gjenbruk av …» and «Gjenbrukt av N enheter» with the units (cards/parts/reuseInfo.json). */
export function reuseInfoData(locale: Locale, i: Initiative) {
  const units = reusingUnits(i);
  return {
    reusedFromText: i.reusedFrom ? t(locale, 'explore.reusedFrom', { unit: i.reusedFrom.unit }) : '',
    reusedByText: units.length === 0 ? '' : units.length === 1 ? t(locale, 'explore.reusedByOne') : t(locale, 'explore.reusedBy', { count: units.length }),
    reusedByUnits: units.map((unit) => ({ unit })),
  };
}

/** What anyone may see of an initiative: no reports, no co-owners, nothing personal but the owner's name. */
export function initiativePublicData(locale: Locale, i: Initiative, viewer: Roles) {
  const none = t(locale, 'detail.none');
  const orNone = (s: string) => (s === '' ? none : s);
  return {
    id: i.id,
    title: i.title,
    ownerName: i.ownerName,
    unit: i.unit,
    sector: i.sector,
    problem: i.problem,
    goal: i.goal,
    facts: [
      { title: t(locale, 'detail.phase'), value: phaseLabel(locale, i.phase) },
      { title: t(locale, 'detail.status'), value: codeLabel(locale, 'status', i.status) },
      { title: t(locale, 'detail.beneficiaries'), value: orNone(codeLabels(locale, 'beneficiary', i.beneficiaries)) },
      { title: t(locale, 'detail.innovationTypes'), value: orNone(codeLabels(locale, 'innovationType', i.innovationTypes)) },
    ],
    benefits: (i.benefits ?? []).map((b) => ({ typeLabel: codeLabel(locale, 'benefitType', b.type), description: b.description })),
    ...reuseInfoData(locale, i),
    // The button is only a shortcut: startReuse checks the roles again on the server.
    canReuse: isLeader(viewer) && !leadsUnit(viewer, i.unit),
  };
}

export function initiativePublicCard(locale: Locale, i: Initiative, viewer: Roles): CardAttachment {
  return cardAttachment(expandCard('initiativePublic', locale, initiativePublicData(locale, i, viewer)));
}
