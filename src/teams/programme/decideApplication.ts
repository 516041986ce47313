// The kommunalsjef approves or declines on the approval card (Universal Actions). Checked on the
// server against the roster: only the head of the applicant's sector decides, and only once.
// The answer replaces the card; the leader is told the outcome in their personal chat.
// One handler, two verbs (approve and decline differ only in the decision).
import type { AdaptiveCardInvokeResponse, TurnContext } from 'botbuilder';
import { decide, type Application } from '../../domain/leadershipProgramme/application';
import type { Cohort } from '../../domain/leadershipProgramme/cohort';
import { t, type Locale, type StringKey } from '../../i18n';
import { messageResponse } from '../ideas/ideaResponses';
import { turnInfo } from '../turn/turnInfo';
import { applicationView, targetApplication, type ApplicationDeps } from './applicationView';
import { deciderFacts, localeOf, sendToPerson } from './programmePeople';

export const approveApplication = (context: TurnContext, data: Record<string, unknown>, deps: ApplicationDeps) => decideApplication(context, data, deps, 'approve');
export const declineApplication = (context: TurnContext, data: Record<string, unknown>, deps: ApplicationDeps) => decideApplication(context, data, deps, 'decline');

async function decideApplication(context: TurnContext, data: Record<string, unknown>, deps: ApplicationDeps, decision: 'approve' | 'decline'): Promise<AdaptiveCardInvokeResponse> {
  const { locale } = turnInfo(context);
  const found = await targetApplication(data, deps);
  if (!found) return messageResponse(t(locale, 'leadershipProgramme.refusal.not_found'));
  const { cohort } = found;
  const reason = typeof data.reason === 'string' ? data.reason : undefined;
  const now = deps.now();
  const outcome = await deps.enrolments.change(cohort.id, (e) => decide(e, { applicationId: found.application.id, cohort, decider: deciderFacts(context), decision, reason, now }));
  if (!outcome.ok) {
    const note = t(locale, `leadershipProgramme.refusal.${outcome.refusal}` as StringKey);
    // Someone who may not decide learns nothing more than that.
    if (outcome.refusal === 'not_sector_head' || !outcome.application) return messageResponse(note);
    return applicationView(context, deps, cohort, outcome.application, note);
  }
  const { application, placement, waitingPosition } = outcome.result;
  await tellApplicant(deps, application, cohort, placement, waitingPosition);
  deps.logger.info({ applicationId: application.id, cohortId: cohort.id, placement }, 'leadership programme application decided');
  return applicationView(context, deps, cohort, application);
}

async function tellApplicant(deps: ApplicationDeps, a: Application, cohort: Cohort, placement: 'seated' | 'waiting' | 'declined', position?: number): Promise<void> {
  const locale: Locale = await localeOf(deps, a.applicant.aadObjectId);
  const text = t(locale, `programme.notice.${placement}` as StringKey, { cohort: cohort.name, position: position ?? '', reason: a.decision?.reason ?? '' });
  // The reason is the kommunalsjef's own text: shown as written, never as markdown.
  const sent = await sendToPerson(deps, a.applicant.aadObjectId, { type: 'message', text, textFormat: 'plain' });
  if (sent.status !== 'sent') deps.logger.warn({ applicationId: a.id, status: sent.status }, 'applicant not told the decision');
}
