// What «you may not do this» looks like to a user (the permission table's answers and the
// handlers' own), and what a reply shows: for tests that press a button and check it was answered,
// not refused.
import { t, type StringKey } from '../../src/i18n';
import { cardsIn, textOf } from './cards';
import { texts } from './leaderSession';

export const REFUSAL_KEYS: StringKey[] = [
  'access.notOnRoster',
  'access.leadersOnly',
  'access.adminsOnly',
  'access.sectorHeadsOnly',
  'access.notOwner',
  'access.notIdeaFollower',
  'overview.noOverview',
  'overview.notAllowed',
  'overview.exportNotAllowed',
  'explore.reuseLeadersOnly',
];

/** The refusals' bokmål texts. */
export const refusalTexts = (): string[] => REFUSAL_KEYS.map((k) => t('nb', k));

/** What a reply shows: its text and the text of its cards. */
export function shown(replies: any[]): string {
  return [texts(replies), ...replies.flatMap(cardsIn).map(textOf)].join('\n');
}
