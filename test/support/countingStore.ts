// A DocumentStore wrapper for tests: counts reads, queries and writes per container (to prove
// the store round-trip budgets of a turn), and can make the next matching operation fail (to
// test what a turn that throws leaves behind).
import type { ContainerName } from '../../src/storage/containers';
import type { BaseDoc, Collection, DocumentStore } from '../../src/storage/documentStore';

export type OpKind = 'read' | 'query' | 'write';

export interface Counts {
  read: number;
  query: number;
  write: number;
}

const KIND: Record<keyof Collection<BaseDoc>, OpKind | undefined> = {
  name: undefined,
  read: 'read',
  query: 'query',
  create: 'write',
  replace: 'write',
  upsert: 'write',
  delete: 'write',
};

export class CountingStore implements DocumentStore {
  private readonly counts = new Map<ContainerName, Counts>();
  private failure: { container: ContainerName; kind: OpKind } | undefined;

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

  /** Starts counting from zero. */
  reset(): void {
    this.counts.clear();
  }

  of(container: ContainerName): Counts {
    return { read: 0, query: 0, write: 0, ...this.counts.get(container) };
  }

  total(): Counts {
    const sum: Counts = { read: 0, query: 0, write: 0 };
    for (const c of this.counts.values()) {
      sum.read += c.read;
      sum.query += c.query;
      sum.write += c.write;
    }
    return sum;
  }

  /** The next `kind` operation on `container` throws. */
  failNext(container: ContainerName, kind: OpKind): void {
    this.failure = { container, kind };
  }

  collection<T extends BaseDoc>(name: ContainerName): Collection<T> {
    const inner = this.inner.collection<T>(name);
    return new Proxy(inner, {
      get: (target, prop, receiver) => {
        const value = Reflect.get(target, prop, receiver);
        const kind = KIND[prop as keyof Collection<BaseDoc>];
        if (typeof value !== 'function' || !kind) return value;
        return (...args: unknown[]) => {
          if (this.failure?.container === name && this.failure.kind === kind) {
            this.failure = undefined;
            return Promise.reject(new Error(`test failure: ${kind} on ${name}`));
          }
          const c = this.counts.get(name) ?? { read: 0, query: 0, write: 0 };
          c[kind]++;
          this.counts.set(name, c);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  }
}
