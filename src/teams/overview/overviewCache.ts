// The overview of a seeded programme costs tens of milliseconds of CPU to read and count (six
// thousand documents), and people press «Oversikt» again and again. One computed overview per
// viewer scope is kept for a few seconds: dropped on any write to the facts in this process,
// and at most CACHE_SECONDS stale for writes made by another instance.
import type { OverviewClock, ProgrammeFacts } from '../../domain/overview/overview';
import type { OverviewView, Viewer } from '../../domain/overview/scope';
import type { DocumentStore } from '../../storage/documentStore';
import { writeGeneration } from '../../storage/writeGeneration';

export const CACHE_SECONDS = 5;
/** Scopes are few (admins, each set of sectors, each leader); the bound keeps memory flat. */
export const MAX_SCOPES = 200;

export interface ComputedOverview {
  view: OverviewView;
  facts: ProgrammeFacts;
  clock: OverviewClock;
}

interface Entry {
  at: number;
  generation: number;
  value: ComputedOverview;
}

const caches = new WeakMap<DocumentStore, Map<string, Entry>>();
/** Overviews being computed: a burst of «oversikt» on an empty cache computes each scope once. */
const flights = new WeakMap<DocumentStore, Map<string, { generation: number; value: Promise<ComputedOverview> }>>();

/** Everything that decides what the viewer sees; the same key means the same overview. */
export function scopeKey(viewer: Viewer): string {
  switch (viewer.role) {
    case 'sector_head':
      return `sector_head\u0000${[...new Set(viewer.sectors)].sort().join('\u0000')}`;
    case 'leader':
      return `leader\u0000${viewer.aadObjectId.toLowerCase()}\u0000${viewer.sector}`;
    default:
      return viewer.role;
  }
}

/**
 * The cached overview for the viewer, or a fresh one from `compute`. Only stores whose writes
 * are counted (withWriteGeneration) are cached: without that there is nothing to invalidate on.
 */
export async function cachedOverview(store: DocumentStore, viewer: Viewer, now: Date, compute: () => Promise<ComputedOverview>): Promise<ComputedOverview> {
  const before = writeGeneration(store);
  if (before === undefined) return compute();
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  const key = scopeKey(viewer);
  const hit = cache.get(key);
  // Both sides: a clock that went back (tests, a corrected clock) must not keep an old overview.
  if (hit && hit.generation === before && Math.abs(now.getTime() - hit.at) <= CACHE_SECONDS * 1000) return hit.value;
  let flying = flights.get(store);
  if (!flying) flights.set(store, (flying = new Map()));
  const flight = flying.get(key);
  if (flight && flight.generation === before) return flight.value;
  const computing = compute().then((value) => {
    // Stamped with the count from BEFORE the read: a write that landed while reading may or may
    // not be in the facts, so it makes the entry out of date at once.
    cache.delete(key);
    cache.set(key, { at: now.getTime(), generation: before, value });
    if (cache.size > MAX_SCOPES) cache.delete(cache.keys().next().value!);
    return value;
  });
  flying.set(key, { generation: before, value: computing });
  const done = () => {
    if (flying.get(key)?.value === computing) flying.delete(key);
  };
  computing.then(done, done);
  return computing;
}
