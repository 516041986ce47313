// Who may post an idea's card: the claim names the process that made it. The same process may
// take its own claim again (its post failed); another process waits a few seconds (the claimer
// may be posting right now) and then takes over (the claimer died); a claim without a process
// (written before claims named one) is taken over after a minute. On both stores, with a clock.
import { IdeaRepository, POST_CLAIM_FOREIGN_MS, POST_CLAIM_STALE_MS } from '../../src/storage/repositories/ideaRepository';
import type { DocumentStore } from '../../src/storage/documentStore';
import { sampleIdea } from '../cards/ideaSamples';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

afterAll(() => stopSharedCosmosServer());

const T0 = new Date('2026-12-01T09:00:00.000Z');
const channel = { reference: { conversation: { id: '19:c' } } };

describe.each(STORE_KINDS)('idea post claims (%s store)', (kind) => {
  let store: DocumentStore;
  let now = T0;
  let ideas: IdeaRepository;
  beforeAll(async () => {
    store = await freshStore(kind);
    await store.init();
    ideas = new IdeaRepository(store, () => now);
  });
  afterAll(() => store.close());

  const at = (ms: number) => (now = new Date(T0.getTime() + ms));

  it('lets one process claim, take its own claim again, and another take over only after a few seconds', async () => {
    await ideas.createIfAbsent({ ...sampleIdea, id: 'idea-claim-1', channel });
    at(0);
    expect(await ideas.claimPost('idea-claim-1', 'a')).toBe(true);
    expect(await ideas.claimPost('idea-claim-1', 'a')).toBe(true);
    at(POST_CLAIM_FOREIGN_MS - 1);
    expect(await ideas.claimPost('idea-claim-1', 'b')).toBe(false);
    expect(await ideas.listUnposted('b')).toEqual([]);
    expect((await ideas.listUnposted('a')).map((i) => i.id)).toEqual(['idea-claim-1']);
    at(POST_CLAIM_FOREIGN_MS);
    expect((await ideas.listUnposted('b')).map((i) => i.id)).toEqual(['idea-claim-1']);
    expect(await ideas.claimPost('idea-claim-1', 'b')).toBe(true);
    expect((await ideas.get('idea-claim-1'))?.value.channel).toMatchObject({ postClaimedBy: 'b' });
  });

  it('never claims a card that is posted', async () => {
    await ideas.createIfAbsent({ ...sampleIdea, id: 'idea-claim-2', channel: { ...channel, activityId: 'act-1', postClaimedAt: T0.toISOString(), postClaimedBy: 'a' } });
    at(POST_CLAIM_STALE_MS * 2);
    expect(await ideas.claimPost('idea-claim-2', 'a')).toBe(false);
    expect(await ideas.claimPost('idea-claim-2', 'b')).toBe(false);
    expect((await ideas.listUnposted('b')).map((i) => i.id)).not.toContain('idea-claim-2');
  });

  it('takes over a claim without a process only after a minute', async () => {
    await ideas.createIfAbsent({ ...sampleIdea, id: 'idea-claim-3', channel: { ...channel, postClaimedAt: T0.toISOString() } });
    at(POST_CLAIM_STALE_MS - 1);
    expect(await ideas.claimPost('idea-claim-3', 'b')).toBe(false);
    at(POST_CLAIM_STALE_MS);
    expect(await ideas.claimPost('idea-claim-3', 'b')).toBe(true);
  });
});
