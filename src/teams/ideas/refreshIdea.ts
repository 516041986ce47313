// The idea card's refresh (Universal Actions): each user gets their own view of the card.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { TeamsDeps } from '../turn/deps';
import { cardResponse } from './ideaResponses';
import { targetIdea } from './ideaTarget';
import { ideaViewFor } from './ideaView';

export async function refreshIdea(
  context: TurnContext,
  data: Record<string, unknown>,
  deps: Pick<TeamsDeps, 'ideas' | 'config' | 'initiatives' | 'teamLinks'>,
): Promise<AdaptiveCardInvokeResponse> {
  const target = await targetIdea(context, data, deps);
  if (target.error) return target.error;
  return cardResponse(await ideaViewFor(context, deps, target.idea));
}
