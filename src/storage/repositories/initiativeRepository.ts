// Initiatives, one document each (partition = id). Creation is create-if-absent with an id
// derived from the form token, so a double submit stores one initiative.
import type { Initiative } from '../../domain/initiative/initiative';
import { ConflictError, type Collection, type DocumentStore, type Versioned } from '../documentStore';
import { mutate } from '../optimistic';

const byCreatedAt = (a: Initiative, b: Initiative): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** Told about every initiative this repository wrote (e.g. the search index). */
export type InitiativeSaveListener = (saved: Initiative) => void;

export class InitiativeRepository {
  private readonly docs: Collection<Initiative>;
  private readonly saveListeners: InitiativeSaveListener[] = [];

  constructor(store: DocumentStore, private readonly now: () => Date = () => new Date()) {
    this.docs = store.collection<Initiative>('initiatives');
  }

  /** One place to hear about writes, so no handler can forget to tell the search index. */
  onSaved(listener: InitiativeSaveListener): void {
    this.saveListeners.push(listener);
  }

  private saved(initiative: Initiative): void {
    for (const listener of this.saveListeners) listener(initiative);
  }

  get(id: string): Promise<Versioned<Initiative> | undefined> {
    return this.docs.read(id);
  }

  /** Stores `initiative` unless its id exists; then returns the stored one (created: false). */
  async createIfAbsent(initiative: Initiative): Promise<{ initiative: Initiative; created: boolean }> {
    try {
      const saved = await this.docs.create(initiative);
      this.saved(saved.value);
      return { initiative: saved.value, created: true };
    } catch (err) {
      if (!(err instanceof ConflictError) || err.reason !== 'exists') throw err;
      const existing = await this.docs.read(initiative.id);
      if (!existing) throw err; // deleted in between: let the caller retry
      return { initiative: existing.value, created: false };
    }
  }

  /**
   * Read-modify-write; `change` returns undefined to write nothing (and is never called for an
   * absent initiative). Returns the initiative after the call, or undefined when absent.
   */
  async update(id: string, change: (i: Initiative) => Initiative | undefined): Promise<Initiative | undefined> {
    const result = await mutate(this.docs, id, (current) => {
      if (!current) return undefined;
      const next = change(current);
      return next && { ...next, id, updatedAt: this.now().toISOString() };
    });
    if (result.written && result.value) this.saved(result.value);
    return result.value;
  }

  /** Initiatives the user owns or co-owns, oldest first. */
  /** Like update, and says whether anything was written (a retried change writes nothing). */
  async updateIfChanged(id: string, change: (i: Initiative) => Initiative | undefined): Promise<{ initiative: Initiative | undefined; written: boolean }> {
    const result = await mutate(this.docs, id, (current) => {
      if (!current) return undefined;
      const next = change(current);
      return next && { ...next, id, updatedAt: this.now().toISOString() };
    });
    if (result.written && result.value) this.saved(result.value);
    return { initiative: result.value, written: result.written };
  }

  async listByOwner(userId: string): Promise<Initiative[]> {
    const [owned, coOwned] = await Promise.all([
      this.docs.query({ where: [{ field: 'ownerId', op: '=', value: userId }] }),
      this.docs.query({ where: [{ field: 'coOwnerIds', op: 'contains', value: userId }] }),
    ]);
    const byId = new Map<string, Initiative>();
    for (const d of [...owned, ...coOwned]) byId.set(d.value.id, d.value);
    return [...byId.values()].sort(byCreatedAt);
  }

  async listByUnit(unit: string): Promise<Initiative[]> {
    const docs = await this.docs.query({ where: [{ field: 'unit', op: '=', value: unit }] });
    return docs.map((d) => d.value).sort(byCreatedAt);
  }

  async listAll(): Promise<Initiative[]> {
    return (await this.docs.query()).map((d) => d.value).sort(byCreatedAt);
  }

  /** Initiatives written at or after `since` (ISO instant), oldest change first (cross-partition). */
  async listUpdatedSince(since: string): Promise<Initiative[]> {
    const docs = await this.docs.query({ where: [{ field: 'updatedAt', op: '>=', value: since }], orderBy: { field: 'updatedAt' } });
    return docs.map((d) => d.value);
  }
}
