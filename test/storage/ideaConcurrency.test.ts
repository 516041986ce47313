// Fifty supports of one idea at the same moment, straight on the idea repository, on both
// stores: the count is exact. The Cosmos emulator serves requests concurrently, so reads and
// writes interleave there (a read-then-write without the ETag check keeps only some of them);
// the embedded store cannot interleave, which is why this runs on both.
import { IdeaRepository } from '../../src/storage/repositories/ideaRepository';
import { sampleIdea } from '../cards/ideaSamples';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

afterAll(() => stopSharedCosmosServer());

describe.each(STORE_KINDS)('idea repository under concurrent updates (%s store)', (kind) => {
  it('keeps all fifty of fifty concurrent supports', async () => {
    const store = await freshStore(kind);
    await store.init();
    try {
      const ideas = new IdeaRepository(store);
      const id = 'idea-concurrent-50';
      await ideas.createIfAbsent({ ...sampleIdea, id, supporters: [] });
      await Promise.all(
        Array.from({ length: 50 }, (_, n) =>
          ideas.update(id, (idea) => ({ ...idea, supporters: [...idea.supporters, { aadObjectId: `aad-${n}`, userId: `29:${n}` }] })),
        ),
      );
      const stored = (await ideas.get(id))!.value;
      expect(new Set(stored.supporters.map((s) => s.aadObjectId)).size).toBe(50);
    } finally {
      await store.close();
    }
  });
});
