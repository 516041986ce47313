// The approval card as one viewer sees it: the stored application, with the buttons only for
// the kommunalsjef who may decide it (shared by refresh and the decision itself).
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { mayDecide, type Application } from '../../domain/leadershipProgramme/application';
import type { Cohort } from '../../domain/leadershipProgramme/cohort';
import { cardResponse } from '../ideas/ideaResponses';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { approvalCard } from './programmeCards';
import { deciderFacts, sectorHeadsOf } from './programmePeople';

export type ApplicationDeps = Pick<TeamsDeps, 'config' | 'enrolments' | 'directory' | 'store' | 'conversations' | 'sender' | 'profiles' | 'logger' | 'now'>;

/** The cohort (from the configuration) and the stored application the card's data names. */
export async function targetApplication(data: Record<string, unknown>, deps: ApplicationDeps): Promise<{ cohort: Cohort; application: Application } | undefined> {
  const cohort = deps.config.leadershipCohorts.find((c) => c.id === data.cohortId);
  if (!cohort || typeof data.applicationId !== 'string') return undefined;
  const application = (await deps.enrolments.get(cohort.id)).applications.find((a) => a.id === data.applicationId);
  return application ? { cohort, application } : undefined;
}

export async function applicationView(context: TurnContext, deps: ApplicationDeps, cohort: Cohort, application: Application, note?: string): Promise<AdaptiveCardInvokeResponse> {
  const heads = await sectorHeadsOf(deps, application.applicant.sector);
  const canDecide = mayDecide(deciderFacts(context), application);
  const card = approvalCard(turnInfo(context).locale, { application, cohort, canDecide, deciderUserIds: heads.flatMap((h) => (h.userId ? [h.userId] : [])), note });
  return cardResponse(card);
}
