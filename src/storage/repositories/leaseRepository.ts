// Leases in the `leases` container (TTL): at most one instance runs a job at a time. Taking a
// lease is create-if-absent, or replace-if-unchanged when the current one has expired or is
// ours; losing either race is a ConflictError, i.e. someone else holds it.
import { ConflictError, type Collection, type DocumentStore } from '../documentStore';

export interface LeaseDoc {
  id: string;
  owner: string;
  acquiredAt: string;
  expiresAt: string;
  /** Seconds; the store deletes the document after this (a safety net: expiresAt decides). */
  ttl: number;
}

export class LeaseRepository {
  private readonly docs: Collection<LeaseDoc>;

  constructor(store: DocumentStore) {
    this.docs = store.collection<LeaseDoc>('leases');
  }

  /** True when `owner` now holds the lease `name` until now + ttlMs. */
  async acquire(name: string, owner: string, ttlMs: number, now: Date): Promise<boolean> {
    const doc: LeaseDoc = {
      id: name,
      owner,
      acquiredAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
      // Generous: the store's clock is real time while jobs may run on an injected clock.
      ttl: Math.max(60, Math.ceil((ttlMs * 4) / 1000)),
    };
    try {
      const current = await this.docs.read(name);
      if (!current) {
        await this.docs.create(doc);
        return true;
      }
      const expired = new Date(current.value.expiresAt).getTime() <= now.getTime();
      if (current.value.owner !== owner && !expired) return false;
      await this.docs.replace({ ...doc, acquiredAt: current.value.owner === owner ? current.value.acquiredAt : doc.acquiredAt }, current.etag);
      return true;
    } catch (err) {
      if (err instanceof ConflictError) return false;
      throw err;
    }
  }

  /** Extends a lease we hold; false if it was lost (expired and taken by another). */
  renew(name: string, owner: string, ttlMs: number, now: Date): Promise<boolean> {
    return this.acquire(name, owner, ttlMs, now);
  }

  async release(name: string, owner: string): Promise<void> {
    const current = await this.docs.read(name);
    if (!current || current.value.owner !== owner) return;
    try {
      await this.docs.delete(name, undefined, current.etag);
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
    }
  }

  async get(name: string): Promise<LeaseDoc | undefined> {
    return (await this.docs.read(name))?.value;
  }
}
