// Who receives an announcement, resolved once when it is sent and then frozen on the
// announcement, so a resumed fan-out works through the same list. Leaders who never opened
// the bot have no personal chat: they are listed as not reachable, never silently skipped.
import { aadIdOf, type RosterEntry } from '../roster/roster';
import type { Audience } from './announcement';

/** A personal chat the bot may write in (from the conversations container). */
export interface PersonalChat {
  aadObjectId: string;
  installed: boolean;
  /** The last proactive send was refused (the app was removed or blocked). */
  unreachable: boolean;
}

export interface AnnouncementRecipient {
  /** Roster id (lower-case e-mail) for leaders, `aad:<id>` for app users not on the roster. */
  key: string;
  name: string;
  aadObjectId?: string;
  /** False when there is no installed personal chat to write in. */
  reachable: boolean;
}

export function resolveRecipients(
  audience: Audience,
  input: { roster: readonly RosterEntry[]; chats: readonly PersonalChat[]; names?: ReadonlyMap<string, string> },
): AnnouncementRecipient[] {
  const chats = new Map(input.chats.map((c) => [c.aadObjectId.toLowerCase(), c]));
  const canReach = (aad: string | undefined): boolean => {
    const chat = aad ? chats.get(aad.toLowerCase()) : undefined;
    return !!chat && chat.installed && !chat.unreachable;
  };
  const byKey = (a: AnnouncementRecipient, b: AnnouncementRecipient) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  if (audience.kind !== 'app_users') {
    const leaders = audience.kind === 'sector' ? input.roster.filter((l) => l.sector === audience.sector) : input.roster;
    return leaders
      .map((l) => {
        const aad = aadIdOf(l)?.toLowerCase();
        return { key: l.id, name: l.name, ...(aad ? { aadObjectId: aad } : {}), reachable: canReach(aad) };
      })
      .sort(byKey);
  }
  // Everyone who has the app: the installed personal chats; leaders are named from the roster.
  const rosterByAad = new Map(input.roster.flatMap((l) => (aadIdOf(l) ? [[aadIdOf(l)!.toLowerCase(), l] as const] : [])));
  return input.chats
    .filter((c) => c.installed && !c.unreachable)
    .map((c) => {
      const aad = c.aadObjectId.toLowerCase();
      const leader = rosterByAad.get(aad);
      return { key: leader?.id ?? `aad:${aad}`, name: leader?.name ?? input.names?.get(aad) ?? aad, aadObjectId: aad, reachable: true };
    })
    .sort(byKey);
}
