// A mention of the bot in a channel or group chat that is no command: the idea form in the
// thread, prefilled from what was written.
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { IDEA_LIMITS } from '../../domain/idea/idea';
import { t } from '../../i18n';
import { cardAttachment } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { ideaFormCard } from './ideaCards';
import { plainText, prefillFromText } from './ideaText';

export async function showIdeaForm(context: TurnContext, deps: Pick<TeamsDeps, 'config'>): Promise<void> {
  const { locale } = turnInfo(context);
  const { values, shortened } = prefillFromText(plainText(context.activity.text));
  const note = shortened ? t(locale, 'ideaForm.shortened', { max: IDEA_LIMITS.text }) : undefined;
  const card = ideaFormCard(locale, { token: randomUUID(), mode: 'execute', allowAnonymous: deps.config.ideasAllowAnonymous, values, note });
  await context.sendActivity({ text: t(locale, 'ideas.formInThread'), attachments: [cardAttachment(card)] });
}
