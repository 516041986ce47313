// Where the bot can reach people and channels later (reminders, notifications): the Teams
// conversation reference, saved on install and on each personal turn, marked gone on uninstall.
import type { Collection, DocumentStore, Versioned } from '../documentStore';
import { mutate } from '../optimistic';
import { safeId } from '../safeId';

export type ConversationScope = 'personal' | 'channel' | 'groupChat';

export interface ConversationRecord {
  id: string;
  scope: ConversationScope;
  conversationId: string;
  tenantId?: string;
  /** Entra object id of the user (personal chats). */
  aadObjectId?: string;
  teamId?: string;
  /** botbuilder ConversationReference, stored as plain JSON. */
  reference: Record<string, unknown>;
  installed: boolean;
  installedAt: string;
  uninstalledAt?: string;
  welcomedAt?: string;
  /** Set when a proactive send was refused (403/404): the app was removed or blocked. */
  unreachableAt?: string;
  updatedAt: string;
}

export interface ConversationKey {
  scope: ConversationScope;
  conversationId: string;
  aadObjectId?: string;
}

export interface ConversationUpdate extends ConversationKey {
  tenantId?: string;
  teamId?: string;
  reference: Record<string, unknown>;
}

/** Personal chats are keyed by the user (one per user); other conversations by their id. */
export function conversationRecordId(key: ConversationKey): string {
  return key.scope === 'personal' && key.aadObjectId ? `user:${key.aadObjectId}` : `conv:${safeId(key.conversationId)}`;
}

export class ConversationRepository {
  private readonly docs: Collection<ConversationRecord>;

  constructor(store: DocumentStore, private readonly now: () => Date = () => new Date()) {
    this.docs = store.collection<ConversationRecord>('conversations');
  }

  get(id: string): Promise<Versioned<ConversationRecord> | undefined> {
    return this.docs.read(id);
  }

  findByUser(aadObjectId: string): Promise<Versioned<ConversationRecord> | undefined> {
    return this.docs.read(conversationRecordId({ scope: 'personal', conversationId: '', aadObjectId }));
  }

  /**
   * Saves the reference; writes only when something changed, so ordinary turns cost one read.
   * `likelyNew` (someone the bot has no profile of) tries to create the record without reading
   * first; when it exists after all, the conflict reads it and goes on as usual.
   */
  async remember(update: ConversationUpdate, options: { likelyNew?: boolean } = {}): Promise<ConversationRecord> {
    const id = conversationRecordId(update);
    const result = await mutate(this.docs, id, (current) => {
      const stamp = this.now().toISOString();
      if (!current) {
        return {
          id,
          scope: update.scope,
          conversationId: update.conversationId,
          tenantId: update.tenantId,
          aadObjectId: update.aadObjectId,
          teamId: update.teamId,
          reference: update.reference,
          installed: true,
          installedAt: stamp,
          updatedAt: stamp,
        };
      }
      const unchanged =
        current.installed && !current.unreachableAt && current.conversationId === update.conversationId && JSON.stringify(current.reference) === JSON.stringify(update.reference);
      if (unchanged) return undefined;
      return {
        ...current,
        conversationId: update.conversationId,
        tenantId: update.tenantId ?? current.tenantId,
        teamId: update.teamId ?? current.teamId,
        reference: update.reference,
        installed: true,
        installedAt: current.installed ? current.installedAt : stamp,
        uninstalledAt: undefined,
        unreachableAt: undefined,
        updatedAt: stamp,
      };
    }, options.likelyNew ? { known: { current: undefined } } : {});
    return result.value!;
  }

  /**
   * Claims the right to send the welcome message. Teams sends both installationUpdate and
   * conversationUpdate on install; only the turn that wins this conditional write greets.
   */
  async claimWelcome(id: string): Promise<boolean> {
    const result = await mutate(this.docs, id, (current) =>
      current && !current.welcomedAt ? { ...current, welcomedAt: this.now().toISOString() } : undefined,
    );
    return result.written;
  }

  async markUninstalled(id: string): Promise<void> {
    await mutate(this.docs, id, (current) =>
      current ? { ...current, installed: false, uninstalledAt: this.now().toISOString(), welcomedAt: undefined, updatedAt: this.now().toISOString() } : undefined,
    );
  }

  async markUnreachable(id: string): Promise<void> {
    await mutate(this.docs, id, (current) => (current ? { ...current, unreachableAt: this.now().toISOString(), updatedAt: this.now().toISOString() } : undefined));
  }
}
