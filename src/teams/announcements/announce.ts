// «kunngjøring» for admins: write (title, text, optional https link), preview exactly as the
// recipients will see it, choose the audience, send. Everything is validated again on send;
// the form token is the announcement id, so a double «Send» stores and sends one announcement.
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { validateAnnouncement, type Audience } from '../../domain/announcements/announcement';
import { t } from '../../i18n';
import { AnnouncementRepository } from '../../storage/repositories/announcementRepository';
import { conversationRecordId } from '../../storage/repositories/conversationRepository';
import { cardAttachment } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { announcementCard, announcementFormCard, confirmSendCard, deliveryReportCard, type AnnouncementDraft } from './announcementCards';

const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = ['title', 'text', 'linkUrl', 'linkLabel', 'audience', 'sector'] as const;

type Deps = Pick<TeamsDeps, 'config' | 'store' | 'directory' | 'announcements' | 'now'>;

function draftOf(value: Record<string, unknown>): AnnouncementDraft {
  return Object.fromEntries(FIELDS.map((f) => [f, typeof value[f] === 'string' ? (value[f] as string).slice(0, 4000) : ''])) as AnnouncementDraft;
}

async function refuseNonAdmin(context: TurnContext): Promise<boolean> {
  if (turnInfo(context).roles.admin) return false;
  await context.sendActivity(t(turnInfo(context).locale, 'programme.adminOnly'));
  return true;
}

export async function startAnnouncement(context: TurnContext, deps: Deps): Promise<void> {
  if (await refuseNonAdmin(context)) return;
  await context.sendActivity({ attachments: [cardAttachment(announcementFormCard(turnInfo(context).locale, deps.config.sectors, randomUUID()))] });
}

export async function editAnnouncement(context: TurnContext, deps: Deps): Promise<void> {
  if (await refuseNonAdmin(context)) return;
  const value = (context.activity.value ?? {}) as Record<string, unknown>;
  const token = typeof value.token === 'string' && TOKEN.test(value.token) ? value.token : randomUUID();
  await context.sendActivity({ attachments: [cardAttachment(announcementFormCard(turnInfo(context).locale, deps.config.sectors, token, draftOf(value)))] });
}

async function recipientCount(deps: Deps, audience: Audience): Promise<number> {
  const roster = await deps.directory.entries();
  if (audience.kind === 'all_leaders') return roster.length;
  if (audience.kind === 'sector') return roster.filter((r) => r.sector === audience.sector).length;
  const chats = await deps.store.collection<{ id: string; installed: boolean; unreachableAt?: string }>('conversations').query({ where: [{ field: 'scope', op: '=', value: 'personal' }] });
  return chats.filter((c) => c.value.installed && !c.value.unreachableAt).length;
}

export async function previewAnnouncement(context: TurnContext, deps: Deps): Promise<void> {
  if (await refuseNonAdmin(context)) return;
  const { locale } = turnInfo(context);
  const value = (context.activity.value ?? {}) as Record<string, unknown>;
  const token = typeof value.token === 'string' && TOKEN.test(value.token) ? value.token.toLowerCase() : undefined;
  const draft = draftOf(value);
  const checked = validateAnnouncement(draft, deps.config.sectors);
  if (!token || !checked.ok) {
    const errors = checked.ok ? {} : checked.errors;
    return void (await context.sendActivity({ attachments: [cardAttachment(announcementFormCard(locale, deps.config.sectors, token ?? randomUUID(), draft, errors))] }));
  }
  await context.sendActivity(t(locale, 'programme.announce.previewIntro'));
  await context.sendActivity({ attachments: [cardAttachment(announcementCard(checked.content, locale))] });
  const count = await recipientCount(deps, checked.audience);
  await context.sendActivity({ attachments: [cardAttachment(confirmSendCard(locale, checked.audience, count, { token, ...draft }))] });
}

export async function sendAnnouncement(context: TurnContext, deps: Deps): Promise<void> {
  if (await refuseNonAdmin(context)) return;
  const { locale, aadObjectId } = turnInfo(context);
  const value = (context.activity.value ?? {}) as Record<string, unknown>;
  const token = typeof value.token === 'string' && TOKEN.test(value.token) ? value.token.toLowerCase() : undefined;
  const draft = draftOf(value);
  const checked = validateAnnouncement(draft, deps.config.sectors);
  if (!token || !checked.ok || !aadObjectId) {
    return void (await context.sendActivity({ attachments: [cardAttachment(announcementFormCard(locale, deps.config.sectors, randomUUID(), draft, checked.ok ? {} : checked.errors))] }));
  }
  const repo = new AnnouncementRepository(deps.store, deps.now);
  const { created } = await repo.createIfAbsent({
    id: token,
    ...checked.content,
    audience: checked.audience,
    createdBy: { aadObjectId, name: context.activity.from?.name ?? '' },
    createdAt: deps.now().toISOString(),
  });
  if (!created) return void (await context.sendActivity(t(locale, 'programme.announce.alreadySent')));
  const first = { total: 0, sent: 0, pending: 0, unreachable: [], failed: [], finished: false };
  const posted = await context.sendActivity({ attachments: [cardAttachment(deliveryReportCard(locale, checked.content.title, first))] });
  if (posted?.id) {
    const recordId = conversationRecordId({ scope: 'personal', conversationId: context.activity.conversation.id, aadObjectId });
    await repo.setReportCard(token, { conversationRecordId: recordId, activityId: posted.id, locale });
  }
  deps.announcements.start(token);
}
