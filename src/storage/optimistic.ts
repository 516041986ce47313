// Read-modify-write with optimistic concurrency: read the document, compute the change, write
// it conditionally (create-if-absent or replace-if-unchanged) and start over on a conflict.
// This is how every concurrent update in the app avoids lost updates (e.g. 50 colleagues
// supporting one idea at the same moment).
import { ConflictError, type BaseDoc, type Collection, type Versioned } from './documentStore';

export interface MutateResult<T> {
  /** The document after the call (undefined if absent and nothing was created). */
  value: T | undefined;
  etag?: string;
  /** False when `change` decided there was nothing to write. */
  written: boolean;
}

/**
 * `change` gets the current document (or undefined) and returns the new one, or `undefined`
 * to write nothing. It may run several times, so it must not have side effects.
 */
export async function mutate<T extends BaseDoc>(
  docs: Collection<T>,
  id: string,
  change: (current: T | undefined) => T | undefined,
  options: { partitionKey?: string; attempts?: number; known?: { current: Versioned<T> | undefined } } = {},
): Promise<MutateResult<T>> {
  const attempts = options.attempts ?? 20;
  for (let attempt = 0; attempt < attempts; attempt++) {
    // A caller that has just read the document saves the first read; a conflict reads afresh.
    const current = attempt === 0 && options.known ? options.known.current : await docs.read(id, options.partitionKey);
    const next = change(current ? structuredClone(current.value) : undefined);
    if (next === undefined) return { value: current?.value, etag: current?.etag, written: false };
    try {
      const saved = current ? await docs.replace(next, current.etag) : await docs.create(next);
      return { value: saved.value, etag: saved.etag, written: true };
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      // Someone else wrote first: back off a little (with jitter) and try on fresh data.
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(100, 5 * 2 ** attempt)));
    }
  }
  throw new ConflictError(docs.name, id, 'etag');
}
