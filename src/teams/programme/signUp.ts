// «påmelding»: the open cohorts with a motivation field each, and the leader's own applications
// (with a withdraw button while they are active). Only leaders on the roster may apply.
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { applicationsOf } from '../../domain/leadershipProgramme/application';
import { openCohorts } from '../../domain/leadershipProgramme/cohort';
import { localDateOf } from '../../domain/calendar/localDate';
import { PROGRAMME_TIME_ZONE } from '../../domain/calendar/timeZone';
import { isLeader } from '../../domain/access/roles';
import { t } from '../../i18n';
import { cardAttachment } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { signUpCard } from './programmeCards';
import { speakerEmail } from './programmePeople';

export async function sendSignUp(context: TurnContext, deps: Pick<TeamsDeps, 'config' | 'enrolments' | 'now'>): Promise<void> {
  const { locale, roles } = turnInfo(context);
  if (!isLeader(roles)) {
    await context.sendActivity(t(locale, 'programme.signUp.notLeader'));
    return;
  }
  const cohorts = deps.config.leadershipCohorts;
  const today = localDateOf(deps.now(), PROGRAMME_TIME_ZONE);
  const offers = await Promise.all(openCohorts(cohorts, today).map(async (cohort) => ({ cohort, enrolment: await deps.enrolments.get(cohort.id), token: randomUUID() })));
  const email = speakerEmail(context);
  const mine = (await deps.enrolments.byApplicant(email)).flatMap((e) =>
    applicationsOf(e, email).flatMap((application) => {
      const cohort = cohorts.find((c) => c.id === application.cohortId);
      return cohort ? [{ application, cohort }] : [];
    }),
  );
  await context.sendActivity({ attachments: [cardAttachment(signUpCard(locale, offers, mine))] });
}
