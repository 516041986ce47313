// The overview from the store: the seeded small programme, loaded in five queries on both
// stores, counts the known numbers.
import { workingTimePolicy } from '../../src/domain/calendar/policy';
import { computeOverview } from '../../src/domain/overview/computeOverview';
import type { DocumentStore } from '../../src/storage/documentStore';
import { loadProgrammeFacts } from '../../src/storage/programmeFacts';
import { seededProgramme, SMALL_PROGRAMME_COUNTS as N } from '../../fixtures/overviewProgramme';
import { seedStore } from '../../fixtures/seedStore';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

afterAll(() => stopSharedCosmosServer());

describe.each(STORE_KINDS)('programme facts (%s)', (kind) => {
  let store: DocumentStore;
  const p = seededProgramme();
  beforeAll(async () => {
    store = await freshStore(kind);
    await store.init();
    await seedStore(store, p);
  });
  afterAll(() => store.close());

  it('loads everything the overview counts, and the counts are the known ones', async () => {
    const facts = await loadProgrammeFacts(store);
    expect([facts.roster.length, facts.initiatives.length, facts.reports.length, facts.ideas.length]).toEqual([8, 10, 20, 16]);
    expect(facts.reachable.size).toBe(7);
    const o = computeOverview(facts, { now: p.now, policy: workingTimePolicy(), cycle: p.cycle });
    expect(o.headline).toEqual({ registered: N.registered, expected: N.expected });
    expect(o.totals.late.count).toBe(N.late);
    expect(o.totals.unreachable.people.map((x) => x.id)).toEqual([...N.unreachable]);
    expect(o.totals.ideas).toEqual(N.ideas);
  });
});
