// The overview cache: a second «oversikt» within the window reads nothing, any write to the facts
// in this process drops it, the window holds on both sides of the clock, and stores whose writes
// are not counted are never cached.
import { workingTimePolicy } from '../../src/domain/calendar/policy';
import { overviewFor, type Viewer } from '../../src/domain/overview/scope';
import { SqliteDocumentStore } from '../../src/storage/embedded/sqliteDocumentStore';
import { loadProgrammeFacts } from '../../src/storage/programmeFacts';
import { withWriteGeneration } from '../../src/storage/writeGeneration';
import { CACHE_SECONDS, cachedOverview, MAX_SCOPES, scopeKey } from '../../src/teams/overview/overviewCache';
import { CountingStore } from '../../fixtures/countingStore';
import { seededProgramme, SMALL_PROGRAMME } from '../../fixtures/overviewProgramme';
import { seedStore } from '../../fixtures/seedStore';
import { freshStore, STORE_KINDS, stopSharedCosmosServer } from '../support/stores';

const p = seededProgramme(SMALL_PROGRAMME);
const admin: Viewer = { role: 'admin' };

async function setup() {
  const raw = new SqliteDocumentStore(':memory:');
  await raw.init();
  await seedStore(raw, p);
  const counting = new CountingStore(raw);
  const store = withWriteGeneration(counting);
  let loads = 0;
  const overview = (viewer: Viewer, now: Date = p.now) =>
    cachedOverview(store, viewer, now, async () => {
      loads++;
      const facts = await loadProgrammeFacts(store);
      const clock = { now, policy: workingTimePolicy(), cycle: p.cycle };
      return { view: overviewFor(viewer, facts, clock), facts, clock };
    });
  return { store, raw, overview, loads: () => loads };
}

const initiativesOf = (v: Awaited<ReturnType<Awaited<ReturnType<typeof setup>>['overview']>>) => (v.view.role === 'admin' ? v.view.overview.totals.initiatives : -1);

