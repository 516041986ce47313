// Initiatives shared to team channels, one document per initiative and team. Kept in the
// `conversations` container beside the team links (partitioned by id, like them), so sharing
// needs no new container.
import type { InitiativeShare } from '../../domain/initiative/share';
import { ConflictError, type Collection, type DocumentStore } from '../documentStore';
import { mutate } from '../optimistic';
import { safeId } from '../safeId';

export function initiativeShareId(initiativeId: string, teamId: string): string {
  return `share:${safeId(initiativeId)}:${safeId(teamId)}`;
}

export class InitiativeShareRepository {
  private readonly docs: Collection<InitiativeShare>;

  constructor(store: DocumentStore) {
    this.docs = store.collection<InitiativeShare>('conversations');
  }

  async get(id: string): Promise<InitiativeShare | undefined> {
    const doc = await this.docs.read(id);
    return doc?.value.kind === 'initiativeShare' ? doc.value : undefined;
  }

  /** Creates the share unless it exists: only the caller that created it posts the card. */
  async claim(share: InitiativeShare): Promise<{ share: InitiativeShare; created: boolean }> {
    try {
      return { share: (await this.docs.create(share)).value, created: true };
    } catch (err) {
      if (!(err instanceof ConflictError) || err.reason !== 'exists') throw err;
      const existing = await this.get(share.id);
      if (!existing) throw err;
      return { share: existing, created: false };
    }
  }

  /** Read-modify-write with the ETag; `change` returns undefined to write nothing. */
  async update(id: string, change: (s: InitiativeShare) => InitiativeShare | undefined): Promise<{ share: InitiativeShare | undefined; written: boolean }> {
    const result = await mutate(this.docs, id, (current) => (current?.kind === 'initiativeShare' ? change(current) : undefined));
    return { share: result.value, written: result.written };
  }
}
