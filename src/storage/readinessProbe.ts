// Readiness means the store can write, not only answer: a read-only or full database would pass
// a `SELECT 1` while every turn fails. The probe writes one tiny document in the leases container,
// whose TTL removes it, and reads it back.
import type { DocumentStore } from './documentStore';

interface ProbeDoc {
  id: string;
  checkedAt: string;
  /** Seconds; the store deletes the probe when nobody asks for readiness any more. */
  ttl: number;
}

/** Not a lease name any job uses: the reminder job's leases are named after the job. */
export const READINESS_PROBE_ID = 'readiness-probe';

export async function probeStoreWrites(store: DocumentStore, now: () => Date = () => new Date()): Promise<void> {
  await store.ping();
  const probes = store.collection<ProbeDoc>('leases');
  const checkedAt = now().toISOString();
  await probes.upsert({ id: READINESS_PROBE_ID, checkedAt, ttl: 300 });
  const back = await probes.read(READINESS_PROBE_ID);
  if (back?.value.checkedAt !== checkedAt) throw new Error('the readiness probe did not read back what it wrote');
}
