// Retention (RETENTION_DAYS): transient records expire by themselves. Every write to a
// container listed here gets a `ttl` (unless the document sets its own), so a record lives
// for the retention period after its last change; Cosmos DB deletes it natively (per-item TTL
// on a container with defaultTtl -1) and the embedded store hides and replaces it the same way.
import type { ContainerName } from './containers';
import type { BaseDoc, Collection, DocumentStore } from './documentStore';

/** Reminder records (the outbox) and botbuilder's saved dialog state. */
export const RETAINED_CONTAINERS = ['outbox', 'botstate'] as const satisfies readonly ContainerName[];

export function withRetention(store: DocumentStore, retentionDays: number): DocumentStore {
  const ttl = Math.round(retentionDays * 86_400);
  const retained = new Set<ContainerName>(RETAINED_CONTAINERS);
  const stamp = <T extends BaseDoc>(doc: T): T => (typeof (doc as { ttl?: unknown }).ttl === 'number' ? doc : { ...doc, ttl });
  return {
    kind: store.kind,
    init: () => store.init(),
    ping: () => store.ping(),
    close: () => store.close(),
    collection<T extends BaseDoc>(name: ContainerName): Collection<T> {
      const inner = store.collection<T>(name);
      if (!retained.has(name)) return inner;
      return {
        name,
        read: (id, pk) => inner.read(id, pk),
        create: (doc) => inner.create(stamp(doc)),
        replace: (doc, etag) => inner.replace(stamp(doc), etag),
        upsert: (doc) => inner.upsert(stamp(doc)),
        delete: (id, pk, etag) => inner.delete(id, pk, etag),
        query: (q) => inner.query(q),
      };
    },
  };
}
