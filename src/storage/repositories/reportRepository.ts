// Progress and closing reports, partitioned by initiativeId so one initiative's history is a
// single-partition query. Ids come from the form token: a double submit stores one report.
import type { ProgressReport } from '../../domain/initiative/initiative';
import { ConflictError, type Collection, type DocumentStore } from '../documentStore';

export class ReportRepository {
  private readonly docs: Collection<ProgressReport>;

  constructor(store: DocumentStore) {
    this.docs = store.collection<ProgressReport>('reports');
  }

  /** Create-if-absent: a report whose id exists returns the stored one (created: false). */
  async add(report: ProgressReport): Promise<{ report: ProgressReport; created: boolean }> {
    try {
      const saved = await this.docs.create(report);
      return { report: saved.value, created: true };
    } catch (err) {
      if (!(err instanceof ConflictError) || err.reason !== 'exists') throw err;
      const existing = await this.docs.read(report.id, report.initiativeId);
      if (!existing) throw err;
      return { report: existing.value, created: false };
    }
  }

  async get(initiativeId: string, id: string): Promise<ProgressReport | undefined> {
    return (await this.docs.read(id, initiativeId))?.value;
  }

  /** The initiative's reports, oldest first. */
  async history(initiativeId: string): Promise<ProgressReport[]> {
    const docs = await this.docs.query({
      partitionKey: initiativeId,
      where: [{ field: 'initiativeId', op: '=', value: initiativeId }],
      orderBy: { field: 'reportedAt', direction: 'asc' },
    });
    return docs.map((d) => d.value);
  }

  /** Every report (cross-partition): the overview and the export read them in one query. */
  async listAll(): Promise<ProgressReport[]> {
    return (await this.docs.query()).map((d) => d.value);
  }
}
