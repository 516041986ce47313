// List cards filled far past their cap stay under Teams' 28 KB: «mine tiltak» over HTTP with
// 45 initiatives of the longest allowed titles, and the leader's idea list built from 200 ideas
// (it shows the first ones and says how many more there are).
import { testUser } from '../support/activities';
import { useBot } from '../support/botHarness';
import { cardsIn } from '../support/cards';
import { ChatSession } from '../support/leaderSession';
import { HOSTILE } from '../cards/hostile';
import { sampleIdea } from '../cards/ideaSamples';
import { makeInitiative } from '../../fixtures/makeInitiative';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { ideaListCard, MAX_IDEAS_LISTED } from '../../src/teams/ideas/ideaCards';
import { IDEA_LIMITS, sortForLeader, type Idea } from '../../src/domain/idea/idea';
import { LOCALES } from '../../src/i18n';

const CARD_LIMIT = 28 * 1024;
const bytes = (card: unknown) => Buffer.byteLength(JSON.stringify(card), 'utf8');
/** The longest text a field allows, hostile at the start. */
const longest = (max: number, tag: string) => `${tag} ${HOSTILE} `.padEnd(max, 'æ').slice(0, max);

describe('«mine tiltak» past its cap', () => {
  const c = useBot();
  const leader = testUser(880);

  it('lists at most twenty of 45 initiatives, newest first, in a card under 28 KB', async () => {
    const repo = new InitiativeRepository(c.bot.app.store);
    for (let n = 0; n < 45; n++) {
      const createdAt = new Date(Date.UTC(2026, 0, 5, 9, n)).toISOString();
      await repo.createIfAbsent(
        makeInitiative({ id: `ini-cap-${String(n).padStart(2, '0')}`, title: longest(100, `Tiltak ${n}`), ownerId: leader.aadObjectId, ownerName: leader.name, createdAt }),
      );
    }
    const replies = await new ChatSession(c.bot, c.connector, leader).say('mine tiltak');
    const card = replies.flatMap(cardsIn)[0];
    expect(card).toBeDefined();
    const json = JSON.stringify(card);
    expect(bytes(card)).toBeLessThan(CARD_LIMIT);
    const listed = [...json.matchAll(/Tiltak (\d+) /g)].map((m) => Number(m[1]));
    expect(new Set(listed).size).toBe(20);
    expect(Math.min(...listed)).toBe(25);
  });
});

describe('the leader’s idea list past its cap', () => {
  const ideas: Idea[] = Array.from({ length: 200 }, (_, n) => ({
    ...sampleIdea,
    id: `idea-cap-${String(n).padStart(3, '0')}`,
    title: longest(IDEA_LIMITS.title, `Idé ${n}`),
    unit: longest(100, 'Enhet'),
    status: n % 3 === 0 ? 'new' : 'reviewing',
    createdAt: new Date(Date.UTC(2026, 2, 1, 9, n)).toISOString(),
  }));

  it.each(LOCALES)('shows %s: the first ideas, a line saying how many more, under 28 KB', (locale) => {
    const card = ideaListCard(locale, sortForLeader(ideas));
    const json = JSON.stringify(card);
    expect(bytes(card)).toBeLessThan(CARD_LIMIT);
    const shown = [...json.matchAll(/"verb":"ideaOpen","data":\{"ideaId":"([^"]+)"/g)].map((m) => m[1]);
    expect(shown).toHaveLength(MAX_IDEAS_LISTED);
    expect(shown).toEqual(sortForLeader(ideas).slice(0, MAX_IDEAS_LISTED).map((i) => i.id));
    expect(json).toContain(String(200 - MAX_IDEAS_LISTED));
  });

  it('has no «more» line when everything fits', () => {
    const card = ideaListCard('nb', ideas.slice(0, 3));
    expect(JSON.stringify(card)).not.toContain('til er ikke med');
  });
});
