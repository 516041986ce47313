// The approval card's refresh (Universal Actions): the kommunalsjef gets the buttons while the
// application waits; everyone else, and everyone once it is decided, gets the outcome.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { t } from '../../i18n';
import { messageResponse } from '../ideas/ideaResponses';
import { turnInfo } from '../turn/turnInfo';
import { applicationView, targetApplication, type ApplicationDeps } from './applicationView';

export async function refreshApplication(context: TurnContext, data: Record<string, unknown>, deps: ApplicationDeps): Promise<AdaptiveCardInvokeResponse> {
  const found = await targetApplication(data, deps);
  if (!found) return messageResponse(t(turnInfo(context).locale, 'leadershipProgramme.refusal.not_found'));
  return applicationView(context, deps, found.cohort, found.application);
}
