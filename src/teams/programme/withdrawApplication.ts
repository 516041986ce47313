// A leader withdraws their application, or an admin cancels someone's seat from the participant
// list. A freed seat goes to the first on the waiting list, who is told at once.
import type { TurnContext } from 'botbuilder';
import { withdraw } from '../../domain/leadershipProgramme/application';
import { t, type StringKey } from '../../i18n';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { localeOf, sendToPerson, speakerEmail } from './programmePeople';

export async function withdrawApplication(context: TurnContext, deps: Pick<TeamsDeps, 'config' | 'enrolments' | 'conversations' | 'sender' | 'profiles' | 'logger' | 'now'>): Promise<void> {
  const { locale, roles } = turnInfo(context);
  const value = (context.activity.value ?? {}) as Record<string, unknown>;
  const cohort = deps.config.leadershipCohorts.find((c) => c.id === value.cohortId);
  if (!cohort || typeof value.applicationId !== 'string') return void (await context.sendActivity(t(locale, 'leadershipProgramme.refusal.not_found')));
  const applicationId = value.applicationId;
  const now = deps.now();
  const outcome = await deps.enrolments.change(cohort.id, (e) => withdraw(e, { applicationId, cohort, by: { email: speakerEmail(context), isAdmin: roles.admin }, now }));
  if (!outcome.ok) return void (await context.sendActivity(t(locale, `leadershipProgramme.refusal.${outcome.refusal}` as StringKey)));
  await context.sendActivity(t(locale, 'programme.signUp.withdrawn', { cohort: cohort.name }));
  const promoted = outcome.result.promoted;
  if (promoted) {
    const text = t(await localeOf(deps, promoted.applicant.aadObjectId), 'programme.notice.promoted', { cohort: cohort.name });
    const sent = await sendToPerson(deps, promoted.applicant.aadObjectId, { type: 'message', text });
    if (sent.status !== 'sent') deps.logger.warn({ applicationId: promoted.id, status: sent.status }, 'promoted applicant not told');
  }
}
