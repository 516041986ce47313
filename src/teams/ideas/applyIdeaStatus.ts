// Saves a leader's status change on an idea, then updates the channel card and tells the
// submitter. Shared by the status choice and by linking the idea to an initiative.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { withStatus, type Idea } from '../../domain/idea/idea';
import { t, type StringKey } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { cardResponse } from './ideaResponses';
import { inList } from './ideaTarget';
import { ideaViewFor } from './ideaView';

export type StatusDeps = Pick<TeamsDeps, 'ideas' | 'config' | 'initiatives' | 'teamLinks' | 'ideaCards' | 'now'>;

export async function applyIdeaStatus(
  context: TurnContext,
  deps: StatusDeps,
  found: Idea,
  change: { status: string; reason?: string; initiativeId?: string; okText?: string },
): Promise<AdaptiveCardInvokeResponse> {
  const { locale, aadObjectId } = turnInfo(context);
  const listed = inList(context);
  let failure: 'unchanged' | 'reasonRequired' | 'reasonTooLong' | 'invalidStatus' | undefined;
  const { idea, written } = await deps.ideas.update(found.id, (i) => {
    const result = withStatus(i, change.status, change.reason, aadObjectId ?? '', deps.now().toISOString(), change.initiativeId);
    failure = result.ok ? undefined : result.error;
    return result.ok ? result.idea : undefined;
  });
  const current = idea ?? found;
  if (!written) {
    const key: StringKey = `ideas.${failure ?? 'unchanged'}`;
    return cardResponse(await ideaViewFor(context, deps, current, { inList: listed, message: { text: t(locale, key), kind: failure === 'unchanged' ? 'good' : 'attention' } }));
  }
  await deps.ideaCards.refresh(current.id);
  await deps.ideaCards.notifySubmitter(current);
  return cardResponse(await ideaViewFor(context, deps, current, { inList: listed, message: { text: change.okText ?? t(locale, 'ideas.statusSaved'), kind: 'good' } }));
}
