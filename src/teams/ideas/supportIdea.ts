// «Støtt» / «Trekk støtte» on the idea card. The button carries the wanted state, so a repeated
// press (or a retried invoke) changes nothing and updates the channel card only once.
// The idea is read once, by the write itself (presses on one idea are written together), and
// the press answers from what it wrote; the channel card follows after the answer.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { withSupport } from '../../domain/idea/idea';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { cardResponse, errorResponse } from './ideaResponses';
import { ideaIdOf } from './ideaTarget';
import { followsUp, ideaViewFor } from './ideaView';

export async function supportIdea(
  context: TurnContext,
  data: Record<string, unknown>,
  deps: Pick<TeamsDeps, 'ideas' | 'config' | 'initiatives' | 'teamLinks' | 'ideaCards' | 'now'>,
): Promise<AdaptiveCardInvokeResponse> {
  const { locale, aadObjectId } = turnInfo(context);
  const ideaId = ideaIdOf(data);
  if (!ideaId || typeof data.support !== 'boolean' || !aadObjectId) return errorResponse(400, 'BadRequest', t(locale, 'ideas.invalidForm'));
  const supporter = { aadObjectId, userId: context.activity.from.id };
  const support = data.support;
  const { idea, written } = await deps.ideas.update(ideaId, (i) => withSupport(i, supporter, support, deps.now().toISOString()));
  if (!idea) return errorResponse(404, 'NotFound', t(locale, 'ideas.notFound'));
  if (written) deps.ideaCards.refreshSoon(ideaId);
  // The unit's leader gets the follow-up section; everyone else the supporter's view.
  if (followsUp(context, deps, idea)) return cardResponse(await ideaViewFor(context, deps, idea));
  return cardResponse(await deps.ideaCards.supporterCard(locale, idea, aadObjectId));
}
