// The containers the app stores documents in, and the partition key of each. Cosmos DB, the
// embedded store and the Bicep in deployment/infra all follow this list (a test checks Bicep).
//
// Why these keys: the whole programme is small (about 200 leaders, a few hundred initiatives
// and a few thousand ideas a year), so nearly every container is partitioned by its own `id`.
// That spreads writes evenly, makes every card action a cheap point read, and keeps
// cross-partition queries (lists, dashboards) affordable at this size. The exceptions are
// data that is always read as a group: progress reports are read as one initiative's history,
// so they share the initiative's partition.

export const CONTAINERS = {
  /** Leader and user profiles, keyed by Entra object id. */
  profiles: { partitionKey: 'id' },
  /** Conversation references for proactive messages (personal chats and linked channels). */
  conversations: { partitionKey: 'id' },
  /** Innovation initiatives (innovasjonstiltak). */
  initiatives: { partitionKey: 'id' },
  /** Progress and closing reports, one partition per initiative: the history reads as one query. */
  reports: { partitionKey: 'initiativeId' },
  /** Employee ideas. */
  ideas: { partitionKey: 'id' },
  /** The programme roster (expected leaders), keyed by lower-case e-mail. */
  roster: { partitionKey: 'id' },
  /** One record per proactive message key, written before sending: the exactly-once ledger. Expires after RETENTION_DAYS. */
  outbox: { partitionKey: 'id', ttl: true },
  /** Leases that let one instance at a time run the reminder job; expire by TTL. */
  leases: { partitionKey: 'id', ttl: true },
  /** botbuilder conversation and user state (dialog stacks). Expires after RETENTION_DAYS. */
  botstate: { partitionKey: 'id', ttl: true },
  /**
   * Leadership programme sign-up: one document per cohort holding all its applications, so a
   * decision (seat or waiting list) is one conditional write and two approvals cannot both
   * take the last seat.
   */
  enrolments: { partitionKey: 'id' },
  /** Announcements (kunngjøringer) with their frozen recipient list and delivery report. */
  announcements: { partitionKey: 'id' },
  /** Files offered through Teams' file consent card, kept until accepted or declined; expire by TTL. */
  pendingFiles: { partitionKey: 'id', ttl: true },
} as const satisfies Record<string, ContainerSpec>;

export interface ContainerSpec {
  /** Top-level field that holds the partition key (Cosmos path `/<field>`). */
  partitionKey: string;
  /** Documents may carry a `ttl` (seconds); Cosmos default TTL is turned on (-1: per item). */
  ttl?: boolean;
}

export type ContainerName = keyof typeof CONTAINERS;
export const CONTAINER_NAMES = Object.keys(CONTAINERS) as ContainerName[];
