// The ideas a leader follows up (all of them for admins): `ideer` in personal chat, and the
// «Se alle ideer» button on the idea card.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { ledUnit } from '../../domain/idea/access';
import { sortForLeader, type Idea } from '../../domain/idea/idea';
import { t } from '../../i18n';
import { cardAttachment } from '../cards/template';
import { isAdmin, type TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { ideaListCard } from './ideaCards';
import { cardResponse, errorResponse } from './ideaResponses';

type Deps = Pick<TeamsDeps, 'config' | 'ideas'>;

/** Undefined for someone who is neither a unit leader nor an admin. */
async function ideasForLeader(context: TurnContext, deps: Deps): Promise<Idea[] | undefined> {
  const { aadObjectId, profile } = turnInfo(context);
  if (isAdmin(deps, aadObjectId)) return sortForLeader(await deps.ideas.listAll());
  const led = ledUnit(profile);
  if (!led) return undefined;
  return sortForLeader(await deps.ideas.listByUnits([led.unit]));
}

export async function sendLeaderIdeaList(context: TurnContext, deps: Deps): Promise<void> {
  const { locale } = turnInfo(context);
  const ideas = await ideasForLeader(context, deps);
  if (!ideas) {
    await context.sendActivity(t(locale, 'ideas.notLeader'));
    return;
  }
  await context.sendActivity({ attachments: [cardAttachment(ideaListCard(locale, ideas))] });
}

export async function leaderIdeaListCard(context: TurnContext, _data: Record<string, unknown>, deps: Deps): Promise<AdaptiveCardInvokeResponse> {
  const { locale } = turnInfo(context);
  const ideas = await ideasForLeader(context, deps);
  if (!ideas) return errorResponse(403, 'Forbidden', t(locale, 'ideas.notLeader'));
  return cardResponse(ideaListCard(locale, ideas));
}
