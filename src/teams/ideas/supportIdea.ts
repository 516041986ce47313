// «Støtt» / «Trekk støtte» on the idea card. The button carries the wanted state, so a repeated
// press (or a retried invoke) changes nothing and updates the channel card only once.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { withSupport } from '../../domain/idea/idea';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { cardResponse, errorResponse } from './ideaResponses';
import { targetIdea } from './ideaTarget';
import { ideaViewFor } from './ideaView';

export async function supportIdea(
  context: TurnContext,
  data: Record<string, unknown>,
  deps: Pick<TeamsDeps, 'ideas' | 'config' | 'initiatives' | 'teamLinks' | 'ideaCards' | 'now'>,
): Promise<AdaptiveCardInvokeResponse> {
  const { locale, aadObjectId } = turnInfo(context);
  const target = await targetIdea(context, data, deps);
  if (target.error) return target.error;
  if (typeof data.support !== 'boolean' || !aadObjectId) return errorResponse(400, 'BadRequest', t(locale, 'ideas.invalidForm'));
  const support = data.support;
  const supporter = { aadObjectId, userId: context.activity.from.id };
  const { idea, written } = await deps.ideas.update(target.idea.id, (i) => withSupport(i, supporter, support, deps.now().toISOString()));
  // The channel card is shared by everyone: it follows after the answer, so under a burst of
  // presses each one answers from its own write instead of waiting for the burst's updates.
  if (written) deps.ideaCards.refreshSoon(target.idea.id);
  return cardResponse(await ideaViewFor(context, deps, idea ?? target.idea));
}
