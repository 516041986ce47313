// The answers to an Action.Execute invoke: a card that replaces the pressed one, a short message,
// or an error. A client without Universal Actions gets the same answer as a chat message.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardAttachment, type CardJson } from '../cards/template';

export const MESSAGE_ACTION_RESPONSE = 'application/vnd.microsoft.activity.message';
export const ERROR_RESPONSE = 'application/vnd.microsoft.error';

export function cardResponse(card: CardJson): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card };
}

export function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: MESSAGE_ACTION_RESPONSE, value: text as unknown as Record<string, unknown> };
}

export function errorResponse(statusCode: number, code: string, message: string): AdaptiveCardInvokeResponse {
  return { statusCode, type: ERROR_RESPONSE, value: { code, message } };
}

/** Sends an invoke's answer as a message (for an Action.Execute that arrived as Action.Submit). */
export async function sendAsMessage(context: TurnContext, res: AdaptiveCardInvokeResponse): Promise<void> {
  if (res.type === ADAPTIVE_CARD_CONTENT_TYPE) await context.sendActivity({ attachments: [cardAttachment(res.value as CardJson)] });
  else if (res.type === MESSAGE_ACTION_RESPONSE) await context.sendActivity(res.value as unknown as string);
  else await context.sendActivity(String((res.value as { message?: unknown }).message ?? ''));
}
