// What the app needs from storage: JSON documents with optimistic concurrency. Both adapters
// (Cosmos DB and the embedded SQLite store) implement exactly these semantics and pass one
// contract suite (test/storage/contract.ts).
import type { ContainerName } from './containers';

export interface BaseDoc {
  id: string;
}

/** A document as stored, with the opaque version tag to use for a conditional replace. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

export type Scalar = string | number | boolean | null;

/** One condition on a field; `field` may be a dotted path (`a.b`). Conditions are ANDed. */
export type Condition =
  | { field: string; op: '=' | '!=' | '<' | '<=' | '>' | '>='; value: Scalar }
  | { field: string; op: 'in'; value: Scalar[] }
  /** The array in `field` contains `value`. */
  | { field: string; op: 'contains'; value: string | number };

export interface Query {
  /** Restricts the query to one partition (cheaper in Cosmos); omit for a cross-partition query. */
  partitionKey?: string;
  where?: Condition[];
  orderBy?: { field: string; direction?: 'asc' | 'desc' };
  limit?: number;
}

export interface Collection<T extends BaseDoc> {
  readonly name: ContainerName;
  /** The document, or undefined when absent. `partitionKey` defaults to `id`. */
  read(id: string, partitionKey?: string): Promise<Versioned<T> | undefined>;
  /** Creates the document; throws ConflictError('exists') when the id is taken. */
  create(doc: T): Promise<Versioned<T>>;
  /** Replaces the document only if it still has `etag`; ConflictError('etag') or ('missing') otherwise. */
  replace(doc: T, etag: string): Promise<Versioned<T>>;
  /** Writes unconditionally (last writer wins): for data where that is the wanted behaviour. */
  upsert(doc: T): Promise<Versioned<T>>;
  /** Deletes; with `etag` only if unchanged. Deleting an absent document is not an error. */
  delete(id: string, partitionKey?: string, etag?: string): Promise<void>;
  query(query?: Query): Promise<Versioned<T>[]>;
}

export interface DocumentStore {
  readonly kind: 'embedded' | 'cosmos';
  /** Creates what is missing (database, containers, tables). */
  init(): Promise<void>;
  collection<T extends BaseDoc>(name: ContainerName): Collection<T>;
  /** Resolves when the store answers; rejects otherwise (used by /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type ConflictReason = 'exists' | 'etag' | 'missing';

/** A concurrency conflict the caller may resolve by reading again and retrying. */
export class ConflictError extends Error {
  constructor(
    readonly container: string,
    readonly id: string,
    readonly reason: ConflictReason,
  ) {
    super(`Conflict in ${container}/${id}: ${reason}`);
    this.name = 'ConflictError';
  }
}

/** Any other storage failure, with the operation and document that failed. */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}

export const FIELD_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Field names end up in SQL text in both adapters, so only plain identifiers are allowed. */
export function assertField(field: string): void {
  if (!FIELD_PATTERN.test(field)) throw new StorageError(`Invalid field name in query: ${field}`);
}

export function partitionKeyOf(doc: BaseDoc, partitionKeyField: string): string {
  const pk = (doc as unknown as Record<string, unknown>)[partitionKeyField];
  if (typeof pk !== 'string' || pk === '') {
    throw new StorageError(`Document ${doc.id} has no partition key field "${partitionKeyField}"`);
  }
  return pk;
}
