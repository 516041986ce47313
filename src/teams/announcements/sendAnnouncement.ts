// «Send»: validated again (the card's data is not trusted), stored once by its token (a double
// press sends one announcement), the delivery report card posted, and the fan-out started in
// the background; the report card is updated in place as it goes.
import type { TurnContext } from 'botbuilder';
import { validateAnnouncement } from '../../domain/announcements/announcement';
import { t } from '../../i18n';
import { AnnouncementRepository } from '../../storage/repositories/announcementRepository';
import { conversationRecordId } from '../../storage/repositories/conversationRepository';
import { cardAttachment } from '../cards/template';
import { turnInfo } from '../turn/turnInfo';
import { announcementFormCard, deliveryReportCard } from './announcementCards';
import { draftOf, newToken, refuseNonAdmin, submitted, tokenOf, type AnnouncementDeps } from './announcementInput';

export async function sendAnnouncement(context: TurnContext, deps: AnnouncementDeps): Promise<void> {
  if (await refuseNonAdmin(context)) return;
  const { locale, aadObjectId } = turnInfo(context);
  const value = submitted(context);
  const token = tokenOf(value);
  const draft = draftOf(value);
  const checked = validateAnnouncement(draft, deps.config.sectors);
  if (!token || !checked.ok || !aadObjectId) {
    return void (await context.sendActivity({ attachments: [cardAttachment(announcementFormCard(locale, deps.config.sectors, newToken(), draft, checked.ok ? {} : checked.errors))] }));
  }
  const repo = new AnnouncementRepository(deps.store, deps.now);
  const { announcement, created } = await repo.createIfAbsent({
    id: token,
    ...checked.content,
    audience: checked.audience,
    createdBy: { aadObjectId, name: context.activity.from?.name ?? '' },
    createdAt: deps.now().toISOString(),
  });
  // A press that stored it but died before sending started may be repeated; anything later is a double press.
  if (!created && (announcement.reportCard || announcement.sendStartedAt)) return void (await context.sendActivity(t(locale, 'programme.announce.alreadySent')));
  const first = { total: 0, sent: 0, pending: 0, unreachable: [], failed: [], finished: false };
  const posted = await context.sendActivity({ attachments: [cardAttachment(deliveryReportCard(locale, checked.content.title, first))] });
  if (posted?.id) {
    const recordId = conversationRecordId({ scope: 'personal', conversationId: context.activity.conversation.id, aadObjectId });
    await repo.setReportCard(token, { conversationRecordId: recordId, activityId: posted.id, locale });
  }
  deps.announcements.start(token);
}
