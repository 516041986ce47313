// «kunngjøring» (admins): the empty form, with a fresh token that becomes the announcement id.
import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../cards/template';
import { turnInfo } from '../turn/turnInfo';
import { announcementFormCard } from './announcementCards';
import { newToken, refuseNonAdmin, type AnnouncementDeps } from './announcementInput';

export async function startAnnouncement(context: TurnContext, deps: AnnouncementDeps): Promise<void> {
  if (await refuseNonAdmin(context)) return;
  await context.sendActivity({ attachments: [cardAttachment(announcementFormCard(turnInfo(context).locale, deps.config.sectors, newToken()))] });
}
