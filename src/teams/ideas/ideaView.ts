// The idea card as one user sees it: their support, and the follow-up section for the unit's
// leader (checked on the server from the roles worked out at the start of the turn).
import type { TurnContext } from 'botbuilder';
import { mayFollowUp } from '../../domain/idea/access';
import type { Idea } from '../../domain/idea/idea';
import type { CardJson } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { ideaCard, type IdeaViewer } from './ideaCards';

export async function initiativeTitle(deps: Pick<TeamsDeps, 'initiatives'>, idea: Idea): Promise<string | undefined> {
  return idea.initiativeId ? (await deps.initiatives.get(idea.initiativeId))?.value.title : undefined;
}

/** Who may refresh the card for themselves: the leader who linked the team. */
export async function leaderUserIds(deps: Pick<TeamsDeps, 'teamLinks'>, idea: Idea): Promise<string[]> {
  const link = idea.teamId ? await deps.teamLinks.get(idea.teamId) : undefined;
  return link ? [link.linkedBy.userId] : [];
}

/** True when the speaker of this turn may follow up the idea (roles from the roster). */
export function followsUp(context: TurnContext, _deps: unknown, idea: Idea): boolean {
  const { aadObjectId, roles } = turnInfo(context);
  return !!aadObjectId && mayFollowUp({ aadObjectId, roles }, idea);
}

export async function ideaViewFor(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'config' | 'initiatives' | 'teamLinks'>,
  idea: Idea,
  extra: Partial<IdeaViewer> = {},
): Promise<CardJson> {
  const { locale, aadObjectId } = turnInfo(context);
  const isLeader = followsUp(context, deps, idea);
  const initiatives = isLeader && aadObjectId ? (await deps.initiatives.listByOwner(aadObjectId)).map((i) => ({ id: i.id, title: i.title })) : [];
  const viewer: IdeaViewer = { aadObjectId, isLeader, initiatives, initiativeTitle: await initiativeTitle(deps, idea), ...extra };
  return ideaCard(locale, idea, viewer, await leaderUserIds(deps, idea));
}
