// The leader's status choice on the idea card (with the reason when the status needs one).
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { applyIdeaStatus, type StatusDeps } from './applyIdeaStatus';
import { followedUpIdea } from './ideaTarget';

export async function changeIdeaStatus(context: TurnContext, data: Record<string, unknown>, deps: StatusDeps): Promise<AdaptiveCardInvokeResponse> {
  const target = await followedUpIdea(context, data, deps);
  if (target.error) return target.error;
  const reason = typeof data.reason === 'string' ? data.reason : undefined;
  return applyIdeaStatus(context, deps, target.idea, { status: String(data.status ?? ''), reason });
}
