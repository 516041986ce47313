// Cards of the leadership programme: the sign-up list, the kommunalsjef's approval card and
// the admins' participant list. Built in code because their rows depend on the cohorts. Lines
// with people's text (names, units and sectors from the roster, the motivation, the decision's
// reason, the decider's name) are literal TextRuns (cards/literalText.ts); cohort names come
// from the programme's configuration.
import type { Application, CohortEnrolment } from '../../domain/leadershipProgramme/application';
import { seatedCount } from '../../domain/leadershipProgramme/application';
import type { Cohort } from '../../domain/leadershipProgramme/cohort';
import { participantRows } from '../../domain/leadershipProgramme/participants';
import { t, type Locale, type StringKey } from '../../i18n';
import { formatDate } from '../cards/initiativeText';
import { literalText } from '../cards/literalText';
import type { CardJson } from '../cards/template';

const card = (body: unknown[], extra: Record<string, unknown> = {}): CardJson =>
  ({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, ...extra }) as CardJson;
const text = (value: string, more: Record<string, unknown> = {}) => ({ type: 'TextBlock', text: value, wrap: true, ...more });

export interface CohortOffer {
  cohort: Cohort;
  enrolment: CohortEnrolment;
  /** Fresh per card: becomes the application id, so a retried press applies once. */
  token: string;
}

const deadlineOf = (c: Cohort): string => c.applicationDeadline ?? c.start;

export function signUpCard(locale: Locale, offers: readonly CohortOffer[], mine: ReadonlyArray<{ application: Application; cohort: Cohort }>): CardJson {
  const body: unknown[] = [text(t(locale, 'programme.signUp.title', { name: t(locale, 'leadershipProgramme.name') }), { size: 'Large', weight: 'Bolder' })];
  body.push(text(t(locale, 'programme.signUp.intro'), { isSubtle: true }));
  if (offers.length === 0) body.push(text(t(locale, 'programme.signUp.none')));
  for (const { cohort, enrolment, token } of offers) {
    const free = Math.max(0, cohort.seats - seatedCount(enrolment));
    body.push({
      type: 'Container',
      separator: true,
      items: [
        text(t(locale, 'programme.signUp.cohort', { name: cohort.name, start: formatDate(cohort.start), end: formatDate(cohort.end), place: cohort.place, seats: cohort.seats, free, deadline: formatDate(deadlineOf(cohort)) })),
        { type: 'Input.Text', id: `motivation-${cohort.id}`, label: t(locale, 'programme.signUp.motivation'), isMultiline: true, maxLength: 1000 },
        { type: 'ActionSet', actions: [{ type: 'Action.Submit', title: t(locale, 'programme.signUp.apply'), data: { verb: 'programmeApply', cohortId: cohort.id, token } }] },
      ],
    });
  }
  if (mine.length > 0) {
    body.push(text(t(locale, 'programme.signUp.mine'), { weight: 'Bolder', separator: true }));
    for (const { application, cohort } of mine) {
      body.push(text(t(locale, 'programme.signUp.mineLine', { cohort: cohort.name, status: t(locale, `programme.status.${application.status}` as StringKey) })));
      if (['applied', 'seated', 'waiting'].includes(application.status)) {
        body.push({ type: 'ActionSet', actions: [{ type: 'Action.Submit', title: t(locale, 'programme.signUp.withdraw', { cohort: cohort.name }), data: { verb: 'programmeWithdraw', cohortId: cohort.id, applicationId: application.id } }] });
      }
    }
  }
  return card(body);
}

export interface ApprovalView {
  application: Application;
  cohort: Cohort;
  /** Whoever may decide (refresh.userIds): only they get the buttons. */
  deciderUserIds: readonly string[];
  /** Show the buttons (the viewer may decide and nothing is decided yet). */
  canDecide: boolean;
  /** Name shown for the decider, once decided. */
  decidedByName?: string;
  note?: string;
}

