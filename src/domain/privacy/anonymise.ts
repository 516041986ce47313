// What stays of a removed person's work, and how: ideas stay without a submitter, initiatives
// and reports stay with the owner's name replaced («Tidligere leder»), applications and
// supports go. Each function returns the document unchanged when the person is not in it.
import type { Announcement } from '../announcements/announcement';
import type { AnnouncementRecipient } from '../announcements/recipients';
import type { DeliveryReport } from '../announcements/deliveryReport';
import type { Idea } from '../idea/idea';
import type { Initiative, ProgressReport } from '../initiative/initiative';
import type { CohortEnrolment } from '../leadershipProgramme/application';
import type { PersonIdentifiers } from './identifiers';

/** Stands in for a removed person's id where the field must hold something. */
export const REMOVED_ID = 'removed';

/** Identifiers are compared lower-case (see personIdentity: they are stored that way). */
const isPerson = (ids: PersonIdentifiers, value: string | undefined): boolean => {
  const v = value?.toLowerCase();
  return !!v && (v === ids.email || ids.aadObjectIds.includes(v) || ids.teamsIds.includes(v));
};

export function anonymiseIdea(idea: Idea, ids: PersonIdentifiers): Idea {
  const next: Idea = { ...idea, supporters: idea.supporters.filter((s) => !isPerson(ids, s.aadObjectId) && !isPerson(ids, s.userId)) };
  if (isPerson(ids, idea.submitterId) || isPerson(ids, idea.notify?.aadObjectId) || isPerson(ids, idea.notify?.userId)) {
    delete next.submitterId;
    delete next.submitterName;
    delete next.notify;
    next.anonymous = true;
  }
  next.history = idea.history.map((h) => (isPerson(ids, h.by) ? { ...h, by: REMOVED_ID } : h));
  if (idea.startCardSentAt) next.startCardSentAt = Object.fromEntries(Object.entries(idea.startCardSentAt).filter(([aad]) => !isPerson(ids, aad)));
  return next;
}

export function anonymiseInitiative(initiative: Initiative, ids: PersonIdentifiers, formerLeader: string): Initiative {
  const owner = isPerson(ids, initiative.ownerId);
  return {
    ...initiative,
    ownerId: owner ? REMOVED_ID : initiative.ownerId,
    ownerName: owner ? formerLeader : initiative.ownerName,
    coOwnerIds: initiative.coOwnerIds.filter((id) => !isPerson(ids, id)),
    // The history keeps that a change was made, not by whom, once that person is removed.
    ...(initiative.changes
      ? { changes: initiative.changes.map((c) => (isPerson(ids, c.byId) ? { ...c, byId: REMOVED_ID, byName: formerLeader } : c)) }
      : {}),
  };
}

export function anonymiseReport(report: ProgressReport, ids: PersonIdentifiers, formerLeader: string): ProgressReport {
  return isPerson(ids, report.reportedById) ? { ...report, reportedById: REMOVED_ID, reportedByName: formerLeader } : report;
}

/** The person's applications go; a decision they made as kommunalsjef stays without their e-mail. */
export function anonymiseEnrolment(e: CohortEnrolment, ids: PersonIdentifiers): CohortEnrolment {
  const applications = e.applications
    .filter((a) => a.applicant.email.toLowerCase() !== ids.email && !isPerson(ids, a.applicant.aadObjectId))
    .map((a) => (a.decision && a.decision.byEmail === ids.email ? { ...a, decision: { ...a.decision, byEmail: REMOVED_ID } } : a));
  return { ...e, applications, applicantEmails: e.applicantEmails.filter((m) => m !== ids.email) };
}

interface AnnouncementLike extends Announcement {
  recipients?: AnnouncementRecipient[];
  report?: DeliveryReport;
}

export function anonymiseAnnouncement<T extends AnnouncementLike>(a: T, ids: PersonIdentifiers, formerLeader: string): T {
  const out = (r: { key: string }) => !isPerson(ids, r.key);
  return {
    ...a,
    createdBy: isPerson(ids, a.createdBy.aadObjectId) ? { aadObjectId: REMOVED_ID, name: formerLeader } : a.createdBy,
    ...(a.recipients ? { recipients: a.recipients.filter((r) => out(r) && !isPerson(ids, r.aadObjectId)) } : {}),
    ...(a.report ? { report: { ...a.report, unreachable: a.report.unreachable.filter(out), failed: a.report.failed.filter(out) } } : {}),
  };
}
