// Finds every identifier the bot holds for a person, starting from the e-mail: the roster row
// and profile give the Entra object ids and names; the personal chat gives the Teams user id,
// the chat id (botbuilder state keys contain it) and the name Teams showed.
import type { PersonIdentifiers } from '../domain/privacy/identifiers';
import type { Profile } from '../domain/profile/profile';
import { rosterIdFor, type RosterEntry } from '../domain/roster/roster';
import type { DocumentStore } from '../storage/documentStore';
import type { ConversationRecord } from '../storage/repositories/conversationRepository';

export async function identifyPerson(store: DocumentStore, person: { email: string; aadObjectId?: string }): Promise<PersonIdentifiers> {
  const email = rosterIdFor(person.email);
  const aads = new Set<string>(person.aadObjectId ? [person.aadObjectId.toLowerCase()] : []);
  const names = new Set<string>();
  const teamsIds = new Set<string>();

  const roster = (await store.collection<RosterEntry>('roster').read(email))?.value;
  if (roster) {
    names.add(roster.name);
    for (const id of [roster.aadObjectId, roster.matchedAadObjectId]) if (id) aads.add(id.toLowerCase());
  }
  const profiles = store.collection<Profile>('profiles');
  for (const p of await profiles.query({ where: [{ field: 'email', op: '=', value: email }] })) aads.add(p.value.id.toLowerCase());
  for (const aad of [...aads]) {
    const profile = (await profiles.read(aad))?.value;
    if (profile?.name) names.add(profile.name);
  }
  const conversations = store.collection<ConversationRecord>('conversations');
  for (const aad of aads) {
    const chats = await conversations.query({ where: [{ field: 'aadObjectId', op: '=', value: aad }] });
    for (const { value: chat } of chats) {
      if (chat.scope === 'personal') teamsIds.add(chat.conversationId.toLowerCase());
      const user = chat.reference.user as { id?: string; name?: string } | undefined;
      if (user?.id) teamsIds.add(user.id.toLowerCase());
      if (user?.name) names.add(user.name);
    }
  }
  return { email, aadObjectIds: [...aads].sort(), teamsIds: [...teamsIds].sort(), names: [...names].sort() };
}
