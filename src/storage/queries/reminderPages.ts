// What the reminder job reads, in pages: the roster, initiatives and unanswered ideas once (the
// rules need them for everyone), but each leader's personal chat and profile only for the page of
// the roster being sent. Twelve thousand conversation references never sit in memory together.
import { aadIdOf, type RosterEntry } from '../../domain/roster/roster';
import { availabilityOf } from '../../domain/reminders/availability';
import type { IdeaFacts, InitiativeFacts, LeaderFacts } from '../../domain/reminders/rules';
import type { Recipient } from '../../domain/reminders/plan';
import type { Profile } from '../../domain/profile/profile';
import type { DocumentStore } from '../documentStore';
import { conversationRecordId, type ConversationRecord } from '../repositories/conversationRepository';
import { InitiativeRepository } from '../repositories/initiativeRepository';
import { RosterRepository } from '../repositories/rosterRepository';
import type { IdeaSource } from './reminderFacts';

/** What the rules need for every leader (read once per run). */
export interface PlanFacts {
  roster: RosterEntry[];
  initiativesByOwner: Map<string, InitiativeFacts[]>;
  ideasByUnit: Map<string, IdeaFacts[]>;
}

/** The personal chats and profiles of one page of people, by lower-case Entra id. */
export interface People {
  conversations: Map<string, ConversationRecord>;
  profiles: Map<string, Profile>;
}

/** Point reads at once: enough to keep the store busy, few enough not to flood it. */
const READS_AT_ONCE = 50;

export async function loadPlanFacts(store: DocumentStore, ideas: IdeaSource): Promise<PlanFacts> {
  const [roster, initiatives, ideasByUnit] = await Promise.all([new RosterRepository(store).all(), new InitiativeRepository(store).listAll(), ideas.unansweredByUnit()]);
  const initiativesByOwner = new Map<string, InitiativeFacts[]>();
  for (const i of initiatives) {
    const key = i.ownerId.toLowerCase();
    const list = initiativesByOwner.get(key) ?? [];
    list.push(i);
    initiativesByOwner.set(key, list);
  }
  return { roster, initiativesByOwner, ideasByUnit };
}

/** Reads the personal chats and profiles of `aadObjectIds` (ids as stored, or lower case). */
export async function readPeople(store: DocumentStore, aadObjectIds: readonly string[]): Promise<People> {
  const conversations = store.collection<ConversationRecord>('conversations');
  const profileDocs = store.collection<Profile>('profiles');
  const people: People = { conversations: new Map(), profiles: new Map() };
  const ids = [...new Set(aadObjectIds)];
  for (let i = 0; i < ids.length; i += READS_AT_ONCE) {
    await Promise.all(
      ids.slice(i, i + READS_AT_ONCE).map(async (aad) => {
        const key = aad.toLowerCase();
        const [conversation, profile] = await Promise.all([
          readEither(conversations, (a) => conversationRecordId({ scope: 'personal', conversationId: '', aadObjectId: a }), aad),
          readEither(profileDocs, (a) => a, aad),
        ]);
        if (conversation?.value.scope === 'personal') people.conversations.set(key, conversation.value);
        if (profile) people.profiles.set(key, profile.value);
      }),
    );
  }
  return people;
}

/** Teams sends lower-case ids, but a roster may carry another case: the id as given, then lower case. */
async function readEither<T extends { id: string }>(docs: { read(id: string): Promise<{ value: T } | undefined> }, idOf: (aad: string) => string, aad: string) {
  return (await docs.read(idOf(aad))) ?? (aad !== aad.toLowerCase() ? await docs.read(idOf(aad.toLowerCase())) : undefined);
}

export function isReachable(people: People, aad: string | undefined): boolean {
  const c = aad ? people.conversations.get(aad.toLowerCase()) : undefined;
  return !!c && c.installed && !c.unreachableAt;
}

export function leaderFactsOf(entry: RosterEntry, plan: PlanFacts, people: People): LeaderFacts {
  const aad = aadIdOf(entry)?.toLowerCase();
  return {
    id: entry.id,
    name: entry.name,
    unit: entry.unit,
    sector: entry.sector,
    sectorHeadEmail: entry.sectorHeadEmail,
    aadObjectId: aad,
    reachable: isReachable(people, aad),
    availability: availabilityOf(entry),
    initiatives: aad ? (plan.initiativesByOwner.get(aad) ?? []) : [],
    unansweredIdeas: plan.ideasByUnit.get(entry.unit) ?? [],
  };
}

/** A digest's recipient known by Entra id (an admin); `people` must hold them. */
export function recipientByAad(plan: PlanFacts, people: People, aadObjectId: string, key: string): Recipient {
  const aad = aadObjectId.toLowerCase();
  const entry = plan.roster.find((r) => aadIdOf(r)?.toLowerCase() === aad);
  return { key, name: entry?.name ?? people.profiles.get(aad)?.name ?? key, aadObjectId: aad, reachable: isReachable(people, aad), availability: entry ? availabilityOf(entry) : {} };
}

/** Entra id of a person known by e-mail: the roster's, or a profile that remembered the e-mail. */
export async function aadByEmail(store: DocumentStore, plan: PlanFacts, email: string): Promise<string | undefined> {
  const id = email.toLowerCase();
  const entry = plan.roster.find((r) => r.id === id);
  const fromRoster = entry && aadIdOf(entry);
  if (fromRoster) return fromRoster;
  const [profile] = await store.collection<Profile>('profiles').query({ where: [{ field: 'email', op: '=', value: id }] });
  return profile?.value.id;
}
