// What the announcement handlers share: the admin check, the form token (the announcement id)
// and the draft as typed, read from a submit; and how many people an audience reaches.
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Audience } from '../../domain/announcements/announcement';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import type { AnnouncementDraft } from './announcementCards';

export type AnnouncementDeps = Pick<TeamsDeps, 'config' | 'store' | 'directory' | 'announcements' | 'now'>;

const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = ['title', 'text', 'linkUrl', 'linkLabel', 'audience', 'sector'] as const;

export function submitted(context: TurnContext): Record<string, unknown> {
  return (context.activity.value ?? {}) as Record<string, unknown>;
}

export function draftOf(value: Record<string, unknown>): AnnouncementDraft {
  return Object.fromEntries(FIELDS.map((f) => [f, typeof value[f] === 'string' ? (value[f] as string).slice(0, 4000) : ''])) as AnnouncementDraft;
}

/** The form's token, when it is one the bot could have made; otherwise undefined. */
export function tokenOf(value: Record<string, unknown>): string | undefined {
  return typeof value.token === 'string' && TOKEN.test(value.token) ? value.token.toLowerCase() : undefined;
}

export const newToken = (): string => randomUUID();

/** True (and the speaker told so) when the speaker is not a programme admin. */
export async function refuseNonAdmin(context: TurnContext): Promise<boolean> {
  if (turnInfo(context).roles.admin) return false;
  await context.sendActivity(t(turnInfo(context).locale, 'programme.adminOnly'));
  return true;
}

export async function recipientCount(deps: AnnouncementDeps, audience: Audience): Promise<number> {
  const roster = await deps.directory.entries();
  if (audience.kind === 'all_leaders') return roster.length;
  if (audience.kind === 'sector') return roster.filter((r) => r.sector === audience.sector).length;
  const chats = await deps.store.collection<{ id: string; installed: boolean; unreachableAt?: string }>('conversations').query({ where: [{ field: 'scope', op: '=', value: 'personal' }] });
  return chats.filter((c) => c.value.installed && !c.value.unreachableAt).length;
}
