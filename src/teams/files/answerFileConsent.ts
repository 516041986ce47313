// fileConsent/invoke: the user accepted or declined a file offered with a FileConsentCard. The
// flow checks that the offer is theirs and uploads at most once (Teams retries invokes).
import type { TurnContext } from 'botbuilder';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';

export function answerFileConsent(context: TurnContext, deps: Pick<TeamsDeps, 'files'>): Promise<{ status: number }> {
  return deps.files.handleInvoke(context, turnInfo(context).locale);
}
