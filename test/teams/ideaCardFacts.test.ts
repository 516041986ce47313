// The idea card's facts (initiative title, the leader who may refresh the card) are read once per
// idea for a few seconds, shared by presses that arrive together, and the cache stays bounded;
// supporters answered from the same stored version share one expansion of the card.
import { IdeaCardFacts, SupporterCards } from '../../src/teams/ideas/ideaCardFacts';
import type { Idea } from '../../src/domain/idea/idea';

function idea(n: number, extra: Partial<Idea> = {}): Idea {
  return {
    id: `idea-0000000${n}`,
    title: `Idé ${n}`,
    need: 'Et behov',
    proposal: 'Et forslag',
    beneficiaries: ['users'],
    benefitTypes: ['quality'],
    supporters: [],
    status: 'new',
    teamId: '19:team',
    createdAt: '2026-11-30T08:00:00.000Z',
    updatedAt: '2026-11-30T08:00:00.000Z',
    ...extra,
  } as unknown as Idea;
}

function deps() {
  const reads = { links: 0, initiatives: 0 };
  return {
    reads,
    deps: {
      teamLinks: { get: async () => (reads.links++, { linkedBy: { userId: '29:leder', aadObjectId: 'l' } }) },
      initiatives: { get: async () => (reads.initiatives++, { value: { title: 'Tiltaket' } }) },
    } as never,
  };
}

describe('IdeaCardFacts', () => {
  it('reads the team link once for presses together and within the few seconds, again after', async () => {
    let now = 0;
    const { reads, deps: d } = deps();
    const facts = new IdeaCardFacts(d, 5000, 10, () => now);
    const all = await Promise.all(Array.from({ length: 20 }, () => facts.of(idea(1))));
    expect(all.every((f) => f.leaderUserIds[0] === '29:leder')).toBe(true);
    expect(reads.links).toBe(1);
    now = 4999;
    await facts.of(idea(1));
    expect(reads.links).toBe(1);
    now = 5000;
    await facts.of(idea(1));
    expect(reads.links).toBe(2);
  });

  it('sees a newly linked initiative at once', async () => {
    const { reads, deps: d } = deps();
    const facts = new IdeaCardFacts(d, 5000, 10, () => 0);
    expect((await facts.of(idea(1))).initiativeTitle).toBeUndefined();
    expect((await facts.of(idea(1, { initiativeId: 'ini-1' } as Partial<Idea>))).initiativeTitle).toBe('Tiltaket');
    expect(reads.initiatives).toBe(1);
  });

  it('keeps at most `max` ideas (the oldest go first)', async () => {
    const { reads, deps: d } = deps();
    const facts = new IdeaCardFacts(d, 5000, 3, () => 0);
    for (let n = 1; n <= 5; n++) await facts.of(idea(n));
    expect(reads.links).toBe(5);
    await facts.of(idea(5));
    expect(reads.links).toBe(5);
    await facts.of(idea(1));
    expect(reads.links).toBe(6);
  });
});

describe('SupporterCards', () => {
  it('answers presses on one stored version from one card, each with its own copy', async () => {
    const { deps: d } = deps();
    const cards = new SupporterCards(new IdeaCardFacts(d, 5000, 10, () => 0));
    const i = idea(1, { supporters: [{ aadObjectId: 'a', userId: '29:a' }] } as Partial<Idea>);
    const first = await cards.card('nb', i, 'a', 'etag-1');
    const second = await cards.card('nb', i, 'a', 'etag-1');
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    // «you support this» differs: another card.
    expect(JSON.stringify(await cards.card('nb', i, 'b', 'etag-1'))).not.toEqual(JSON.stringify(first));
    expect(JSON.stringify(first)).toContain('Støtter: 1');
  });
});
