// Recording reuses on the original through the repository's read-modify-write, on both stores:
// concurrent reuses from several units all land, and a retried one lands once.
import { makeInitiative } from '../../fixtures/makeInitiative';
import { recordReuse, reusingUnits, spreadActionsOf } from '../../src/domain/initiative/reuse';
import type { DocumentStore } from '../../src/storage/documentStore';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

afterAll(() => stopSharedCosmosServer());

describe.each(STORE_KINDS)('reuse links on the original (%s)', (kind) => {
  let store: DocumentStore;
  let repo: InitiativeRepository;

  beforeEach(async () => {
    store = await freshStore(kind);
    await store.init();
    repo = new InitiativeRepository(store);
  });

  afterEach(() => store.close());

  it('keeps every concurrent reuse, and a retried one once', async () => {
    await repo.createIfAbsent(makeInitiative({ id: 'orig', unit: 'Lindehaugen sykehjem' }));
    const units = ['Furulund sykehjem', 'Granly bo- og omsorgssenter', 'Solbakken sykehjem', 'Hjemmetjenesten Nord', 'Bråten dagsenter'];
    const reuses = units.map((unit, n) => ({ id: `new-${n}`, unit, sector: 'Pleie og omsorg', at: '2026-03-01T10:00:00.000Z' }));
    // Each unit's invoke, and Teams retrying the first two.
    await Promise.all([...reuses, reuses[0]!, reuses[1]!].map((r) => repo.update('orig', (i) => recordReuse(i, r))));
    const stored = (await repo.get('orig'))!.value;
    expect(stored.reusedBy?.map((r) => r.id).sort()).toEqual(reuses.map((r) => r.id).sort());
    expect(reusingUnits(stored).sort()).toEqual([...units].sort());
    expect(spreadActionsOf(stored)).toEqual(['adopted_by_others']);
  });
});
