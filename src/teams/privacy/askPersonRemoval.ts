// «Videre» on the removal form: a confirmation naming the e-mail; nothing is removed yet.
import type { TurnContext } from 'botbuilder';
import { t } from '../../i18n';
import { cardAttachment } from '../cards/template';
import { turnInfo } from '../turn/turnInfo';
import { refuseNonAdmin, removalConfirmCard, typedEmail } from './removalCards';

export async function askPersonRemoval(context: TurnContext): Promise<void> {
  if (await refuseNonAdmin(context)) return;
  const { locale } = turnInfo(context);
  const email = typedEmail(context);
  if (!email) return void (await context.sendActivity(t(locale, 'programme.removal.invalidEmail')));
  await context.sendActivity({ attachments: [cardAttachment(removalConfirmCard(locale, email))] });
}
