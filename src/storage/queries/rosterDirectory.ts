// Roles for a turn, from the roster and the admin list. The roster is small (a few hundred rows)
// and changes only on import, so the whole list is kept as a snapshot for a short while instead
// of querying per turn; an import in this process refreshes it at once, and other instances see
// the change within `maxAgeMs`.
import { createHash } from 'node:crypto';
import { indexRoster, rolesIn, type Person, type RosterIndex, type Roles } from '../../domain/access/roles';
import type { RosterEntry } from '../../domain/roster/roster';
import type { RosterRepository } from '../repositories/rosterRepository';

export class RosterDirectory {
  private snapshot: { at: number; entries: Promise<RosterEntry[]>; version?: Promise<string>; index?: Promise<RosterIndex> } | undefined;

  constructor(
    private readonly roster: Pick<RosterRepository, 'all'>,
    private readonly adminAadObjectIds: readonly string[],
    private readonly maxAgeMs = 30_000,
    private readonly clock: () => number = Date.now,
  ) {}

  async rolesFor(person: Person): Promise<Roles> {
    const entries = this.entries();
    const snapshot = this.snapshot!; // set by entries() before it returns
    return rolesIn(person, await (snapshot.index ??= entries.then(indexRoster)), this.adminAadObjectIds);
  }

  /** Every roster row (the cached snapshot). */
  async entries(): Promise<RosterEntry[]> {
    const now = this.clock();
    if (!this.snapshot || now - this.snapshot.at > this.maxAgeMs) {
      const entries = this.roster.all();
      this.snapshot = { at: now, entries };
      // A failed load is not kept: the next turn tries again.
      entries.catch(() => {
        if (this.snapshot?.entries === entries) this.snapshot = undefined;
      });
    }
    return this.snapshot.entries;
  }

  /**
   * A short fingerprint of who is on the roster (each row's e-mail and Entra id from the CSV): it
   * changes when an import adds, removes or re-identifies a leader, and not for snoozes, leave or
   * identities learnt on first contact, which cannot put anyone new on the roster.
   */
  version(): Promise<string> {
    const entries = this.entries();
    const snapshot = this.snapshot!; // set by entries() before it returns
    return (snapshot.version ??= entries.then(rosterVersion));
  }

  /** Drops the snapshot (after an import or a change to a row in this process). */
  invalidate(): void {
    this.snapshot = undefined;
  }
}

function rosterVersion(entries: readonly RosterEntry[]): string {
  const hash = createHash('sha256');
  for (const e of entries) hash.update(`${e.id}\t${e.aadObjectId?.toLowerCase() ?? ''}\n`);
  return hash.digest('base64url').slice(0, 16);
}
