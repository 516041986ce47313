// Employee ideas, one document each (partition = id). Creation is create-if-absent with an id
// derived from the form token, so a submit delivered three times stores one idea; every change
// is a read-modify-write with ETag retry (mutate), so fifty concurrent supports count fifty.
import type { Idea } from '../../domain/idea/idea';
import { ConflictError, type Collection, type DocumentStore, type Versioned } from '../documentStore';
import { MutationBatcher } from '../mutationBatcher';

/** A post claim older than this is taken over by any instance (the one that claimed it died or hung). */
export const POST_CLAIM_STALE_MS = 60_000;
/**
 * A claim by another process (one that has since died, or another instance) is taken over after
 * this long: a post takes well under a second, so a claim this old is very likely dead, and a
 * rare second card is better than an idea without one.
 */
export const POST_CLAIM_FOREIGN_MS = 5_000;

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

  /**
   * Read-modify-write; `change` returns undefined to write nothing. `written` tells whether it did;
   * `idea` and `etag` are the idea as stored afterwards (undefined when there is no such idea).
   */
  async update(id: string, change: (idea: Idea) => Idea | undefined): Promise<{ idea: Idea | undefined; etag?: string; written: boolean }> {
    const result = await this.batcher.mutate(id, (current) => (current ? change(current) : undefined));
    return { idea: result.value, etag: result.etag, written: result.written };
  }

  /**
   * Claims the right to post the idea's card in its channel for `instance` (one id per process):
   * only one of several deliveries of the same submit wins. False when the card is posted or
   * another process claimed it recently. A claim by `instance` itself is taken again: the caller
   * knows it is not posting now (an earlier attempt failed).
   */
  async claimPost(id: string, instance: string): Promise<boolean> {
    const now = this.now();
    const { written } = await this.update(id, (idea) => {
      if (!idea.channel || idea.channel.activityId) return undefined;
      if (!claimTakeable(idea.channel, instance, now)) return undefined;
      return { ...idea, channel: { ...idea.channel, postClaimedAt: now.toISOString(), postClaimedBy: instance } };
    });
    return written;
  }

  /** Ideas whose card was claimed but never posted, and whose claim `instance` may take over now. */
  async listUnposted(instance: string): Promise<Idea[]> {
    const now = this.now();
    const docs = await this.docs.query({ where: [{ field: 'channel.postClaimedAt', op: '>', value: '' }] });
    return docs.map((d) => d.value).filter((i) => i.channel && !i.channel.activityId && claimTakeable(i.channel, instance, now));
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

function claimTakeable(channel: NonNullable<Idea['channel']>, instance: string, now: Date): boolean {
  const claimed = channel.postClaimedAt;
  if (!claimed) return true;
  if (channel.postClaimedBy === instance) return true;
  const age = now.getTime() - Date.parse(claimed);
  return age >= (channel.postClaimedBy ? POST_CLAIM_FOREIGN_MS : POST_CLAIM_STALE_MS);
}
