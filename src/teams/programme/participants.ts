// «deltakere»: the admins' list of every cohort (seated, waiting in order, not yet decided).
import type { TurnContext } from 'botbuilder';
import { t } from '../../i18n';
import { cardAttachment } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { participantsCard } from './programmeCards';

export async function sendParticipants(context: TurnContext, deps: Pick<TeamsDeps, 'config' | 'enrolments'>): Promise<void> {
  const { locale, roles } = turnInfo(context);
  if (!roles.admin) return void (await context.sendActivity(t(locale, 'programme.adminOnly')));
  const cohorts = await Promise.all(deps.config.leadershipCohorts.map(async (cohort) => ({ cohort, enrolment: await deps.enrolments.get(cohort.id) })));
  await context.sendActivity({ attachments: [cardAttachment(participantsCard(locale, cohorts))] });
}
