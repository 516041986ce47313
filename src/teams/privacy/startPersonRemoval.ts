// «fjern person» (admins): asks for the e-mail of the person to remove.
import type { TurnContext } from 'botbuilder';
import { cardAttachment } from '../cards/template';
import { turnInfo } from '../turn/turnInfo';
import { refuseNonAdmin, removalFormCard } from './removalCards';

export async function startPersonRemoval(context: TurnContext): Promise<void> {
  if (await refuseNonAdmin(context)) return;
  await context.sendActivity({ attachments: [cardAttachment(removalFormCard(turnInfo(context).locale))] });
}
