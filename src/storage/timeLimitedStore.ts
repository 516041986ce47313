// Puts a time limit on every storage call made inside a turn (see turnScope.ts). Outside a turn
// (reminder job, scripts, tests reading the store) calls pass through unchanged.
//
// A write that times out may still complete later. That is safe: each call writes one whole
// document (atomic in both stores), the turn writes nothing after it, and the user is asked to
// try again; handlers are idempotent, so the retry finds the finished write and does not double it.
import type { ContainerName } from './containers';
import type { BaseDoc, Collection, DocumentStore } from './documentStore';
import { currentTurnScope, StorageTimeoutError } from './turnScope';

async function limited<T>(what: string, timeoutMs: number, call: () => Promise<T>): Promise<T> {
  const scope = currentTurnScope();
  if (!scope) return call();
  if (scope.aborted) throw new StorageTimeoutError(`${what} refused: the turn was aborted after a storage timeout`);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      scope.aborted = true;
      reject(new StorageTimeoutError(`${what} took longer than ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const pending = call();
  // A late rejection after the timeout must not become an unhandled rejection.
  pending.catch(() => undefined);
  try {
    return await Promise.race([pending, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function limitCollection<T extends BaseDoc>(inner: Collection<T>, timeoutMs: number): Collection<T> {
  const name = inner.name;
  return {
    name,
    read: (id, pk) => limited(`${name}.read`, timeoutMs, () => inner.read(id, pk)),
    create: (doc) => limited(`${name}.create`, timeoutMs, () => inner.create(doc)),
    replace: (doc, etag) => limited(`${name}.replace`, timeoutMs, () => inner.replace(doc, etag)),
    upsert: (doc) => limited(`${name}.upsert`, timeoutMs, () => inner.upsert(doc)),
    delete: (id, pk, etag) => limited(`${name}.delete`, timeoutMs, () => inner.delete(id, pk, etag)),
    query: (q) => limited(`${name}.query`, timeoutMs, () => inner.query(q)),
  };
}

export function timeLimitedStore(inner: DocumentStore, timeoutMs: number): DocumentStore {
  return {
    get kind() {
      return inner.kind;
    },
    init: () => inner.init(),
    collection: <T extends BaseDoc>(name: ContainerName) => limitCollection(inner.collection<T>(name), timeoutMs),
    ping: () => inner.ping(),
    close: () => inner.close(),
  };
}
