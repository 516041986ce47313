// A DocumentStore wrapper that counts reads, writes and queries (per container), so the suite
// can report storage operations per turn type. Passed to createApp's `store` override.
import type { BaseDoc, Collection, DocumentStore } from '../../src/storage/documentStore';

export interface StoreCounts {
  reads: number;
  writes: number;
  queries: number;
  /** Failed conditional writes (etag / exists conflicts): retries under contention. */
  conflicts: number;
  byContainer: Record<string, { reads: number; writes: number; queries: number }>;
}

export function emptyCounts(): StoreCounts {
  return { reads: 0, writes: 0, queries: 0, conflicts: 0, byContainer: {} };
}

export class CountingStore implements DocumentStore {
  counts = emptyCounts();

  constructor(private readonly inner: DocumentStore) {}

  get kind() {
    return this.inner.kind;
  }

  init() {
    return this.inner.init();
  }

  ping() {
    return this.inner.ping();
  }

  close() {
    return this.inner.close();
  }

  reset(): StoreCounts {
    const before = this.counts;
    this.counts = emptyCounts();
    return before;
  }

  collection<T extends BaseDoc>(name: Parameters<DocumentStore['collection']>[0]): Collection<T> {
    const inner = this.inner.collection<T>(name);
    const count = (kind: 'reads' | 'writes' | 'queries') => {
      this.counts[kind]++;
      const c = (this.counts.byContainer[name] ??= { reads: 0, writes: 0, queries: 0 });
      c[kind]++;
    };
    const write = async <R>(op: () => Promise<R>): Promise<R> => {
      count('writes');
      try {
        return await op();
      } catch (err) {
        if ((err as Error).name === 'ConflictError') this.counts.conflicts++;
        throw err;
      }
    };
    return {
      name: inner.name,
      read: (id, pk) => (count('reads'), inner.read(id, pk)),
      create: (doc) => write(() => inner.create(doc)),
      replace: (doc, etag) => write(() => inner.replace(doc, etag)),
      upsert: (doc) => write(() => inner.upsert(doc)),
      delete: (id, pk, etag) => write(() => inner.delete(id, pk, etag)),
      query: (q) => (count('queries'), inner.query(q)),
    };
  }
}
