// Reads what the laggard rules need for every roster leader in a few queries (not one per
// leader): roster, personal conversations, initiatives, profiles and unanswered ideas. Used by
// the reminder job and by the admins' roster status, so it lives below both.
import { aadIdOf, type RosterEntry } from '../../domain/roster/roster';
import { availabilityOf } from '../../domain/reminders/availability';
import type { IdeaFacts, InitiativeFacts, LeaderFacts } from '../../domain/reminders/rules';
import type { Recipient } from '../../domain/reminders/plan';
import type { Profile } from '../../domain/profile/profile';
import type { Idea } from '../../domain/idea/idea';
import type { DocumentStore } from '../documentStore';
import type { ConversationRecord } from '../repositories/conversationRepository';
import { InitiativeRepository } from '../repositories/initiativeRepository';
import { RosterRepository } from '../repositories/rosterRepository';

/** Where unanswered ideas come from (a seam for tests). */
export interface IdeaSource {
  unansweredByUnit(): Promise<Map<string, IdeaFacts[]>>;
}

/** Reads the `ideas` container: an idea is unanswered while its status is still `new`. */
export class StoredIdeaSource implements IdeaSource {
  constructor(private readonly store: DocumentStore) {}

  async unansweredByUnit(): Promise<Map<string, IdeaFacts[]>> {
    const docs = await this.store.collection<Idea>('ideas').query({ where: [{ field: 'status', op: '=', value: 'new' }] });
    const byUnit = new Map<string, IdeaFacts[]>();
    for (const { value: d } of docs) {
      if (!d.unit) continue;
      const list = byUnit.get(d.unit) ?? [];
      list.push({ id: d.id, createdAt: d.createdAt });
      byUnit.set(d.unit, list);
    }
    return byUnit;
  }
}

export interface RunFacts {
  roster: RosterEntry[];
  leaders: LeaderFacts[];
  conversationsByAad: Map<string, ConversationRecord>;
  profilesById: Map<string, Profile>;
  /** Reachable recipient for a person known by roster e-mail or profile e-mail. */
  recipientByEmail(email: string): Recipient | undefined;
  recipientByAad(aadObjectId: string, key: string): Recipient;
}

export async function loadFacts(store: DocumentStore, ideas: IdeaSource): Promise<RunFacts> {
  const [roster, conversations, initiatives, profiles, ideasByUnit] = await Promise.all([
    new RosterRepository(store).all(),
    store.collection<ConversationRecord>('conversations').query({ where: [{ field: 'scope', op: '=', value: 'personal' }] }),
    new InitiativeRepository(store).listAll(),
    store.collection<Profile>('profiles').query(),
    ideas.unansweredByUnit(),
  ]);
  const conversationsByAad = new Map<string, ConversationRecord>();
  for (const { value } of conversations) if (value.aadObjectId) conversationsByAad.set(value.aadObjectId.toLowerCase(), value);
  const profilesById = new Map<string, Profile>(profiles.map((p) => [p.value.id.toLowerCase(), p.value]));
  const byOwner = new Map<string, InitiativeFacts[]>();
  const byCoOwner = new Map<string, InitiativeFacts[]>();
  for (const i of initiatives) {
    const key = i.ownerId.toLowerCase();
    byOwner.set(key, [...(byOwner.get(key) ?? []), i]);
    for (const co of i.coOwnerIds ?? []) byCoOwner.set(co.toLowerCase(), [...(byCoOwner.get(co.toLowerCase()) ?? []), i]);
  }
  const reachable = (aad: string | undefined): boolean => {
    const c = aad ? conversationsByAad.get(aad.toLowerCase()) : undefined;
    return !!c && c.installed && !c.unreachableAt;
  };
  const leaders: LeaderFacts[] = roster.map((r) => {
    const aad = aadIdOf(r)?.toLowerCase();
    return {
      id: r.id,
      name: r.name,
      unit: r.unit,
      sector: r.sector,
      sectorHeadEmail: r.sectorHeadEmail,
      aadObjectId: aad,
      reachable: reachable(aad),
      availability: availabilityOf(r),
      initiatives: aad ? (byOwner.get(aad) ?? []) : [],
      coOwned: aad ? (byCoOwner.get(aad) ?? []) : [],
      unansweredIdeas: ideasByUnit.get(r.unit) ?? [],
    };
  });
  const rosterByEmail = new Map(roster.map((r) => [r.id, r]));
  const profileByEmail = new Map<string, Profile>();
  for (const p of profilesById.values()) if (p.email) profileByEmail.set(p.email.toLowerCase(), p);
  const recipientByAad = (aadObjectId: string, key: string): Recipient => {
    const aad = aadObjectId.toLowerCase();
    const entry = roster.find((r) => aadIdOf(r)?.toLowerCase() === aad);
    return {
      key,
      name: entry?.name ?? profilesById.get(aad)?.name ?? key,
      aadObjectId: aad,
      reachable: reachable(aad),
      availability: entry ? availabilityOf(entry) : {},
    };
  };
  return {
    roster,
    leaders,
    conversationsByAad,
    profilesById,
    recipientByAad,
    recipientByEmail(email) {
      const id = email.toLowerCase();
      const entry = rosterByEmail.get(id);
      const aad = (entry && aadIdOf(entry)) ?? profileByEmail.get(id)?.id;
      if (!aad) return undefined;
      return { ...recipientByAad(aad, id), name: entry?.name ?? profileByEmail.get(id)?.name ?? id };
    },
  };
}
