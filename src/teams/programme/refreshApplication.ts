// The approval card's refresh (Universal Actions): the kommunalsjef gets the buttons while the
// application waits; the applicant and admins get the card with the outcome. The refresh's data
// can be forged by anyone who knows an application id, so everyone else (another sector's head, a
// colleague) gets a card that says nothing, the same as for an id that does not exist: it tells
// them neither the applicant nor whether the application exists. A card, not an error, because
// Teams' refresh needs a valid invoke response.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { maySee } from '../../domain/leadershipProgramme/application';
import { cardResponse } from '../ideas/ideaResponses';
import { turnInfo } from '../turn/turnInfo';
import { applicationView, targetApplication, type ApplicationDeps } from './applicationView';
import { unavailableApplicationCard } from './programmeCards';
import { viewerFacts } from './programmePeople';

export async function refreshApplication(context: TurnContext, data: Record<string, unknown>, deps: ApplicationDeps): Promise<AdaptiveCardInvokeResponse> {
  const found = await targetApplication(data, deps);
  if (!found || !maySee(viewerFacts(context), found.application)) return cardResponse(unavailableApplicationCard(turnInfo(context).locale));
  return applicationView(context, deps, found.cohort, found.application);
}
