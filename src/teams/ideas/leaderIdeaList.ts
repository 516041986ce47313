// The ideas a leader follows up (all of them for admins): `ideer` in personal chat, and the
// «Se alle ideer» button on the idea card.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { sortForLeader, type Idea } from '../../domain/idea/idea';
import { t } from '../../i18n';
import { cardAttachment } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { ideaListCard } from './ideaCards';
import { cardResponse, errorResponse } from './ideaResponses';

type Deps = Pick<TeamsDeps, 'config' | 'ideas'>;

/** The ideas of the units the speaker leads (roster); admins see all. The route's rule let them in. */
async function ideasForLeader(context: TurnContext, deps: Deps): Promise<Idea[] | undefined> {
  const { roles } = turnInfo(context);
  if (roles.admin) return sortForLeader(await deps.ideas.listAll());
  if (roles.leads.length === 0) return undefined;
  return sortForLeader(await deps.ideas.listByUnits(roles.leads.map((l) => l.unit)));
}

export async function sendLeaderIdeaList(context: TurnContext, deps: Deps): Promise<void> {
  const { locale } = turnInfo(context);
  const ideas = await ideasForLeader(context, deps);
  if (!ideas) {
    await context.sendActivity(t(locale, 'access.leadersOnly'));
    return;
  }
  await context.sendActivity({ attachments: [cardAttachment(ideaListCard(locale, ideas))] });
}

export async function leaderIdeaListCard(context: TurnContext, _data: Record<string, unknown>, deps: Deps): Promise<AdaptiveCardInvokeResponse> {
  const { locale } = turnInfo(context);
  const ideas = await ideasForLeader(context, deps);
  if (!ideas) return errorResponse(403, 'Forbidden', t(locale, 'access.leadersOnly'));
  return cardResponse(ideaListCard(locale, ideas));
}