describe('overview cache', () => {
  it('answers a second request in the window from the cache', async () => {
    const s = await setup();
    const first = await s.overview(admin);
    const second = await s.overview(admin, new Date(p.now.getTime() + 1000));
    expect(s.loads()).toBe(1);
    expect(second).toBe(first);
  });

  it('computes a scope once for a burst of requests on an empty cache', async () => {
    const s = await setup();
    const views = await Promise.all(Array.from({ length: 20 }, () => s.overview(admin)));
    expect(s.loads()).toBe(1);
    expect(new Set(views).size).toBe(1);
  });

  it('does not share a computation that started before a write', async () => {
    const s = await setup();
    const first = s.overview(admin);
    await s.store.collection<{ id: string }>('reports').upsert({ ...p.reports[0]!, id: 'under-veis' });
    const second = s.overview(admin);
    await Promise.all([first, second]);
    expect(s.loads()).toBe(2);
  });

  it('drops the cached overview when an initiative is written in this process', async () => {
    const s = await setup();
    const before = initiativesOf(await s.overview(admin));
    const extra = { ...p.initiatives[0]!, id: 'ny-ini', title: 'Nytt tiltak' };
    await s.store.collection<typeof extra>('initiatives').upsert(extra);
    const after = initiativesOf(await s.overview(admin));
    expect(s.loads()).toBe(2);
    expect(after).toBe(before + 1);
  });

  it('drops it on a report, an idea or a roster write too', async () => {
    const s = await setup();
    await s.overview(admin);
    await s.store.collection<{ id: string }>('reports').upsert({ ...p.reports[0]!, id: 'ny-rapport' });
    await s.overview(admin);
    await s.store.collection<{ id: string }>('ideas').upsert({ ...p.ideas[0]!, id: 'ny-ide' });
    await s.overview(admin);
    await s.store.collection<{ id: string }>('roster').upsert({ ...p.roster[0]! });
    await s.overview(admin);
    expect(s.loads()).toBe(4);
  });

  it('keeps it after writes to other containers', async () => {
    const s = await setup();
    await s.overview(admin);
    await s.store.collection<{ id: string }>('profiles').upsert({ id: 'noen' });
    await s.overview(admin);
    expect(s.loads()).toBe(1);
  });

  it('expires after the window, whichever way the clock moved', async () => {
    const s = await setup();
    const ms = CACHE_SECONDS * 1000;
    await s.overview(admin);
    await s.overview(admin, new Date(p.now.getTime() + ms));
    expect(s.loads()).toBe(1);
    await s.overview(admin, new Date(p.now.getTime() + ms + 1));
    expect(s.loads()).toBe(2);
    await s.overview(admin, new Date(p.now.getTime() - 1));
    expect(s.loads()).toBe(3);
  });

  it('keeps one overview per scope: a sector head never gets the admin numbers', async () => {
    const s = await setup();
    const sector = p.roster[0]!.sector;
    await s.overview(admin);
    const head = await s.overview({ role: 'sector_head', sectors: [sector] });
    expect(s.loads()).toBe(2);
    expect(head.view.role).toBe('sector_head');
    expect(scopeKey({ role: 'sector_head', sectors: ['b', 'a'] })).toBe(scopeKey({ role: 'sector_head', sectors: ['a', 'b', 'a'] }));
    expect(scopeKey({ role: 'leader', aadObjectId: 'A', sector: 's' })).not.toBe(scopeKey({ role: 'leader', aadObjectId: 'B', sector: 's' }));
  });

  it('keeps at most MAX_SCOPES scopes, dropping the oldest', async () => {
    const s = await setup();
    const leader = (n: number): Viewer => ({ role: 'leader', aadObjectId: `leder-${n}`, sector: 'x' });
    for (let n = 0; n <= MAX_SCOPES; n++) await s.overview(leader(n));
    expect(s.loads()).toBe(MAX_SCOPES + 1);
    await s.overview(leader(MAX_SCOPES));
    expect(s.loads()).toBe(MAX_SCOPES + 1);
    await s.overview(leader(0));
    expect(s.loads()).toBe(MAX_SCOPES + 2);
  });

  it('does not cache for a store whose writes are not counted', async () => {
    const s = await setup();
    let loads = 0;
    const compute = async () => {
      loads++;
      const facts = await loadProgrammeFacts(s.raw);
      const clock = { now: p.now, policy: workingTimePolicy(), cycle: p.cycle };
      return { view: overviewFor(admin, facts, clock), facts, clock };
    };
    await cachedOverview(s.raw, admin, p.now, compute);
    await cachedOverview(s.raw, admin, p.now, compute);
    expect(loads).toBe(2);
  });
});

describe.each(STORE_KINDS)('overview cache on the %s store, with a write under way', (kind) => {
  afterAll(() => stopSharedCosmosServer());

  it('does not keep an overview read while a write to its facts was made', async () => {
    const raw = await freshStore(kind);
    await raw.init();
    const store = withWriteGeneration(raw);
    let loads = 0;
    const compute = (writeMeanwhile: boolean) => async () => {
      loads++;
      const reading = loadProgrammeFacts(store);
      // Another turn's write lands between the queries and the counting.
      if (writeMeanwhile) await store.collection<{ id: string }>('ideas').upsert({ ...p.ideas[0]!, id: `samtidig-${loads}` });
      const facts = await reading;
      const clock = { now: p.now, policy: workingTimePolicy(), cycle: p.cycle };
      return { view: overviewFor(admin, facts, clock), facts, clock };
    };
    await cachedOverview(store, admin, p.now, compute(true));
    const fresh = await cachedOverview(store, admin, p.now, compute(false));
    await cachedOverview(store, admin, p.now, compute(false));
    expect(loads).toBe(2);
    expect(fresh.view.role === 'admin' && fresh.view.overview.totals.ideas.submitted).toBe(1);
    await raw.close();
  });
});
