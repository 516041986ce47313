// Reopening a closed initiative (done or stopped): it becomes active again, and the history
// keeps who reopened it, when, and what status it had.
import type { Status } from './codes';
import type { Initiative } from './initiative';
import { isClosed } from './rules';

/** One recorded change of an initiative outside the reports: who, when and what. */
export type InitiativeChange = ReopenedChange | EditedChange;

interface ChangeBy {
  at: string;
  byId: string;
  byName: string;
}

export interface ReopenedChange extends ChangeBy {
  kind: 'reopened';
  fromStatus: Status;
}

/** A `rediger` save: which fields changed, and old -> new for the short ones. */
export interface EditedChange extends ChangeBy {
  kind: 'edited';
  /** Derived from the form's token: a retried submit finds it and changes nothing. */
  editId: string;
  fields: string[];
  values: Array<{ field: string; from: string; to: string }>;
}

/** The reopened initiative; undefined when it is not closed (so a retried click changes nothing). */
export function reopenInitiative(initiative: Initiative, by: { id: string; name: string }, now: Date): Initiative | undefined {
  if (!isClosed(initiative.status)) return undefined;
  const at = now.toISOString();
  const change: ReopenedChange = { at, byId: by.id, byName: by.name, kind: 'reopened', fromStatus: initiative.status };
  return { ...initiative, status: 'active', lastChangeAt: at, changes: [...(initiative.changes ?? []), change] };
}
