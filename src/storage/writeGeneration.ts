// Counts the writes this process makes to the containers the overview is counted from, so a
// cached overview can tell that it is out of date. Writes by another instance are not seen here:
// that is why the overview cache also expires after a few seconds.
import type { ContainerName } from './containers';
import type { BaseDoc, Collection, DocumentStore } from './documentStore';

/** What `loadProgrammeFacts` reads: a write to any of these changes the overview. */
const OVERVIEW_SOURCES: ReadonlySet<ContainerName> = new Set<ContainerName>(['roster', 'initiatives', 'reports', 'ideas', 'conversations']);

const generations = new WeakMap<DocumentStore, { value: number }>();

function counted<T extends BaseDoc>(inner: Collection<T>, generation: { value: number }): Collection<T> {
  // Bumped before and after the write: a read that overlaps the write is never cached as current.
  const write = async <R>(call: () => Promise<R>): Promise<R> => {
    generation.value++;
    try {
      return await call();
    } finally {
      generation.value++;
    }
  };
  return {
    name: inner.name,
    read: (id, pk) => inner.read(id, pk),
    query: (q) => inner.query(q),
    create: (doc) => write(() => inner.create(doc)),
    replace: (doc, etag) => write(() => inner.replace(doc, etag)),
    upsert: (doc) => write(() => inner.upsert(doc)),
    delete: (id, pk, etag) => write(() => inner.delete(id, pk, etag)),
  };
}

/** The store with its overview writes counted (see `writeGeneration`). */
export function withWriteGeneration(store: DocumentStore): DocumentStore {
  const generation = { value: 0 };
  const wrapped: DocumentStore = {
    kind: store.kind,
    init: () => store.init(),
    collection: <T extends BaseDoc>(name: ContainerName) => (OVERVIEW_SOURCES.has(name) ? counted(store.collection<T>(name), generation) : store.collection<T>(name)),
    ping: () => store.ping(),
    close: () => store.close(),
  };
  generations.set(wrapped, generation);
  return wrapped;
}

/** The number of overview writes so far; undefined for a store whose writes are not counted. */
export function writeGeneration(store: DocumentStore): number | undefined {
  return generations.get(store)?.value;
}
