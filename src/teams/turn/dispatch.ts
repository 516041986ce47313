// Hands a message to its route (routes.ts). A button's verb wins over the text; a command typed
// where it does not apply gets the conversation's default. In personal chat text that is no
// command goes to the running form (or gets «I did not understand»); in a channel or group chat
// (the bot sees only messages that mention it) it opens the idea form. Greetings and near misses
// of commands are answered in help/freeText.ts.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { answerFreeText } from '../help/freeText';
import { sendWelcome } from '../help/welcome';
import { showIdeaForm } from '../ideas/showIdeaForm';
import { plainText } from '../ideas/ideaText';
import { errorResponse, sendAsMessage } from '../ideas/ideaResponses';
import { t } from '../../i18n';
import { commandForText, inScope } from '../commandMatch';
import { executeRoute, routeForVerb, type ExecuteRoute } from '../routes';
import { authorize } from './access';
import type { TeamsDeps } from './deps';
import { turnInfo } from './turnInfo';

export async function dispatchMessage(context: TurnContext, deps: TeamsDeps): Promise<void> {
  const { scope, locale } = turnInfo(context);
  const value = (context.activity.value ?? {}) as { verb?: unknown };
  const personal = scope === 'personal';
  // Channel cards send only Action.Execute verbs; anything else there is a mention with text.
  const byVerb = personal ? routeForVerb(value.verb) : executeRoute(value.verb);
  const route = byVerb ?? commandForText(personal ? context.activity.text : plainText(context.activity.text), scope);
  if (!route) return personal ? answerFreeText(context, deps) : showIdeaForm(context, deps);
  if (route.kind === 'command' && !inScope(route, scope)) return personal ? sendWelcome(context, locale) : showIdeaForm(context, deps);
  // The permission table decides before any handler runs (an Action.Submit carries its data in value).
  const decision = await authorize(context, route.access, valueData(context), deps);
  if (!decision.ok) {
    await context.sendActivity({ text: decision.message, textFormat: 'plain' });
    return;
  }
  switch (route.kind) {
    case 'execute':
      return runExecuteAsSubmit(context, route, deps);
    case 'submit':
      return route.handler(context, deps);
    case 'command':
      return route.handler(context, deps);
  }
}

/** `adaptiveCard/action` invokes (Universal Actions). */
export async function dispatchExecute(context: TurnContext, verb: unknown, data: Record<string, unknown>, deps: TeamsDeps): Promise<AdaptiveCardInvokeResponse> {
  const route = executeRoute(verb);
  if (!route) return errorResponse(400, 'BadRequest', t(turnInfo(context).locale, 'ideas.unknownAction'));
  const decision = await authorize(context, route.access, data, deps);
  if (!decision.ok) return errorResponse(403, 'Forbidden', decision.message);
  return route.handler(context, data, deps);
}

function valueData(context: TurnContext): Record<string, unknown> {
  const value = context.activity.value;
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * A client without Universal Actions sends an Action.Execute as Action.Submit (a message whose
 * value is the data plus the inputs): it gets the same handling, answered as a message.
 */
async function runExecuteAsSubmit(context: TurnContext, route: ExecuteRoute, deps: TeamsDeps): Promise<void> {
  const { verb: _verb, ...data } = (context.activity.value ?? {}) as Record<string, unknown>;
  await sendAsMessage(context, await route.handler(context, data, deps));
}
