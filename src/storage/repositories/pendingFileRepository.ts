// Files offered to a user with Teams' file consent card, by consent id, until the user accepts
// (the bot uploads them) or declines. In the store, not in memory: the invoke may reach another
// instance, or come after a restart. The TTL removes offers nobody answered.
import type { Collection, DocumentStore } from '../documentStore';
import { mutate } from '../optimistic';

export type PendingFileStatus = 'pending' | 'uploading' | 'uploaded' | 'declined';

export interface PendingFile {
  /** The consent id sent in the card's accept and decline context. */
  id: string;
  /** Entra object id of the user it was offered to: only they may accept it. */
  ownerAadObjectId: string;
  name: string;
  description: string;
  sizeInBytes: number;
  /** The bytes, base64; emptied once uploaded. */
  contentBase64: string;
  status: PendingFileStatus;
  /** When an instance started uploading (a stale claim may be taken over). */
  claimedAt?: string;
  createdAt: string;
  updatedAt: string;
  /** Seconds; the store deletes the offer after this. */
  ttl: number;
}

export class PendingFileRepository {
  private readonly docs: Collection<PendingFile>;

  constructor(store: DocumentStore) {
    this.docs = store.collection<PendingFile>('pendingFiles');
  }

  async create(file: PendingFile): Promise<void> {
    await this.docs.create(file);
  }

  async get(id: string): Promise<PendingFile | undefined> {
    return (await this.docs.read(id))?.value;
  }

  /** Read-modify-write; `change` returns undefined to write nothing. `written` tells whether this call won. */
  async update(id: string, change: (file: PendingFile) => PendingFile | undefined): Promise<{ file: PendingFile | undefined; written: boolean }> {
    const result = await mutate(this.docs, id, (current) => (current ? change(current) : undefined));
    return { file: result.value, written: result.written };
  }
}
