// «Åpne» on an idea in the leader's list: the idea card with the follow-up section.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { TeamsDeps } from '../turn/deps';
import { cardResponse } from './ideaResponses';
import { followedUpIdea, inList } from './ideaTarget';
import { ideaViewFor } from './ideaView';

export async function openIdea(
  context: TurnContext,
  data: Record<string, unknown>,
  deps: Pick<TeamsDeps, 'ideas' | 'config' | 'initiatives' | 'teamLinks'>,
): Promise<AdaptiveCardInvokeResponse> {
  const target = await followedUpIdea(context, data, deps);
  if (target.error) return target.error;
  return cardResponse(await ideaViewFor(context, deps, target.idea, { inList: inList(context) }));
}
