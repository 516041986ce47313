// «Støtt» / «Trekk støtten» on a shared initiative in the channel: the same mechanics as the
// idea card. The button carries the wanted state and the write is ETag-checked, so one person
// supports once however often they press or Teams retries, and the channel card is brought up
// to date only when something changed.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { withShareSupport } from '../../domain/initiative/share';
import { t } from '../../i18n';
import { cardResponse, errorResponse } from '../ideas/ideaResponses';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { initiativeSharedCard } from './shareCards';

const SHARE_ID = /^share:[^/\\?#]{3,400}$/;

export async function supportInitiative(
  context: TurnContext,
  data: Record<string, unknown>,
  deps: Pick<TeamsDeps, 'shares' | 'initiatives' | 'ideaMessenger' | 'config' | 'logger' | 'now'>,
): Promise<AdaptiveCardInvokeResponse> {
  const { locale, aadObjectId } = turnInfo(context);
  if (typeof data.shareId !== 'string' || !SHARE_ID.test(data.shareId) || typeof data.support !== 'boolean' || !aadObjectId) {
    return errorResponse(400, 'BadRequest', t(locale, 'ideas.invalidForm'));
  }
  const found = await deps.shares.get(data.shareId);
  const initiative = found && (await deps.initiatives.get(found.initiativeId))?.value;
  if (!found || !initiative) return errorResponse(404, 'NotFound', t(locale, 'explore.shareNotFound'));
  const support = data.support;
  const supporter = { aadObjectId, userId: context.activity.from.id };
  const { share, written } = await deps.shares.update(found.id, (s) => withShareSupport(s, supporter, support, deps.now().toISOString()));
  const current = share ?? found;
  if (written && current.activityId) {
    try {
      await deps.ideaMessenger.update(current.reference, current.activityId, initiativeSharedCard(deps.config.defaultLocale, initiative, current));
    } catch (err) {
      deps.logger.warn({ err, shareId: current.id }, 'could not update the shared initiative card');
    }
  }
  const mine = current.supporters.some((s) => s.aadObjectId === aadObjectId);
  return cardResponse(initiativeSharedCard(locale, initiative, current, mine));
}
