// A leader presses «Søk om plass». The applicant comes from the roster, the cohort from the
// configuration, the application id from the card's token (a retried press applies once, and
// the kommunalsjef gets one card). A refusal is answered with its text: among them a token that
// names someone else's application, and a fourth application to the same cohort (each one sends
// the kommunalsjef a card, so «søk – trekk – søk igjen» is bounded).
import type { TurnContext } from 'botbuilder';
import { apply, APPLICATIONS_PER_COHORT_MAX } from '../../domain/leadershipProgramme/application';
import { localDateOf } from '../../domain/calendar/localDate';
import { PROGRAMME_TIME_ZONE } from '../../domain/calendar/timeZone';
import { t, type StringKey } from '../../i18n';
import { cardAttachment } from '../cards/template';
import type { TeamsDeps } from '../turn/deps';
import { turnInfo } from '../turn/turnInfo';
import { approvalCard } from './programmeCards';
import { applicantFor, localeOf, sectorHeadsOf, sendToPerson } from './programmePeople';

const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function applyToCohort(
  context: TurnContext,
  deps: Pick<TeamsDeps, 'config' | 'enrolments' | 'roster' | 'directory' | 'store' | 'conversations' | 'sender' | 'profiles' | 'logger' | 'now'>,
): Promise<void> {
  const { locale } = turnInfo(context);
  const value = (context.activity.value ?? {}) as Record<string, unknown>;
  const cohort = deps.config.leadershipCohorts.find((c) => c.id === value.cohortId);
  const token = typeof value.token === 'string' && TOKEN.test(value.token) ? value.token.toLowerCase() : undefined;
  if (!cohort || !token) return void (await context.sendActivity(t(locale, 'leadershipProgramme.refusal.not_found')));
  const applicant = await applicantFor(context, deps);
  if (!applicant) return void (await context.sendActivity(t(locale, 'programme.signUp.notLeader')));
  const raw = value[`motivation-${cohort.id}`];
  const motivation = typeof raw === 'string' ? raw : '';
  const now = deps.now();
  const outcome = await deps.enrolments.change(cohort.id, (e) =>
    apply(e, { applicationId: token, cohort, applicant, motivation, today: localDateOf(now, PROGRAMME_TIME_ZONE), now }),
  );
  if (!outcome.ok) return void (await context.sendActivity(t(locale, `leadershipProgramme.refusal.${outcome.refusal}` as StringKey, { max: APPLICATIONS_PER_COHORT_MAX })));
  const { application, created } = outcome.result;
  // A retried press found the stored application: the kommunalsjef already has the card.
  let reached = !created;
  if (created) {
    const heads = await sectorHeadsOf(deps, applicant.sector);
    const userIds = heads.flatMap((h) => (h.userId ? [h.userId] : []));
    for (const head of heads) {
      const headLocale = await localeOf(deps, head.aadObjectId);
      const card = approvalCard(headLocale, { application, cohort, deciderUserIds: userIds, canDecide: true });
      const sent = await sendToPerson(deps, head.aadObjectId, { attachments: [cardAttachment(card)] });
      if (sent.status === 'sent') reached = true;
      else deps.logger.warn({ applicationId: application.id, status: sent.status }, 'approval card not delivered to sector head');
    }
  }
  await context.sendActivity(t(locale, reached ? 'programme.signUp.applied' : 'programme.signUp.appliedNoHead', { cohort: cohort.name }));
}
