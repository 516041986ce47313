// The exactly-once ledger of proactive messages. A record is created (create-if-absent) BEFORE
// the message is sent: a conflict means another run or instance already sent it or is sending
// it. Afterwards it is marked sent, unreachable or failed, which admins can see.
import { ConflictError, type Collection, type DocumentStore } from '../documentStore';
import { mutate } from '../optimistic';
import { safeId } from '../safeId';

export type OutboxStatus = 'pending' | 'sent' | 'unreachable' | 'failed';

export interface OutboxRecord {
  id: string;
  key: string;
  kind: string;
  period: string;
  recipientKey: string;
  recipientName: string;
  status: OutboxStatus;
  /** The run that claimed it (instance + start time). */
  runId: string;
  attempts: number;
  createdAt: string;
  updatedAt: string;
  sentAt?: string;
  error?: string;
  /** Rules behind a nudge, for admins ("why did Kari get this?"). */
  rules?: string[];
  /** For a slot of a daily allowance (claimSlot): the message that took it. */
  holder?: string;
}

export type SlotClaim = { outcome: 'claimed' | 'held'; key: string } | { outcome: 'full' };

export class OutboxRepository {
  private readonly docs: Collection<OutboxRecord>;

  constructor(store: DocumentStore, private readonly now: () => Date = () => new Date()) {
    this.docs = store.collection<OutboxRecord>('outbox');
  }

  /** Claims `key`: true if this caller created the record and must send; false if it exists. */
  async claim(record: Omit<OutboxRecord, 'id' | 'status' | 'attempts' | 'createdAt' | 'updatedAt'>): Promise<boolean> {
    const stamp = this.now().toISOString();
    try {
      await this.docs.create({ ...record, id: safeId(record.key), status: 'pending', attempts: 0, createdAt: stamp, updatedAt: stamp });
      return true;
    } catch (err) {
      if (err instanceof ConflictError && err.reason === 'exists') return false;
      throw err;
    }
  }

  /**
   * Claims the first free of `keys` (the slots of a daily allowance, domain/allowance) for the
   * message `holder`: 'claimed' when this caller created it and must send; 'held' when a slot
   * already holds `holder` (a retry, or the same message on another instance: already out or
   * going out); 'full' when every slot holds another message. Each slot is created-if-absent,
   * so racing callers never share one and no more than `keys.length` messages go out.
   */
  async claimSlot(keys: readonly string[], holder: string, record: Omit<Parameters<OutboxRepository['claim']>[0], 'key' | 'holder'>): Promise<SlotClaim> {
    for (const key of keys) {
      if (await this.claim({ ...record, key, holder })) return { outcome: 'claimed', key };
      if ((await this.get(key))?.holder === holder) return { outcome: 'held', key };
    }
    return { outcome: 'full' };
  }

  async get(key: string): Promise<OutboxRecord | undefined> {
    return (await this.docs.read(safeId(key)))?.value;
  }

  async finish(key: string, outcome: { status: Exclude<OutboxStatus, 'pending'>; attempts: number; error?: string }): Promise<void> {
    await mutate(this.docs, safeId(key), (current) => {
      if (!current) return undefined;
      const stamp = this.now().toISOString();
      return {
        ...current,
        status: outcome.status,
        attempts: outcome.attempts,
        error: outcome.error,
        sentAt: outcome.status === 'sent' ? stamp : current.sentAt,
        updatedAt: stamp,
      };
    });
  }

  /** Every record of a period (e.g. '2026-W48'), for status and digests. */
  async byPeriod(period: string): Promise<OutboxRecord[]> {
    return (await this.docs.query({ where: [{ field: 'period', op: '=', value: period }] })).map((d) => d.value);
  }

  /**
   * Records left 'pending' by a run that died (its lease expired) are marked failed: whether
   * the message went out is unknown, and sending again could send it twice.
   */
  async failAbandoned(olderThan: Date, exceptRunId: string): Promise<number> {
    const stale = await this.docs.query({
      where: [
        { field: 'status', op: '=', value: 'pending' },
        { field: 'updatedAt', op: '<', value: olderThan.toISOString() },
      ],
    });
    let n = 0;
    for (const d of stale) {
      if (d.value.runId === exceptRunId) continue;
      await this.finish(d.value.key, { status: 'failed', attempts: d.value.attempts, error: 'interrupted: the run stopped while sending; outcome unknown, not resent' });
      n++;
    }
    return n;
  }

  all(): Promise<OutboxRecord[]> {
    return this.docs.query().then((docs) => docs.map((d) => d.value));
  }
}