export function approvalCard(locale: Locale, view: ApprovalView): CardJson {
  const { application: a, cohort } = view;
  const ref = { applicationId: a.id, cohortId: cohort.id };
  const body: unknown[] = [
    text(t(locale, 'programme.approval.title', { cohort: cohort.name }), { size: 'Medium', weight: 'Bolder' }),
    literalText(t(locale, 'programme.approval.applicant', { name: a.applicant.name, unit: a.applicant.unit, sector: a.applicant.sector })),
    literalText(t(locale, 'programme.approval.motivation', { motivation: a.motivation }), { isSubtle: true }),
    literalText(statusLine(locale, view), { weight: 'Bolder' }),
  ];
  if (view.note) body.push(text(view.note, { color: 'Attention' }));
  const actions: unknown[] = [];
  if (view.canDecide && a.status === 'applied') {
    body.push({ type: 'Input.Text', id: 'reason', label: t(locale, 'programme.approval.reason'), isMultiline: true, maxLength: 500 });
    actions.push(
      { type: 'Action.Execute', verb: 'programmeApprove', title: t(locale, 'programme.approval.approve'), data: ref, style: 'positive' },
      { type: 'Action.Execute', verb: 'programmeDecline', title: t(locale, 'programme.approval.decline'), data: ref, associatedInputs: 'auto' },
    );
  }
  return card(body, {
    ...(actions.length ? { actions } : {}),
    refresh: { action: { type: 'Action.Execute', verb: 'programmeRefresh', data: ref }, userIds: [...view.deciderUserIds] },
  });
}

/** For whoever may not see an application (or names one that does not exist): nothing about it, and no refresh. */
export function unavailableApplicationCard(locale: Locale): CardJson {
  return card([text(t(locale, 'programme.approval.unavailable'))]);
}

function statusLine(locale: Locale, view: ApprovalView): string {
  const a = view.application;
  const by = view.decidedByName ?? a.decision?.byEmail ?? '';
  if (a.status === 'declined') return t(locale, 'programme.approval.declined', { by, reason: a.decision?.reason ?? '' });
  if (a.status === 'withdrawn') return t(locale, 'programme.approval.withdrawn');
  if (a.decision?.kind === 'approve') return t(locale, 'programme.approval.approved', { by, placement: t(locale, a.status === 'seated' ? 'programme.approval.seated' : 'programme.approval.waiting') });
  return t(locale, 'programme.approval.pending');
}

export function participantsCard(locale: Locale, cohorts: ReadonlyArray<{ cohort: Cohort; enrolment: CohortEnrolment }>): CardJson {
  const body: unknown[] = [text(t(locale, 'programme.participants.title'), { size: 'Large', weight: 'Bolder' })];
  for (const { cohort, enrolment } of cohorts) {
    body.push(text(t(locale, 'programme.participants.cohort', { name: cohort.name, seated: seatedCount(enrolment), seats: cohort.seats }), { weight: 'Bolder', separator: true }));
    const rows = participantRows(cohort, enrolment);
    if (rows.length === 0) body.push(text(t(locale, 'programme.participants.empty'), { isSubtle: true }));
    for (const row of rows) {
      const status = row.waitingPosition ? `${t(locale, 'programme.status.waiting')} (${row.waitingPosition})` : t(locale, `programme.status.${row.status}` as StringKey);
      const app = enrolment.applications.find((a) => a.applicant.email === row.email && a.status === row.status);
      body.push({
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', items: [literalText(t(locale, 'programme.participants.row', { name: row.name, unit: row.unit, status }))] },
          ...(app
            ? [{ type: 'Column', width: 'auto', items: [{ type: 'ActionSet', actions: [{ type: 'Action.Submit', title: t(locale, 'programme.participants.withdrawFor', { name: row.name }), data: { verb: 'programmeWithdraw', cohortId: cohort.id, applicationId: app.id } }] }] }]
            : []),
        ],
      });
    }
  }
  return card(body);
}
