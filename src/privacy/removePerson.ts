// Removal on request (GDPR art. 17): the roster row, profile, chats, saved dialog state and
// reminder history go; ideas stay without a submitter, initiatives and reports stay with the
// owner's name replaced; applications and supports go. Every container is then scanned and
// anything still mentioning the person is scrubbed, so a field added later is not missed.
// The result is counts only: it is logged, and the log must not hold the name.
import { anonymiseAnnouncement, anonymiseEnrolment, anonymiseIdea, anonymiseInitiative, anonymiseReport } from '../domain/privacy/anonymise';
import { mentions, scrub, type PersonIdentifiers } from '../domain/privacy/identifiers';
import type { Idea } from '../domain/idea/idea';
import type { Initiative, ProgressReport } from '../domain/initiative/initiative';
import type { CohortEnrolment } from '../domain/leadershipProgramme/application';
import { CONTAINERS, CONTAINER_NAMES, type ContainerName } from '../storage/containers';
import type { BaseDoc, DocumentStore } from '../storage/documentStore';
import { mutate } from '../storage/optimistic';
import type { AnnouncementDoc } from '../storage/repositories/announcementRepository';
import { identifyPerson } from './personIdentity';

/** Containers whose documents about the person are deleted outright. */
const DELETE: readonly ContainerName[] = ['profiles', 'roster', 'outbox', 'botstate', 'leases', 'pendingFiles'];

export interface RemovalResult {
  found: boolean;
  deleted: Partial<Record<ContainerName, number>>;
  anonymised: Partial<Record<ContainerName, number>>;
}

export interface RemovalOptions {
  /** Stands in for the owner's name on initiatives and reports, e.g. «Tidligere leder». */
  formerLeader: string;
  /** Replaces the person's name or e-mail inside free text. */
  redacted?: string;
}

export async function removePerson(store: DocumentStore, email: string, options: RemovalOptions): Promise<RemovalResult> {
  const ids = await identifyPerson(store, { email });
  const result: RemovalResult = { found: false, deleted: {}, anonymised: {} };
  const redacted = options.redacted ?? '[fjernet]';
  for (const name of CONTAINER_NAMES) {
    const docs = store.collection<BaseDoc>(name);
    const pkField = CONTAINERS[name].partitionKey;
    for (const { value } of await docs.query()) {
      if (!mentions(value, ids)) continue;
      result.found = true;
      const pk = (value as unknown as Record<string, string>)[pkField];
      if (shouldDelete(name, value, ids)) {
        await docs.delete(value.id, pk);
        result.deleted[name] = (result.deleted[name] ?? 0) + 1;
        continue;
      }
      const change = (current: BaseDoc | undefined) => {
        if (!current) return undefined;
        const next = scrub(anonymise(name, current, ids, options.formerLeader), ids, redacted);
        return JSON.stringify(next) === JSON.stringify(current) ? undefined : next;
      };
      const { written } = await mutate(docs, value.id, change, { partitionKey: pk });
      if (written) result.anonymised[name] = (result.anonymised[name] ?? 0) + 1;
    }
  }
  return result;
}

function shouldDelete(name: ContainerName, doc: BaseDoc, ids: PersonIdentifiers): boolean {
  if (DELETE.includes(name)) {
    // Someone else's roster row that names the person as sector head is scrubbed, not deleted.
    return name !== 'roster' || doc.id === ids.email;
  }
  if (name === 'conversations') {
    const c = doc as BaseDoc & { scope?: string; aadObjectId?: string };
    return c.scope === 'personal' && !!c.aadObjectId && ids.aadObjectIds.includes(c.aadObjectId.toLowerCase());
  }
  return false;
}

function anonymise(name: ContainerName, doc: BaseDoc, ids: PersonIdentifiers, formerLeader: string): BaseDoc {
  switch (name) {
    case 'ideas':
      return anonymiseIdea(doc as Idea, ids);
    case 'initiatives':
      return anonymiseInitiative(doc as Initiative, ids, formerLeader);
    case 'reports':
      return anonymiseReport(doc as ProgressReport, ids, formerLeader);
    case 'enrolments':
      return anonymiseEnrolment(doc as CohortEnrolment, ids);
    case 'announcements':
      return anonymiseAnnouncement(doc as AnnouncementDoc, ids, formerLeader);
    default:
      return doc;
  }
}
