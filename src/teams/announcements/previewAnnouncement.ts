// «Forhåndsvis»: validated on the server; the announcement exactly as recipients will get it
// (the same card builder), then the audience, the number of recipients and «Send».
import type { TurnContext } from 'botbuilder';
import { validateAnnouncement } from '../../domain/announcements/announcement';
import { t } from '../../i18n';
import { cardAttachment } from '../cards/template';
import { turnInfo } from '../turn/turnInfo';
import { announcementCard, announcementFormCard, confirmSendCard } from './announcementCards';
import { draftOf, newToken, recipientCount, refuseNonAdmin, submitted, tokenOf, type AnnouncementDeps } from './announcementInput';

export async function previewAnnouncement(context: TurnContext, deps: AnnouncementDeps): Promise<void> {
  if (await refuseNonAdmin(context)) return;
  const { locale } = turnInfo(context);
  const value = submitted(context);
  const token = tokenOf(value);
  const draft = draftOf(value);
  const checked = validateAnnouncement(draft, deps.config.sectors);
  if (!token || !checked.ok) {
    const errors = checked.ok ? {} : checked.errors;
    return void (await context.sendActivity({ attachments: [cardAttachment(announcementFormCard(locale, deps.config.sectors, token ?? newToken(), draft, errors))] }));
  }
  await context.sendActivity(t(locale, 'programme.announce.previewIntro'));
  await context.sendActivity({ attachments: [cardAttachment(announcementCard(checked.content, locale))] });
  const count = await recipientCount(deps, checked.audience);
  await context.sendActivity({ attachments: [cardAttachment(confirmSendCard(locale, checked.audience, count, { token, ...draft }))] });
}
