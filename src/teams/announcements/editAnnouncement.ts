// «Endre» on the confirmation: the form again, filled in as it was, with the same token.
import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../cards/template';
import { turnInfo } from '../turn/turnInfo';
import { announcementFormCard } from './announcementCards';
import { draftOf, newToken, refuseNonAdmin, submitted, tokenOf, type AnnouncementDeps } from './announcementInput';

export async function editAnnouncement(context: TurnContext, deps: AnnouncementDeps): Promise<void> {
  if (await refuseNonAdmin(context)) return;
  const value = submitted(context);
  await context.sendActivity({ attachments: [cardAttachment(announcementFormCard(turnInfo(context).locale, deps.config.sectors, tokenOf(value) ?? newToken(), draftOf(value)))] });
}
