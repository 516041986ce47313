// Sample data for the «utforsk» cards, built by the real data builders from the hostile sample
// initiative (samples.ts passes it in, to avoid an import cycle).
import type { Initiative } from '../../src/domain/initiative/initiative';
import { DEFAULT_PAGE } from '../../src/domain/search/searchRequest';
import { toSearchHit } from '../../src/search/initiativeSearchIndex';
import { exploreListData, initiativePublicData } from '../../src/teams/explore/exploreCards';
import { initiativeSharedData, sharePickData } from '../../src/teams/explore/shareCards';
import type { CardSample } from './samples';

const LEADER = { admin: false, leads: [{ unit: 'Annen enhet', sector: 'Oppvekst', rosterId: 'leder@kommune.no' }], headOf: [] };

export function exploreCardSamples(initiative: Initiative, user: { title: string; unit: string; problem: string; sector: string; ownerName: string; goal: string; benefit: string }, sectors: string[]): Record<string, CardSample> {
  const reused: Initiative = {
    ...initiative,
    reusedFrom: { id: 'initiative-0', unit: user.unit },
    reusedBy: [{ id: 'initiative-9', unit: `${user.unit} 2`, sector: user.sector, at: '2026-06-01T08:00:00.000Z' }],
  };
  const hit = toSearchHit(initiative);
  return {
    exploreList: {
      data: exploreListData('nb', { query: user.title, filters: { sector: [user.sector], phase: ['insight'] }, page: DEFAULT_PAGE }, { hits: [hit, { ...hit, id: 'initiative-2' }], total: 25, page: 1, size: 10 }, sectors),
      userText: [user.title, user.unit, user.sector],
    },
    initiativePublic: {
      data: initiativePublicData('nb', reused, LEADER),
      userText: [user.title, user.unit, user.problem, user.goal, user.benefit, user.ownerName],
    },
    sharePick: {
      data: sharePickData('nb', [initiative, { ...initiative, id: 'initiative-2' }]),
      userText: [user.title, user.unit],
    },
    initiativeShared: {
      data: initiativeSharedData('nb', initiative, { id: 'share:initiative-1:team-1', supporters: [{ aadObjectId: 'a', userId: 'u' }] }, true),
      userText: [user.title, user.unit, user.problem, user.goal],
    },
  };
}
