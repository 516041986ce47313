// Where ideas meet the proposal dialog: the proposal is prefilled from an idea, and once the
// initiative is registered the two are linked and the submitter is told. Both only for the
// idea's leader (or an admin).
import type { TurnContext } from 'botbuilder';
import { withStatus } from '../../domain/idea/idea';
import type { RawForm } from '../../domain/initiative/formTypes';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { followsUp } from './ideaView';

export async function initiativePrefill(context: TurnContext, deps: Pick<TeamsDeps, 'ideas' | 'config'>, ideaId: unknown): Promise<RawForm | undefined> {
  if (typeof ideaId !== 'string') return undefined;
  const idea = (await deps.ideas.get(ideaId))?.value;
  if (!idea || !followsUp(context, deps, idea)) return undefined;
  return { title: idea.title, problem: idea.need, goal: idea.proposal };
}

export async function initiativeRegisteredFromIdea(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'ideas' | 'config' | 'initiatives' | 'ideaCards' | 'now'>,
  ideaId: string,
  initiativeId: string,
): Promise<void> {
  const { aadObjectId } = turnInfo(context);
  const found = (await deps.ideas.get(ideaId))?.value;
  if (!found || !aadObjectId || !followsUp(context, deps, found)) return;
  await deps.initiatives.update(initiativeId, (i) => (i.linkedIdeaIds.includes(found.id) ? undefined : { ...i, linkedIdeaIds: [...i.linkedIdeaIds, found.id] }));
  const { idea, written } = await deps.ideas.update(found.id, (i) => {
    const change = withStatus(i, 'became_initiative', undefined, aadObjectId, deps.now().toISOString(), initiativeId);
    return change.ok ? change.idea : undefined;
  });
  if (!written || !idea) return;
  await deps.ideaCards.refresh(idea.id);
  await deps.ideaCards.notifySubmitter(idea);
}
