// The programme roster (one document per leader, id = lower-case e-mail). Import is idempotent:
// a row equal to what is stored writes nothing. Snooze, leave and the Teams identity learnt on
// first contact live on the same document and survive re-imports.
import { applyRosterRow, rosterIdFor, type ImportAction, type RejectedRow, type RosterEntry, type RosterRow } from '../../domain/roster/roster';
import { currentLeave, type LeavePeriodRecord } from '../../domain/reminders/availability';
import type { Collection, DocumentStore, Versioned } from '../documentStore';
import { mutate } from '../optimistic';

export interface ImportReport {
  added: string[];
  changed: string[];
  unchanged: string[];
  rejected: RejectedRow[];
}

export class RosterRepository {
  private readonly docs: Collection<RosterEntry>;

  constructor(store: DocumentStore, private readonly now: () => Date = () => new Date()) {
    this.docs = store.collection<RosterEntry>('roster');
  }

  async get(email: string): Promise<RosterEntry | undefined> {
    return (await this.docs.read(rosterIdFor(email)))?.value;
  }

  async all(): Promise<RosterEntry[]> {
    return (await this.docs.query()).map((d) => d.value).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async findByAadObjectId(aadObjectId: string): Promise<RosterEntry | undefined> {
    const id = aadObjectId.toLowerCase();
    const [byCsv, byMatch] = await Promise.all([
      this.docs.query({ where: [{ field: 'aadObjectId', op: '=', value: id }], limit: 1 }),
      this.docs.query({ where: [{ field: 'matchedAadObjectId', op: '=', value: id }], limit: 1 }),
    ]);
    return (byCsv[0] ?? byMatch[0])?.value;
  }

  /** Imports parsed rows one by one (a failing row never stops the others). */
  async import(rows: ReadonlyArray<{ line: number; row: RosterRow }>, rejected: RejectedRow[] = []): Promise<ImportReport> {
    const report: ImportReport = { added: [], changed: [], unchanged: [], rejected: [...rejected] };
    for (const { line, row } of rows) {
      try {
        let action: ImportAction = 'unchanged';
        await mutate(this.docs, rosterIdFor(row.email), (current) => {
          const result = applyRosterRow(current, row, this.now());
          action = result.action;
          return result.entry;
        });
        report[action].push(rosterIdFor(row.email));
      } catch (err) {
        report.rejected.push({ line, reason: `could not be stored: ${(err as Error).message}`, raw: row.email });
      }
    }
    return report;
  }

  /** Stores directly (tests and benchmarks seed thousands of leaders this way). */
  upsert(entry: RosterEntry): Promise<Versioned<RosterEntry>> {
    return this.docs.upsert(entry);
  }

  /** Records the Teams identity of a roster leader on first contact. No-op if already known. */
  async matchIdentity(email: string, aadObjectId: string): Promise<RosterEntry | undefined> {
    const aad = aadObjectId.toLowerCase();
    const result = await mutate(this.docs, rosterIdFor(email), (current) => {
      if (!current || current.aadObjectId === aad || current.matchedAadObjectId === aad) return undefined;
      if (current.aadObjectId) return undefined; // the CSV names someone else: HR's word wins
      const stamp = this.now().toISOString();
      return { ...current, matchedAadObjectId: aad, matchedAt: stamp, updatedAt: stamp };
    });
    return result.value;
  }

  async snooze(id: string, until: Date): Promise<RosterEntry | undefined> {
    const result = await mutate(this.docs, id, (current) =>
      current ? { ...current, snoozedUntil: until.toISOString(), updatedAt: this.now().toISOString() } : undefined,
    );
    return result.value;
  }

  async addLeave(id: string, period: LeavePeriodRecord): Promise<RosterEntry | undefined> {
    const result = await mutate(this.docs, id, (current) =>
      current ? { ...current, leave: [...currentLeave(current.leave, this.now()), period], updatedAt: this.now().toISOString() } : undefined,
    );
    return result.value;
  }
}
