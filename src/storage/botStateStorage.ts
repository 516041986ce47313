// botbuilder's Storage contract (conversation and user state, dialog stacks) on top of any
// DocumentStore. The shape is declared here instead of imported, so that src/storage does not
// depend on the Bot Framework SDK; TypeScript checks it is assignable where src/teams uses it.
import { ConflictError, StorageError, type Collection } from './documentStore';
import { safeId } from './safeId';

export interface StateItem {
  eTag?: string;
  [key: string]: unknown;
}
export type StateItems = Record<string, StateItem>;

/** Structurally identical to botbuilder's `Storage`. */
export interface BotStateStorage {
  read(keys: string[]): Promise<StateItems>;
  write(changes: StateItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

export interface BotStateDoc {
  id: string;
  /** The botbuilder key as given (ids are encoded: Cosmos ids may not contain / \ ? #). */
  key: string;
  state: Record<string, unknown>;
  updatedAt: string;
}

/** botbuilder keys contain '/', which Cosmos ids may not. */
export function stateDocumentId(key: string): string {
  return safeId(key);
}

export class DocumentBotStateStorage implements BotStateStorage {
  constructor(private readonly docs: Collection<BotStateDoc>) {}

  async read(keys: string[]): Promise<StateItems> {
    const items: StateItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const found = await this.docs.read(stateDocumentId(key));
        if (found) items[key] = { ...found.value.state, eTag: found.etag };
      }),
    );
    return items;
  }

  async write(changes: StateItems): Promise<void> {
    await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        const { eTag, ...state } = item;
        const doc: BotStateDoc = { id: stateDocumentId(key), key, state: JSON.parse(JSON.stringify(state)), updatedAt: new Date().toISOString() };
        if (!eTag || eTag === '*') {
          await this.docs.upsert(doc);
          return;
        }
        try {
          await this.docs.replace(doc, eTag);
        } catch (err) {
          if (err instanceof ConflictError) {
            throw new StorageError(`State for ${key} was changed by another turn (eTag conflict)`, { cause: err });
          }
          throw err;
        }
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.docs.delete(stateDocumentId(key))));
  }
}
