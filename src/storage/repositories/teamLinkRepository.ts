// Which service unit a team belongs to, set by a leader with `koble kanal`. Stored in the
// `conversations` container (which already holds the channels' references), as its own kind
// of document with the id `teamlink:<team id>`; no other code reads these ids.
import type { Collection, DocumentStore, Versioned } from '../documentStore';
import { mutate } from '../optimistic';
import { safeId } from '../safeId';

export interface TeamLink {
  id: string;
  kind: 'teamLink';
  teamId: string;
  unit: string;
  sector?: string;
  /** The channel the leader linked from (ideas registered on behalf are posted here). */
  channelReference: Record<string, unknown>;
  linkedBy: { aadObjectId: string; userId: string };
  linkedAt: string;
}

export function teamLinkId(teamId: string): string {
  return `teamlink:${safeId(teamId)}`;
}

export class TeamLinkRepository {
  private readonly docs: Collection<TeamLink>;

  constructor(store: DocumentStore, private readonly now: () => Date = () => new Date()) {
    this.docs = store.collection<TeamLink>('conversations');
  }

  async get(teamId: string): Promise<TeamLink | undefined> {
    const doc: Versioned<TeamLink> | undefined = await this.docs.read(teamLinkId(teamId));
    return doc?.value.kind === 'teamLink' ? doc.value : undefined;
  }

  async link(link: Omit<TeamLink, 'id' | 'kind' | 'linkedAt'>): Promise<TeamLink> {
    const id = teamLinkId(link.teamId);
    const result = await mutate(this.docs, id, () => ({ ...link, id, kind: 'teamLink' as const, linkedAt: this.now().toISOString() }));
    return result.value!;
  }

  /** Links of the teams linked to one of `units` (for the leader's view). */
  async byUnit(unit: string): Promise<TeamLink[]> {
    const docs = await this.docs.query({ where: [{ field: 'kind', op: '=', value: 'teamLink' }, { field: 'unit', op: '=', value: unit }] });
    return docs.map((d) => d.value);
  }
}
