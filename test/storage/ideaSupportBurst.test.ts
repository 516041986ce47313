// Fifty colleagues pressing «Støtt» on one idea at the same moment: the count is exact, each
// press learns that its own change was written, and the changes go in a few batched writes
// instead of fifty writes racing on one ETag. On both stores.
import { withSupport, type Idea } from '../../src/domain/idea/idea';
import { IdeaRepository } from '../../src/storage/repositories/ideaRepository';
import { CountingStore } from '../../fixtures/countingStore';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

afterAll(() => stopSharedCosmosServer());

const NOW = '2026-11-30T09:00:00.000Z';

function idea(id: string): Idea {
  return { id, title: 'Femti', need: 'Behov', proposal: 'Forslag', beneficiaries: ['users'], benefitTypes: ['quality'], supporters: [], status: 'new', history: [], createdAt: NOW, updatedAt: NOW } as unknown as Idea;
}

describe.each(STORE_KINDS)('a burst of supports on one idea (%s store)', (kind) => {
  it('counts fifty exactly, each press written once, in a few writes', async () => {
    const store = new CountingStore(await freshStore(kind));
    await store.init();
    const ideas = new IdeaRepository(store);
    await ideas.createIfAbsent(idea('idea-burst'));
    store.reset();
    const supporters = Array.from({ length: 50 }, (_, i) => ({ aadObjectId: `aad-${i}`, userId: `29:u${i}` }));
    const results = await Promise.all(supporters.map((s) => ideas.update('idea-burst', (i) => withSupport(i, s, true, NOW))));
    expect(results.every((r) => r.written)).toBe(true);
    expect((await ideas.get('idea-burst'))?.value.supporters).toHaveLength(50);
    // Without batching each press is at least one write (and a conflict retry for most).
    expect(store.of('ideas').write).toBeLessThanOrEqual(5);
    const again = await Promise.all(supporters.slice(0, 5).map((s) => ideas.update('idea-burst', (i) => withSupport(i, s, true, NOW))));
    expect(again.every((r) => !r.written)).toBe(true);
    await store.close();
  });

  it('one change that throws fails alone; the others in its batch are written', async () => {
    const store = await freshStore(kind);
    await store.init();
    const ideas = new IdeaRepository(store);
    await ideas.createIfAbsent(idea('idea-throw'));
    const ok = (n: number) => ideas.update('idea-throw', (i) => withSupport(i, { aadObjectId: `aad-${n}`, userId: `29:u${n}` }, true, NOW));
    const bad = ideas.update('idea-throw', () => {
      throw new Error('broken change');
    });
    const results = await Promise.allSettled([ok(1), bad, ok(2), ok(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((await ideas.get('idea-throw'))?.value.supporters).toHaveLength(3);
    await store.close();
  });
});
