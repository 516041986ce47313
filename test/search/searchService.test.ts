// The search service over the real stores (embedded SQLite and the Cosmos emulator): rebuilt
// at start-up, current after a local save, and current on another instance after a refresh.
import { makeInitiative } from '../../fixtures/makeInitiative';
import type { Initiative } from '../../src/domain/initiative/initiative';
import type { DocumentStore } from '../../src/storage/documentStore';
import { InitiativeRepository } from '../../src/storage/repositories/initiativeRepository';
import { MiniSearchInitiativeIndex } from '../../src/search/miniSearchIndex';
import { InitiativeSearchService, type InitiativeSource } from '../../src/search/searchService';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

afterAll(() => stopSharedCosmosServer());

const titles = (service: InitiativeSearchService, query: string) => service.search(query).hits.map((h) => h.title);

const at = (iso: string) => () => new Date(iso);

describe.each(STORE_KINDS)('InitiativeSearchService (%s)', (kind) => {
  let store: DocumentStore;
  let repo: InitiativeRepository;
  const services: InitiativeSearchService[] = [];

  const newService = () => {
    const s = new InitiativeSearchService(repo, new MiniSearchInitiativeIndex(), { refreshIntervalMs: 0 });
    services.push(s);
    return s;
  };

  beforeEach(async () => {
    store = await freshStore(kind);
    await store.init();
    repo = new InitiativeRepository(store, at('2026-03-01T10:00:00.000Z'));
  });

  afterEach(async () => {
    for (const s of services.splice(0)) s.stop();
    await store.close();
  });

  it('lists initiatives changed since an instant, cross-partition, oldest change first', async () => {
    await repo.createIfAbsent(makeInitiative({ id: 'a', updatedAt: '2026-01-01T00:00:00.000Z' }));
    await repo.createIfAbsent(makeInitiative({ id: 'b', updatedAt: '2026-02-01T00:00:00.000Z' }));
    await repo.createIfAbsent(makeInitiative({ id: 'c', updatedAt: '2026-01-15T00:00:00.000Z' }));
    expect((await repo.listUpdatedSince('2026-01-15T00:00:00.000Z')).map((i) => i.id)).toEqual(['c', 'b']);
  });

  it('rebuilds the index from the store at start-up', async () => {
    await repo.createIfAbsent(makeInitiative({ id: 'a', title: 'Sansehage for beboere' }));
    await repo.createIfAbsent(makeInitiative({ id: 'b', title: 'Skolefrokost', unit: 'Fjellstua skole' }));
    const service = newService();
    await service.start();
    expect(titles(service, 'sansehagen')).toEqual(['Sansehage for beboere']);
    expect(service.search('').total).toBe(2);
  });

  it('shows a local save at once, without waiting for a refresh', async () => {
    const service = newService();
    await service.start();
    const { initiative } = await repo.createIfAbsent(makeInitiative({ id: 'a', title: 'Nattlys som gir bedre søvn' }));
    service.onInitiativeSaved(initiative);
    expect(titles(service, 'nattlys')).toEqual(['Nattlys som gir bedre søvn']);
  });

  it('shows another instance’s changes here after a refresh', async () => {
    await repo.createIfAbsent(makeInitiative({ id: 'a', title: 'Vaktskifte ved tavla', updatedAt: '2026-03-01T09:00:00.000Z' }));
    const here = newService();
    const there = newService();
    await Promise.all([here.start(), there.start()]);

    const changed = await repo.update('a', (i) => ({ ...i, title: 'Tavlemøte hver morgen' }));
    there.onInitiativeSaved(changed!);
    const created = await repo.createIfAbsent(makeInitiative({ id: 'b', title: 'Elsykler til hjemmetjenesten', updatedAt: '2026-03-01T10:00:00.000Z' }));
    there.onInitiativeSaved(created.initiative);

    expect(titles(here, 'tavlemøte')).toEqual([]); // stale until it looks
    expect(await here.refreshChanged()).toBe(2);
    expect(titles(here, 'tavlemøte')).toEqual(['Tavlemøte hver morgen']);
    expect(titles(here, 'vaktskifte')).toEqual([]);
    expect(titles(here, 'elsykler')).toEqual(['Elsykler til hjemmetjenesten']);
  });

  it('still reads a write stamped a little earlier than the newest change it has seen (clock skew, slow commit)', async () => {
    const here = newService();
    await repo.createIfAbsent(makeInitiative({ id: 'a', title: 'Tegn til tale', updatedAt: '2026-03-01T10:00:00.000Z' }));
    await here.start();
    // Another instance whose clock is a minute behind writes after this one has looked.
    await repo.createIfAbsent(makeInitiative({ id: 'late', title: 'Sovetid ute i vogn', updatedAt: '2026-03-01T09:59:00.000Z' }));
    await here.refreshChanged();
    expect(titles(here, 'sovetid')).toEqual(['Sovetid ute i vogn']);
  });

  it('suggests similar initiatives from other units only', async () => {
    await repo.createIfAbsent(makeInitiative({ id: 'a', title: 'Nettbrett for videosamtaler med pårørende', unit: 'Lindehaugen sykehjem' }));
    await repo.createIfAbsent(makeInitiative({ id: 'b', title: 'Videosamtaler på nettbrett med familien', unit: 'Furulund sykehjem' }));
    const service = newService();
    await service.start();
    const similar = service.similarTo({ title: 'Videosamtaler på nettbrett', problem: 'Familien bor langt unna.', unit: 'Furulund sykehjem' });
    expect(similar.map((h) => h.id)).toEqual(['a']);
  });
});

describe('InitiativeSearchService refresh timing', () => {
  const changedSource = (calls: string[]): InitiativeSource => ({
    listAll: async () => [makeInitiative({ id: 'a', updatedAt: '2026-03-01T10:00:00.000Z' })],
    listUpdatedSince: async (since) => {
      calls.push(since);
      return [] as Initiative[];
    },
  });

  afterEach(() => jest.useRealTimers());

  it('looks for changes once per interval: not before, and again after each interval', async () => {
    jest.useFakeTimers();
    const calls: string[] = [];
    const service = new InitiativeSearchService(changedSource(calls), new MiniSearchInitiativeIndex(), { refreshIntervalMs: 60_000 });
    await service.start();
    await jest.advanceTimersByTimeAsync(59_999);
    expect(calls).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(2);
    service.stop();
    await jest.advanceTimersByTimeAsync(120_000);
    expect(calls).toHaveLength(2);
  });

  it('looks back at least two intervals from the newest change seen', async () => {
    const calls: string[] = [];
    const service = new InitiativeSearchService(changedSource(calls), new MiniSearchInitiativeIndex(), { refreshIntervalMs: 0, overlapMs: 30_000 });
    await service.start();
    await service.refreshChanged();
    expect(calls).toEqual(['2026-03-01T09:59:30.000Z']);
    const slow = new InitiativeSearchService(changedSource(calls), new MiniSearchInitiativeIndex(), { refreshIntervalMs: 5 * 60_000, overlapMs: 30_000 });
    await slow.start();
    slow.stop();
    await slow.refreshChanged();
    expect(calls[1]).toBe('2026-03-01T09:50:00.000Z');
  });

  it('shares one store query between refreshes that overlap', async () => {
    const calls: string[] = [];
    const service = new InitiativeSearchService(changedSource(calls), new MiniSearchInitiativeIndex(), { refreshIntervalMs: 0 });
    await service.start();
    await Promise.all([service.refreshChanged(), service.refreshChanged(), service.refreshChanged()]);
    expect(calls).toHaveLength(1);
  });
});
