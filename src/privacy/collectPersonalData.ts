// «mine data»: everything the bot holds about one person, as plain JSON (the Teams side shows
// it as a card and offers it as a file). Each section is that person's own data; where a
// document also holds other people (a cohort's applications, an idea's supporters) only the
// person's part is taken.
import type { Idea } from '../domain/idea/idea';
import type { Initiative, ProgressReport } from '../domain/initiative/initiative';
import { applicationsOf, type Application } from '../domain/leadershipProgramme/application';
import { mentions, type PersonIdentifiers } from '../domain/privacy/identifiers';
import type { Profile } from '../domain/profile/profile';
import type { RosterEntry } from '../domain/roster/roster';
import type { BotStateDoc } from '../storage/botStateStorage';
import { CONTAINER_NAMES } from '../storage/containers';
import type { BaseDoc, DocumentStore } from '../storage/documentStore';
import type { AnnouncementDoc } from '../storage/repositories/announcementRepository';
import type { ConversationRecord } from '../storage/repositories/conversationRepository';
import { EnrolmentRepository } from '../storage/repositories/enrolmentRepository';
import type { OutboxRecord } from '../storage/repositories/outboxRepository';
import { identifyPerson } from './personIdentity';

export interface PersonalData {
  collectedAt: string;
  person: { email: string; aadObjectIds: string[] };
  profiles: Profile[];
  roster?: RosterEntry;
  initiatives: Initiative[];
  reports: ProgressReport[];
  ideasSubmitted: Idea[];
  supports: Array<{ ideaId: string; title: string }>;
  reminderHistory: OutboxRecord[];
  conversations: ConversationRecord[];
  /** Saved dialog state (ids only: it is half-filled forms and technical data). */
  botState: Array<{ id: string; updatedAt: string }>;
  applications: Application[];
  announcementsWritten: Array<{ id: string; title: string; createdAt: string }>;
  /** Any other document that mentions the person (for completeness; normally empty). */
  otherMentions: Array<{ container: string; id: string }>;
}

export async function collectPersonalData(store: DocumentStore, person: { email: string; aadObjectId?: string }, now = new Date()): Promise<PersonalData> {
  const ids = await identifyPerson(store, person);
  const isMe = (v: string | undefined) => !!v && (ids.aadObjectIds.includes(v.toLowerCase()) || v.toLowerCase() === ids.email);
  const all = async <T extends BaseDoc>(name: (typeof CONTAINER_NAMES)[number]) => (await store.collection<T>(name).query()).map((d) => d.value);

  const profiles = (await all<Profile>('profiles')).filter((p) => isMe(p.id) || isMe(p.email));
  const roster = (await store.collection<RosterEntry>('roster').read(ids.email))?.value;
  const initiatives = (await all<Initiative>('initiatives')).filter((i) => isMe(i.ownerId) || i.coOwnerIds.some(isMe));
  const mine = new Set(initiatives.map((i) => i.id));
  const reports = (await all<ProgressReport>('reports')).filter((r) => mine.has(r.initiativeId) || isMe(r.reportedById));
  const ideas = await all<Idea>('ideas');
  const outbox = (await all<OutboxRecord>('outbox')).filter((o) => isMe(o.recipientKey) || mentions(o.key, ids));
  const conversations = (await all<ConversationRecord>('conversations')).filter((c) => isMe(c.aadObjectId));
  const botState = (await all<BotStateDoc>('botstate')).filter((b) => mentions(b, ids)).map((b) => ({ id: b.id, updatedAt: b.updatedAt }));
  const applications = (await new EnrolmentRepository(store).byApplicant(ids.email)).flatMap((e) => applicationsOf(e, ids.email));
  const announcements = (await all<AnnouncementDoc>('announcements')).filter((a) => isMe(a.createdBy.aadObjectId));

  const seen = new Set<string>([
    ...profiles.map((p) => `profiles/${p.id}`),
    ...(roster ? [`roster/${roster.id}`] : []),
    ...initiatives.map((i) => `initiatives/${i.id}`),
    ...reports.map((r) => `reports/${r.id}`),
    ...outbox.map((o) => `outbox/${o.id}`),
    ...conversations.map((c) => `conversations/${c.id}`),
    ...botState.map((b) => `botstate/${b.id}`),
    ...announcements.map((a) => `announcements/${a.id}`),
  ]);
  const otherMentions: PersonalData['otherMentions'] = [];
  for (const container of CONTAINER_NAMES) {
    if (container === 'enrolments' || container === 'ideas') continue; // taken apart above
    for (const doc of await all<BaseDoc>(container)) if (!seen.has(`${container}/${doc.id}`) && mentions(doc, ids)) otherMentions.push({ container, id: doc.id });
  }

  return {
    collectedAt: now.toISOString(),
    person: { email: ids.email, aadObjectIds: ids.aadObjectIds },
    profiles,
    ...(roster ? { roster } : {}),
    initiatives,
    reports,
    ideasSubmitted: ideas.filter((i) => isMe(i.submitterId)),
    supports: ideas.filter((i) => i.supporters.some((s) => isMe(s.aadObjectId))).map((i) => ({ ideaId: i.id, title: i.title })),
    reminderHistory: outbox,
    conversations,
    botState,
    applications,
    announcementsWritten: announcements.map((a) => ({ id: a.id, title: a.title, createdAt: a.createdAt })),
    otherMentions,
  };
}
