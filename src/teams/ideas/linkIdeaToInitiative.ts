// The leader links an idea to one of their initiatives: the idea «became an initiative».
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { mayLinkInitiative } from '../../domain/idea/access';
import { t } from '../../i18n';
import { turnInfo } from '../turn/turnInfo';
import { applyIdeaStatus, type StatusDeps } from './applyIdeaStatus';
import { cardResponse } from './ideaResponses';
import { followedUpIdea, inList } from './ideaTarget';
import { ideaViewFor } from './ideaView';

export async function linkIdeaToInitiative(context: TurnContext, data: Record<string, unknown>, deps: StatusDeps): Promise<AdaptiveCardInvokeResponse> {
  const target = await followedUpIdea(context, data, deps);
  if (target.error) return target.error;
  const found = target.idea;
  const { locale, aadObjectId, roles } = turnInfo(context);
  const initiativeId = typeof data.initiativeId === 'string' ? data.initiativeId : '';
  const initiative = initiativeId ? (await deps.initiatives.get(initiativeId))?.value : undefined;
  if (!initiative || !mayLinkInitiative({ aadObjectId, roles }, initiative)) {
    return cardResponse(await ideaViewFor(context, deps, found, { inList: inList(context), message: { text: t(locale, 'ideas.initiativeNotYours'), kind: 'attention' } }));
  }
  await deps.initiatives.update(initiative.id, (i) => (i.linkedIdeaIds.includes(found.id) ? undefined : { ...i, linkedIdeaIds: [...i.linkedIdeaIds, found.id] }));
  return applyIdeaStatus(context, deps, found, { status: 'became_initiative', initiativeId: initiative.id, okText: t(locale, 'ideas.initiativeLinked', { title: initiative.title }) });
}
