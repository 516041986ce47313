// «Lag tiltak av ideen»: sends the leader, in personal chat, a card that starts the proposal
// prefilled from the idea. Teams retries an invoke it did not get an answer to in time, so a
// press repeated within START_CARD_DEDUP_MS sends the card only once.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { NotifyTarget } from '../../domain/idea/idea';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { ideaStartInitiativeCard } from './ideaCards';
import { messageResponse } from './ideaResponses';
import { followedUpIdea } from './ideaTarget';

const START_CARD_DEDUP_MS = 10 * 60_000;

export async function startInitiativeFromIdea(
  context: TurnContext,
  data: Record<string, unknown>,
  deps: Pick<TeamsDeps, 'ideas' | 'config' | 'ideaMessenger' | 'now'>,
): Promise<AdaptiveCardInvokeResponse> {
  const target = await followedUpIdea(context, data, deps);
  if (target.error) return target.error;
  const found = target.idea;
  const { locale, aadObjectId } = turnInfo(context);
  const a = context.activity;
  const recipient: NotifyTarget = {
    userId: a.from.id,
    aadObjectId,
    tenantId: (a.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? a.conversation.tenantId,
    serviceUrl: a.serviceUrl,
  };
  const nowMs = deps.now().getTime();
  const { written } = await deps.ideas.update(found.id, (i) => {
    const last = i.startCardSentAt?.[aadObjectId!];
    if (last && nowMs - Date.parse(last) < START_CARD_DEDUP_MS) return undefined;
    return { ...i, startCardSentAt: { ...(i.startCardSentAt ?? {}), [aadObjectId!]: new Date(nowMs).toISOString() } };
  });
  if (written) await deps.ideaMessenger.sendPersonal(recipient, { attachments: [ideaStartInitiativeCard(locale, found)] });
  return messageResponse(t(locale, 'ideas.initiativeSent'));
}
