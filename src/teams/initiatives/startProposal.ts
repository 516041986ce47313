// `nytt tiltak`: the proposal form; from an idea's «start initiative» card it is prefilled from
// the idea (for the idea's leader only).
import type { TurnContext } from 'botbuilder';
import { DIALOG } from '../forms/dialogIds';
import { beginForm } from '../forms/startDialog';
import { initiativePrefill } from '../ideas/initiativeFromIdea';
import type { TeamsDeps } from '../turn/deps';

export async function startProposal(context: TurnContext, deps: Pick<TeamsDeps, 'dialogs' | 'ideas' | 'config'>): Promise<void> {
  const value = (context.activity.value ?? {}) as { initiativeId?: unknown; fromIdeaId?: unknown };
  const initiativeId = typeof value.initiativeId === 'string' ? value.initiativeId : undefined;
  const prefill = await initiativePrefill(context, deps, value.fromIdeaId);
  await beginForm(context, deps, DIALOG.propose, initiativeId !== undefined ? { initiativeId } : prefill ? { prefill, fromIdeaId: value.fromIdeaId } : {});
}
