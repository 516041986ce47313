// The kommunalsjef's approval card (Universal Actions). Approve or decline is checked on the
// server against the roster: only the head of the applicant's sector decides, and only once.
// The answer replaces the card; the leader is told the outcome in their personal chat.
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { decide, mayDecide, type Application } from '../../domain/leadershipProgramme/application';
import type { Cohort } from '../../domain/leadershipProgramme/cohort';
import { t, type Locale, type StringKey } from '../../i18n';
import { cardResponse, messageResponse } from '../ideas/ideaResponses';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { approvalCard } from './programmeCards';
import { deciderFacts, localeOf, sectorHeadsOf, sendToPerson } from './programmePeople';

type Deps = Pick<TeamsDeps, 'config' | 'enrolments' | 'directory' | 'store' | 'conversations' | 'sender' | 'profiles' | 'logger' | 'now'>;

async function target(data: Record<string, unknown>, deps: Deps): Promise<{ cohort: Cohort; application: Application } | undefined> {
  const cohort = deps.config.leadershipCohorts.find((c) => c.id === data.cohortId);
  if (!cohort || typeof data.applicationId !== 'string') return undefined;
  const application = (await deps.enrolments.get(cohort.id)).applications.find((a) => a.id === data.applicationId);
  return application ? { cohort, application } : undefined;
}

async function view(context: TurnContext, deps: Deps, cohort: Cohort, application: Application, note?: string): Promise<AdaptiveCardInvokeResponse> {
  const heads = await sectorHeadsOf(deps, application.applicant.sector);
  const canDecide = mayDecide(deciderFacts(context), application);
  const card = approvalCard(turnInfo(context).locale, { application, cohort, canDecide, deciderUserIds: heads.flatMap((h) => (h.userId ? [h.userId] : [])), note });
  return cardResponse(card);
}

export async function refreshApplication(context: TurnContext, data: Record<string, unknown>, deps: Deps): Promise<AdaptiveCardInvokeResponse> {
  const found = await target(data, deps);
  if (!found) return messageResponse(t(turnInfo(context).locale, 'leadershipProgramme.refusal.not_found'));
  return view(context, deps, found.cohort, found.application);
}

export const approveApplication = (context: TurnContext, data: Record<string, unknown>, deps: Deps) => decideApplication(context, data, deps, 'approve');
export const declineApplication = (context: TurnContext, data: Record<string, unknown>, deps: Deps) => decideApplication(context, data, deps, 'decline');

async function decideApplication(context: TurnContext, data: Record<string, unknown>, deps: Deps, decision: 'approve' | 'decline'): Promise<AdaptiveCardInvokeResponse> {
  const { locale } = turnInfo(context);
  const found = await target(data, deps);
  if (!found) return messageResponse(t(locale, 'leadershipProgramme.refusal.not_found'));
  const { cohort } = found;
  const reason = typeof data.reason === 'string' ? data.reason : undefined;
  const now = deps.now();
  const outcome = await deps.enrolments.change(cohort.id, (e) => decide(e, { applicationId: found.application.id, cohort, decider: deciderFacts(context), decision, reason, now }));
  if (!outcome.ok) {
    const note = t(locale, `leadershipProgramme.refusal.${outcome.refusal}` as StringKey);
    // Someone who may not decide learns nothing more than that.
    if (outcome.refusal === 'not_sector_head' || !outcome.application) return messageResponse(note);
    return view(context, deps, cohort, outcome.application, note);
  }
  const { application, placement, waitingPosition } = outcome.result;
  await tellApplicant(deps, application, cohort, placement, waitingPosition);
  deps.logger.info({ applicationId: application.id, cohortId: cohort.id, placement }, 'leadership programme application decided');
  return view(context, deps, cohort, application);
}

async function tellApplicant(deps: Deps, a: Application, cohort: Cohort, placement: 'seated' | 'waiting' | 'declined', position?: number): Promise<void> {
  const locale: Locale = await localeOf(deps, a.applicant.aadObjectId);
  const text = t(locale, `programme.notice.${placement}` as StringKey, { cohort: cohort.name, position: position ?? '', reason: a.decision?.reason ?? '' });
  const sent = await sendToPerson(deps, a.applicant.aadObjectId, { type: 'message', text });
  if (sent.status !== 'sent') deps.logger.warn({ applicationId: a.id, status: sent.status }, 'applicant not told the decision');
}
