// Employee ideas, one document each (partition = id). Creation is create-if-absent with an id
// derived from the form token, so a submit delivered three times stores one idea; every change
// is a read-modify-write with ETag retry (mutate), so fifty concurrent supports count fifty.
import type { Idea } from '../../domain/idea/idea';
import { ConflictError, type Collection, type DocumentStore, type Versioned } from '../documentStore';
import { MutationBatcher } from '../mutationBatcher';

/** A post claim older than this is taken over (the instance that claimed it died before posting). */
export const POST_CLAIM_STALE_MS = 60_000;

export class IdeaRepository {
  private readonly docs: Collection<Idea>;
  /** Changes of one idea that arrive together are written together (a burst of «Støtt»). */
  private readonly batcher: MutationBatcher<Idea>;

  constructor(store: DocumentStore, private readonly now: () => Date = () => new Date()) {
    this.docs = store.collection<Idea>('ideas');
    this.batcher = new MutationBatcher(this.docs);
  }

  get(id: string): Promise<Versioned<Idea> | undefined> {
    return this.docs.read(id);
  }

  async createIfAbsent(idea: Idea): Promise<{ idea: Idea; created: boolean }> {
    try {
      const saved = await this.docs.create(idea);
      return { idea: saved.value, created: true };
    } catch (err) {
      if (!(err instanceof ConflictError) || err.reason !== 'exists') throw err;
      const existing = await this.docs.read(idea.id);
      if (!existing) throw err;
      return { idea: existing.value, created: false };
    }
  }

  /** Read-modify-write; `change` returns undefined to write nothing. `written` tells whether it did. */
  async update(id: string, change: (idea: Idea) => Idea | undefined): Promise<{ idea: Idea | undefined; written: boolean }> {
    const result = await this.batcher.mutate(id, (current) => (current ? change(current) : undefined));
    return { idea: result.value, written: result.written };
  }

  /**
   * Claims the right to post the idea's card in its channel: only one of several deliveries of
   * the same submit wins. False when the card is posted or another turn is posting it.
   */
  async claimPost(id: string): Promise<boolean> {
    const now = this.now();
    const { written } = await this.update(id, (idea) => {
      if (!idea.channel || idea.channel.activityId) return undefined;
      const claimed = idea.channel.postClaimedAt;
      if (claimed && now.getTime() - Date.parse(claimed) < POST_CLAIM_STALE_MS) return undefined;
      return { ...idea, channel: { ...idea.channel, postClaimedAt: now.toISOString() } };
    });
    return written;
  }

  async listByUnits(units: readonly string[]): Promise<Idea[]> {
    if (units.length === 0) return [];
    const docs = await this.docs.query({ where: [{ field: 'unit', op: 'in', value: [...units] }] });
    return docs.map((d) => d.value);
  }

  async listAll(): Promise<Idea[]> {
    return (await this.docs.query()).map((d) => d.value);
  }

  /** Ideas from a team that was not linked to a unit when they were posted. */
  async listUnlinkedByTeam(teamId: string): Promise<Idea[]> {
    const docs = await this.docs.query({ where: [{ field: 'teamId', op: '=', value: teamId }] });
    return docs.map((d) => d.value).filter((i) => !i.unit);
  }
}
