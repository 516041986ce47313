// Concurrent changes of one document in this process are written together: while one write
// of a document is in flight, the changes that arrive wait and then go in one read-modify-write.
// Fifty colleagues pressing «Støtt» at once cost a couple of writes instead of fifty writes
// racing on one ETag (each losing write is a conflict, a re-read and another attempt; on Cosmos
// the losers could run out of attempts). Each caller still learns whether its own change was
// written, and gets the document as stored after its batch.
import type { BaseDoc, Collection } from './documentStore';
import { mutate } from './optimistic';

type Change<T> = (current: T | undefined) => T | undefined;

/** The document as stored after the caller's batch, its ETag, and whether the caller's change was written. */
export interface BatchResult<T> {
  value: T | undefined;
  etag?: string;
  written: boolean;
}

interface Pending<T> {
  change: Change<T>;
  resolve(result: BatchResult<T>): void;
  reject(err: unknown): void;
}

export class MutationBatcher<T extends BaseDoc> {
  /** Per document: the changes waiting for the write in flight to finish. */
  private readonly queues = new Map<string, Pending<T>[]>();

  constructor(private readonly docs: Collection<T>) {}

  mutate(id: string, change: Change<T>): Promise<BatchResult<T>> {
    return new Promise((resolve, reject) => {
      const queue = this.queues.get(id);
      if (queue) {
        queue.push({ change, resolve, reject });
        return;
      }
      this.queues.set(id, [{ change, resolve, reject }]);
      void this.drain(id);
    });
  }

  private async drain(id: string): Promise<void> {
    for (;;) {
      const batch = this.queues.get(id)!.splice(0);
      if (batch.length === 0) {
        this.queues.delete(id);
        return;
      }
      await this.write(id, batch);
    }
  }

  private async write(id: string, batch: Pending<T>[]): Promise<void> {
    let written: boolean[] = [];
    let failed: Map<number, unknown> = new Map();
    try {
      const result = await mutate(this.docs, id, (current) => {
        // The function may run again on fresh data after a conflict: start over each time.
        written = batch.map(() => false);
        failed = new Map();
        let doc = current;
        batch.forEach((p, i) => {
          try {
            const next = p.change(doc === undefined ? undefined : structuredClone(doc));
            if (next !== undefined) {
              doc = next;
              written[i] = true;
            }
          } catch (err) {
            failed.set(i, err);
          }
        });
        return written.some(Boolean) ? doc : undefined;
      });
      batch.forEach((p, i) => (failed.has(i) ? p.reject(failed.get(i)) : p.resolve({ value: result.value, etag: result.etag, written: result.written && written[i]! })));
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }
}
