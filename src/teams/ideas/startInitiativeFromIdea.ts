// «Lag tiltak av ideen»: pressed in personal chat (the leader's idea list), the proposal form opens
// right there, prefilled from the idea. Pressed in a channel, the leader gets a card in personal
// chat that starts it. Teams retries an invoke it did not get an answer to in time, so a press
// repeated within START_CARD_DEDUP_MS sends the card only once, and in personal chat a repeat
// opens no second form while the first is open.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import type { NotifyTarget } from '../../domain/idea/idea';
import { t } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { ideaStartInitiativeCard } from './ideaCards';
import { messageResponse } from './ideaResponses';
import { followedUpIdea, inList } from './ideaTarget';
import { initiativePrefill } from './initiativeFromIdea';
import { isLeader } from '../../domain/access/roles';
import { DIALOG } from '../forms/dialogIds';
import { beginForm } from '../forms/startDialog';

const START_CARD_DEDUP_MS = 10 * 60_000;
/** In personal chat only Teams' own retries are dropped: a leader who cancelled may start again. */
const OPEN_FORM_DEDUP_MS = 60_000;

export async function startInitiativeFromIdea(
  context: TurnContext,
  data: Record<string, unknown>,
  deps: Pick<TeamsDeps, 'ideas' | 'config' | 'ideaMessenger' | 'now' | 'dialogs'>,
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
  const opensForm = inList(context) && isLeader(turnInfo(context).roles);
  const dedupMs = opensForm ? OPEN_FORM_DEDUP_MS : START_CARD_DEDUP_MS;
  const { written } = await deps.ideas.update(found.id, (i) => {
    const last = i.startCardSentAt?.[aadObjectId!];
    if (last && nowMs - Date.parse(last) < dedupMs) return undefined;
    return { ...i, startCardSentAt: { ...(i.startCardSentAt ?? {}), [aadObjectId!]: new Date(nowMs).toISOString() } };
  });
  // Only a leader may propose (the route `nytt tiltak`); an admin gets the card as before.
  if (opensForm) {
    // A retry finds the form open; a press after Avbryt finds none and opens it again.
    if (!written && (await proposalFromIdeaOpen(context, deps, found.id))) return messageResponse(t(locale, 'ideas.formOpenedBelow'));
    const prefill = await initiativePrefill(context, deps, found.id);
    const started = await beginForm(context, deps, DIALOG.propose, prefill ? { prefill, fromIdeaId: found.id } : {});
    return messageResponse(t(locale, started ? 'ideas.formOpenedBelow' : 'ideas.answerBelowFirst'));
  }
  if (written) await deps.ideaMessenger.sendPersonal(recipient, { attachments: [ideaStartInitiativeCard(locale, found)] });
  return messageResponse(t(locale, 'ideas.initiativeSent'));
}

/** True when the proposal form started from this idea is the form open in this chat. */
async function proposalFromIdeaOpen(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs'>, ideaId: string): Promise<boolean> {
  const dc = await deps.dialogs.createContext(context);
  const open = dc.activeDialog;
  return open?.id === DIALOG.propose && (open.state as { options?: { fromIdeaId?: unknown } }).options?.fromIdeaId === ideaId;
}
