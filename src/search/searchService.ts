// Keeps this instance's search index in step with the store, and answers «utforsk» and
// «Andre har prøvd noe lignende». Knows nothing of Teams.
//
// - start(): rebuilds the index from every stored initiative, then refreshes on an interval.
// - onInitiativeSaved(i): the instance that saved an initiative indexes it at once, so the
//   leader sees their own change in the next search.
// - refreshChanged(): asks the store for initiatives written since the newest `updatedAt` seen,
//   minus an overlap. Several app instances each keep their own index; a change made on another
//   instance shows here after at most one refresh interval (default 60 s). The overlap covers
//   writes that commit after a later-stamped one was read, and clocks that differ a little
//   between instances; re-reading a version is harmless, and an older version never replaces a
//   newer one in the index.
import type { Initiative } from '../domain/initiative/initiative';
import type { InitiativeSearchIndex, PageRequest, SearchFilters, SearchHit, SearchPage } from './initiativeSearchIndex';

/** What the service needs from the store (InitiativeRepository has both). */
export interface InitiativeSource {
  listAll(): Promise<Initiative[]>;
  listUpdatedSince(since: string): Promise<Initiative[]>;
}

export interface SearchServiceOptions {
  /** How often to look for changes made by other instances; 0 turns the timer off. */
  refreshIntervalMs?: number;
  /** How far back from the newest change seen each refresh looks again; at least twice the interval. */
  overlapMs?: number;
  /** Called when a background refresh fails (the next one tries again). */
  onRefreshError?: (err: unknown) => void;
}

export const DEFAULT_REFRESH_INTERVAL_MS = 60_000;
export const DEFAULT_OVERLAP_MS = 2 * 60_000;

/** A proposal as far as the leader has written it. */
export interface ProposalDraft {
  title: string;
  problem: string;
  /** The proposer's unit: its own initiatives are not «others». */
  unit: string;
}

export const SIMILAR_LIMIT = 3;

export class InitiativeSearchService {
  private newestSeen: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<number> | undefined;
  private readonly refreshIntervalMs: number;
  private readonly overlapMs: number;

  constructor(
    private readonly source: InitiativeSource,
    private readonly index: InitiativeSearchIndex,
    private readonly options: SearchServiceOptions = {},
  ) {
    this.refreshIntervalMs = options.refreshIntervalMs ?? DEFAULT_REFRESH_INTERVAL_MS;
    // A save on this instance moves the mark to its own clock; the overlap must reach back past
    // the previous refresh so another instance's write in between is still read.
    this.overlapMs = Math.max(options.overlapMs ?? DEFAULT_OVERLAP_MS, 2 * this.refreshIntervalMs);
  }

  /** Rebuilds the index from the store and starts the periodic refresh. */
  async start(): Promise<void> {
    await this.rebuild();
    if (this.refreshIntervalMs > 0 && !this.timer) {
      this.timer = setInterval(() => {
        this.refreshChanged().catch((err: unknown) => this.options.onRefreshError?.(err));
      }, this.refreshIntervalMs);
      this.timer.unref(); // never keeps the process alive on shutdown
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async rebuild(): Promise<void> {
    const all = await this.source.listAll();
    this.index.rebuild(all);
    this.newestSeen = undefined;
    this.see(all);
  }

  /** Call after every successful create or update of an initiative on this instance. */
  onInitiativeSaved(initiative: Initiative): void {
    this.index.upsert(initiative);
    this.see([initiative]);
  }

  /**
   * Indexes what other instances wrote since the last look; returns how many were read. Calls
   * that overlap share one store query.
   */
  refreshChanged(): Promise<number> {
    this.refreshing ??= this.readChanges().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  search(query: string, filters?: SearchFilters, page?: PageRequest): SearchPage {
    return this.index.search(query, filters, page);
  }

  /** How many initiatives the municipality has (0: nothing registered yet, nothing to search). */
  size(): number {
    return this.index.size();
  }

  /** Up to three similar initiatives from other units, for the proposal summary. */
  similarTo(draft: ProposalDraft): SearchHit[] {
    return this.index.similar(`${draft.title}\n${draft.problem}`, draft.unit, SIMILAR_LIMIT);
  }

  private async readChanges(): Promise<number> {
    if (this.newestSeen === undefined) {
      await this.rebuild(); // nothing seen yet: an empty store at start, or start() never ran
      return this.index.size();
    }
    const since = new Date(Date.parse(this.newestSeen) - this.overlapMs).toISOString();
    const changed = await this.source.listUpdatedSince(since);
    for (const i of changed) this.index.upsert(i);
    this.see(changed);
    return changed.length;
  }

  private see(initiatives: Initiative[]): void {
    for (const i of initiatives) if (this.newestSeen === undefined || i.updatedAt > this.newestSeen) this.newestSeen = i.updatedAt;
  }
}
