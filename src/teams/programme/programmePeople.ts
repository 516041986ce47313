// Who is who in the programme, from the roster only (never the card or the profile's role):
// the applicant's name, unit and sector; the decider's sectors; where the kommunalsjef's chat is.
import type { ConversationReference, TurnContext } from 'botbuilder';
import type { Applicant, DeciderFacts, ViewerFacts } from '../../domain/leadershipProgramme/application';
import { aadIdOf } from '../../domain/roster/roster';
import type { Profile } from '../../domain/profile/profile';
import type { Locale } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import type { SendOutcome } from '../proactive/throttledSender';

export async function applicantFor(context: TurnContext, deps: Pick<TeamsDeps, 'roster'>): Promise<Applicant | undefined> {
  const { roles, aadObjectId } = turnInfo(context);
  const lead = roles.leads[0];
  if (!lead) return undefined;
  const row = await deps.roster.get(lead.rosterId);
  return { email: lead.rosterId, aadObjectId, name: row?.name ?? context.activity.from?.name ?? lead.rosterId, unit: lead.unit, sector: lead.sector };
}

/** The speaker's e-mail as the server knows it: their roster row, else the one Teams gave. */
export function speakerEmail(context: TurnContext): string {
  const { roles, profile } = turnInfo(context);
  return roles.leads[0]?.rosterId ?? profile?.email ?? '';
}

export function deciderFacts(context: TurnContext): DeciderFacts {
  return { email: speakerEmail(context), headOfSectors: turnInfo(context).roles.headOf };
}

export function viewerFacts(context: TurnContext): ViewerFacts {
  const { aadObjectId, roles } = turnInfo(context);
  return { ...deciderFacts(context), aadObjectId, isAdmin: roles.admin };
}

export interface SectorHead {
  aadObjectId: string;
  /** Teams user id (MRI) from their personal chat, for refresh.userIds; unknown until they used the bot. */
  userId?: string;
}

/** The kommunalsjefer the roster names for `sector` that the bot can identify. */
export async function sectorHeadsOf(deps: Pick<TeamsDeps, 'directory' | 'store' | 'conversations'>, sector: string): Promise<SectorHead[]> {
  const entries = await deps.directory.entries();
  const emails = new Set(entries.filter((e) => e.sector === sector && e.sectorHeadEmail).map((e) => e.sectorHeadEmail!.trim().toLowerCase()));
  const ids = new Set<string>();
  for (const email of emails) {
    const row = entries.find((e) => e.id === email);
    const fromRoster = row && aadIdOf(row);
    if (fromRoster) ids.add(fromRoster);
    const profiles = await deps.store.collection<Profile>('profiles').query({ where: [{ field: 'email', op: '=', value: email }] });
    for (const p of profiles) ids.add(p.value.id);
  }
  const heads: SectorHead[] = [];
  for (const aadObjectId of [...ids].sort()) {
    const chat = await deps.conversations.findByUser(aadObjectId);
    const userId = (chat?.value.reference.user as { id?: string } | undefined)?.id;
    heads.push({ aadObjectId, ...(userId ? { userId } : {}) });
  }
  return heads;
}

/** Sends to someone's personal chat through the throttled sender; no chat is `unreachable`. */
export async function sendToPerson(
  deps: Pick<TeamsDeps, 'conversations' | 'sender'>,
  aadObjectId: string | undefined,
  activity: Parameters<TeamsDeps['sender']['send']>[1],
): Promise<SendOutcome> {
  const chat = aadObjectId ? await deps.conversations.findByUser(aadObjectId) : undefined;
  if (!chat?.value.installed || chat.value.unreachableAt) return { status: 'unreachable', attempts: 0, error: 'no personal chat' };
  return deps.sender.send({ reference: chat.value.reference as Partial<ConversationReference>, conversationRecordId: chat.value.id }, activity);
}

/** The language someone reads their messages in (their profile), else the default. */
export async function localeOf(deps: Pick<TeamsDeps, 'profiles' | 'config'>, aadObjectId: string | undefined): Promise<Locale> {
  const profile = aadObjectId ? (await deps.profiles.get(aadObjectId))?.value : undefined;
  return (profile?.language as Locale | undefined) ?? deps.config.defaultLocale;
}
