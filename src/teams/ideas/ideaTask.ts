// The message extension's idea form (compose box, and «…» on a message): the task module opens
// with the form (prefilled from the message), and its submit stores and posts the idea.
import { randomUUID } from 'node:crypto';
import type { MessagingExtensionAction, MessagingExtensionActionResponse, TurnContext } from 'botbuilder';
import { IDEA_LIMITS, isIdeaToken, type parseIdeaForm } from '../../domain/idea/idea';
import type { RawForm } from '../../domain/initiative/formTypes';
import { t, type Locale } from '../../i18n';
import { cardAttachment } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { createIdea } from './createIdea';
import { ideaFormCard } from './ideaCards';
import { plainText, prefillFromText, rawForm } from './ideaText';

function taskForm(deps: Pick<TeamsDeps, 'config'>, locale: Locale, token: string, values: RawForm, errors?: ReturnType<typeof parseIdeaForm>, note?: string): MessagingExtensionActionResponse {
  const fieldErrors = errors && 'errors' in errors ? errors.errors : undefined;
  const card = ideaFormCard(locale, { token, mode: 'task', allowAnonymous: deps.config.ideasAllowAnonymous, values, errors: fieldErrors, note });
  return { task: { type: 'continue', value: { card: cardAttachment(card), title: t(locale, 'ideaForm.taskTitle'), height: 'large', width: 'medium' } } };
}

/** composeExtension/fetchTask: the form, prefilled when started from a message. */
export async function openIdeaTask(context: TurnContext, action: MessagingExtensionAction, deps: Pick<TeamsDeps, 'config'>): Promise<MessagingExtensionActionResponse> {
  const { locale } = turnInfo(context);
  const { values, shortened } = action.commandId === 'ideaFromMessage' ? prefillFromText(plainText(action.messagePayload?.body?.content)) : { values: {}, shortened: false };
  return taskForm(deps, locale, randomUUID(), values, undefined, shortened ? t(locale, 'ideaForm.shortened', { max: IDEA_LIMITS.text }) : undefined);
}

/** composeExtension/submitAction: the form again with the errors, or done. */
export async function submitIdeaTask(
  context: TurnContext,
  action: MessagingExtensionAction,
  deps: Pick<TeamsDeps, 'config' | 'ideas' | 'teamLinks' | 'ideaCards' | 'now'>,
): Promise<MessagingExtensionActionResponse> {
  const { locale, aadObjectId } = turnInfo(context);
  const data = (action.data ?? {}) as Record<string, unknown>;
  if (data.verb !== 'ideaSubmit' || !isIdeaToken(data.token) || !aadObjectId) {
    return { task: { type: 'message', value: t(locale, 'ideas.invalidForm') } };
  }
  const raw = rawForm(data);
  const result = await createIdea(context, deps, data.token, raw, false);
  if (result.errors) return taskForm(deps, locale, data.token, raw, result.errors);
  return {};
}
