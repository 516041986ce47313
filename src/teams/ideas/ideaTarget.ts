// The idea an Action.Execute on the idea card is about: its id is checked and the idea read once.
// Whether the speaker may follow it up is decided by the permission table in the dispatcher.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { Idea } from '../../domain/idea/idea';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { errorResponse } from './ideaResponses';

export type Target = { idea: Idea; error?: undefined } | { idea?: undefined; error: AdaptiveCardInvokeResponse };

const IDEA_ID = /^idea-[A-Za-z0-9-]{8,64}$/;

/** The idea id an action carries, when it has the shape of one. */
export function ideaIdOf(data: Record<string, unknown>): string | undefined {
  return typeof data.ideaId === 'string' && IDEA_ID.test(data.ideaId) ? data.ideaId : undefined;
}

export async function targetIdea(context: TurnContext, data: Record<string, unknown>, deps: Pick<TeamsDeps, 'ideas'>): Promise<Target> {
  const { locale } = turnInfo(context);
  const ideaId = ideaIdOf(data);
  if (!ideaId) return { error: errorResponse(400, 'BadRequest', t(locale, 'ideas.invalidForm')) };
  const idea = (await deps.ideas.get(ideaId))?.value;
  if (!idea) return { error: errorResponse(404, 'NotFound', t(locale, 'ideas.notFound')) };
  return { idea };
}

/** The idea of a leader's action (route rule `ideaFollower`, checked before the handler runs). */
export const followedUpIdea = targetIdea;

/** Leader actions answered in personal chat (the leader's list) keep the list's navigation. */
export function inList(context: TurnContext): boolean {
  return context.activity.conversation.conversationType === 'personal';
}
