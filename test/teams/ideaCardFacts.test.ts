// The idea card's facts (initiative title, the leader who may refresh the card) are read once per
// idea for a few seconds, shared by presses that arrive together, and the cache stays bounded;
// a supporter's card is the full expansion's, made from one expansion per idea.
import { IdeaCardFacts, SupporterCards } from '../../src/teams/ideas/ideaCardFacts';
import type { Idea } from '../../src/domain/idea/idea';
import * as template from '../../src/teams/cards/template';
import { ideaCard } from '../../src/teams/ideas/ideaCards';

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
  const supporters = (n: number) => Array.from({ length: n }, (_, k) => ({ aadObjectId: `a${k}`, userId: `29:u${k}` }));

  it('gives exactly the card a full expansion gives, for every count, viewer and link', async () => {
    for (const leaderLinked of [true, false]) {
      const { deps: d } = deps();
      const facts = leaderLinked ? d : ({ ...(d as object), teamLinks: { get: async () => undefined } } as never);
      const cards = new SupporterCards(new IdeaCardFacts(facts, 5000, 10, () => 0));
      for (const n of [0, 1, 2, 7, 30]) {
        for (const viewer of ['a0', 'someone-else']) {
          for (const extra of [{}, { status: 'parked', statusReason: 'Nei' }, { initiativeId: 'ini-1' }] as Partial<Idea>[]) {
            const i = idea(1, { supporters: supporters(n), ...extra } as Partial<Idea>);
            const f = await new IdeaCardFacts(facts, 0, 10, () => 0).of(i);
            const full = ideaCard('nb', i, { aadObjectId: viewer, initiativeTitle: f.initiativeTitle }, f.leaderUserIds);
            expect(await cards.card('nb', i, viewer)).toEqual(full);
          }
        }
      }
    }
  });

  it('expands the template once for a run of presses on one idea, and answers each with its own copy', async () => {
    const { deps: d } = deps();
    const cards = new SupporterCards(new IdeaCardFacts(d, 5000, 10, () => 0));
    const expand = jest.spyOn(template, 'expandCard');
    const answers = [];
    for (let n = 1; n <= 20; n++) answers.push(await cards.card('nb', idea(1, { supporters: supporters(n) } as Partial<Idea>), 'a0'));
    expect(expand).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(answers[19])).toContain('Støtter: 20');
    expect(answers[18]).not.toBe(answers[19]);
    expand.mockRestore();
  });
});
