// Turns the evaluations of one run into the messages to send: one nudge per laggard, one digest
// per sector head with escalated leaders, one programme digest per admin. Each message has a
// deterministic key (kind + recipient + working week): the exactly-once ledger's id.
import { canSendAt, nextSendTime, workingWeekKey, type PersonAvailability, type SendBlockReason, type WorkingTimePolicy } from '../calendar/workingTime';
import { hasAnyInitiative, hasRegistered, type Finding, type LeaderEvaluation } from './rules';
import type { ProgrammeCycle } from '../programme/cycle';
import type { DigestNumbers } from '../overview/digestNumbers';

export type MessageKind = 'nudge' | 'sector_digest' | 'owner_digest';

export interface Recipient {
  /** Stable id in keys: roster id (e-mail) for leaders and sector heads, aad id for admins. */
  key: string;
  name: string;
  aadObjectId?: string;
  /** Has an installed personal chat that has not refused messages. */
  reachable: boolean;
  availability: PersonAvailability;
}

export interface DigestLeader {
  name: string;
  unit: string;
  sector: string;
  missedDeadlines: number;
  findings: Finding[];
}

export interface ProgrammeStats {
  expected: number;
  reachable: number;
  registered: number;
  laggards: number;
  escalated: number;
  /** Leaders the bot cannot reach (not installed, removed, blocked). */
  unreachable: Array<{ name: string; unit: string }>;
}

export type MessageContent =
  | { kind: 'nudge'; findings: Finding[]; missedDeadlines: number }
  | { kind: 'sector_digest'; sector: string; leaders: DigestLeader[]; numbers?: DigestNumbers }
  | { kind: 'owner_digest'; stats: ProgrammeStats; bySector: Array<{ sector: string; expected: number; laggards: number; escalated: number }>; numbers?: DigestNumbers };

export type Readiness =
  | { state: 'now' }
  | { state: 'later'; reason: SendBlockReason; nextAt?: Date }
  | { state: 'unreachable' };

export interface PlannedMessage {
  key: string;
  kind: MessageKind;
  /** Working week, e.g. '2026-W48'. */
  period: string;
  recipient: Recipient;
  readiness: Readiness;
  content: MessageContent;
}

export function outboxKey(kind: MessageKind, recipientKey: string, period: string): string {
  return `${kind}:${recipientKey}:${period}`;
}

function readiness(recipient: Recipient, now: Date, policy: WorkingTimePolicy): Readiness {
  if (!recipient.reachable || !recipient.aadObjectId) return { state: 'unreachable' };
  const decision = canSendAt(now, policy, recipient.availability);
  if (decision.ok) return { state: 'now' };
  return { state: 'later', reason: decision.reason, nextAt: nextSendTime(now, policy, recipient.availability) };
}

export interface PlanInput {
  now: Date;
  policy: WorkingTimePolicy;
  cycle?: ProgrammeCycle;
  evaluations: readonly LeaderEvaluation[];
  /** Sector heads by (lower-case) e-mail; absent = cannot be reached. */
  sectorHeads: ReadonlyMap<string, Recipient>;
  admins: readonly Recipient[];
}

export function planRun(input: PlanInput): { messages: PlannedMessage[]; stats: ProgrammeStats } {
  const digests = planDigests(input);
  return { messages: [...planNudges(input), ...digests.messages], stats: digests.stats };
}

/**
 * One nudge per laggard among `evaluations`, in their order. Depends on nothing but each leader's
 * own evaluation, so the reminder job plans and sends the roster page by page.
 */
export function planNudges(input: Pick<PlanInput, 'now' | 'policy' | 'evaluations'>): PlannedMessage[] {
  const { now, policy } = input;
  const period = workingWeekKey(now, policy);
  const messages: PlannedMessage[] = [];
  for (const e of input.evaluations) {
    if (!e.findings.length) continue;
    const l = e.leader;
    const recipient: Recipient = { key: l.id, name: l.name, aadObjectId: l.aadObjectId, reachable: l.reachable, availability: l.availability };
    messages.push({
      key: outboxKey('nudge', l.id, period),
      kind: 'nudge',
      period,
      recipient,
      readiness: readiness(recipient, now, policy),
      content: { kind: 'nudge', findings: e.findings, missedDeadlines: e.missedDeadlines },
    });
  }
  return messages;
}

/** The digests (sector heads, admins) and the programme's numbers, from every leader's evaluation. */
export function planDigests(input: PlanInput): { messages: PlannedMessage[]; stats: ProgrammeStats } {
  const { now, policy } = input;
  const period = workingWeekKey(now, policy);
  const messages: PlannedMessage[] = [];
  const bySectorHead = new Map<string, DigestLeader[]>();
  const sectorOf = new Map<string, string>();
  const stats: ProgrammeStats = { expected: 0, reachable: 0, registered: 0, laggards: 0, escalated: 0, unreachable: [] };
  const sectors = new Map<string, { sector: string; expected: number; laggards: number; escalated: number }>();

  for (const e of input.evaluations) {
    const l = e.leader;
    const s = sectors.get(l.sector) ?? { sector: l.sector, expected: 0, laggards: 0, escalated: 0 };
    sectors.set(l.sector, s);
    stats.expected++;
    s.expected++;
    if (l.reachable) stats.reachable++;
    else stats.unreachable.push({ name: l.name, unit: l.unit });
    const registered = input.cycle ? hasRegistered(l, input.cycle, policy.timeZone) : hasAnyInitiative(l);
    if (registered) stats.registered++;
    if (!e.findings.length) continue;
    stats.laggards++;
    s.laggards++;
    if (e.escalate) {
      stats.escalated++;
      s.escalated++;
      if (l.sectorHeadEmail) {
        const list = bySectorHead.get(l.sectorHeadEmail) ?? [];
        list.push({ name: l.name, unit: l.unit, sector: l.sector, missedDeadlines: e.missedDeadlines, findings: e.findings });
        bySectorHead.set(l.sectorHeadEmail, list);
        sectorOf.set(l.sectorHeadEmail, l.sector);
      }
    }
  }

  for (const [email, leaders] of [...bySectorHead].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const recipient: Recipient = input.sectorHeads.get(email) ?? { key: email, name: email, reachable: false, availability: {} };
    messages.push({
      key: outboxKey('sector_digest', email, period),
      kind: 'sector_digest',
      period,
      recipient,
      readiness: readiness(recipient, now, policy),
      content: { kind: 'sector_digest', sector: sectorOf.get(email)!, leaders: leaders.sort((a, b) => b.missedDeadlines - a.missedDeadlines || a.name.localeCompare(b.name, 'nb')) },
    });
  }

  const bySector = [...sectors.values()].sort((a, b) => a.sector.localeCompare(b.sector, 'nb'));
  for (const admin of input.admins) {
    messages.push({
      key: outboxKey('owner_digest', admin.key, period),
      kind: 'owner_digest',
      period,
      recipient: admin,
      readiness: readiness(admin, now, policy),
      content: { kind: 'owner_digest', stats, bySector },
    });
  }
  return { messages, stats };
}
