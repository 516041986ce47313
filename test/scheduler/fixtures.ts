// A programme of N roster leaders in mixed states, seeded straight into the store (fast), and a
// reminder job wired to the loopback connector with a fast throttled sender.
import pino from 'pino';
import type { AppConfig } from '../../src/config';
import type { Initiative } from '../../src/domain/initiative/initiative';
import { newInitiative } from '../../src/domain/initiative/rules';
import type { Profile } from '../../src/domain/profile/profile';
import type { RosterEntry } from '../../src/domain/roster/roster';
import type { DocumentStore } from '../../src/storage/documentStore';
import type { ConversationRecord } from '../../src/storage/repositories/conversationRepository';
import { ConversationRepository } from '../../src/storage/repositories/conversationRepository';
import { ReminderJob } from '../../src/scheduler/reminderJob';
import { createAdapter } from '../../src/teams/adapter';
import { adapterDeliver, ThrottledSender, type SenderSettings } from '../../src/teams/proactive/throttledSender';
import { BOT_ID, personalConversationId, TENANT_ID, testUser, type TestUser } from '../support/activities';

/** Monday 30 November 2026, 09:30 in Oslo (week 49). */
export const MONDAY = new Date('2026-11-30T09:30:00+01:00');
export const CYCLE = {
  id: '2026-2027',
  name: 'Innovasjonsprogrammet 2026/2027',
  start: '2026-08-17',
  registrationDeadline: '2026-11-13',
  reportCadence: { everyWeeks: 4 },
  // Far ahead: the snooze test runs the job near the real date, and leaders must still lag then.
  end: '2099-06-19',
};
export const ADMIN = testUser('admin');
export const HEADS = [testUser('head-a'), testUser('head-b')];
export const SECTORS = ['Helse og sosial', 'Oppvekst skole'];

export type LeaderState = 'no_initiative' | 'up_to_date' | 'report_late' | 'stalled' | 'no_chat_ok' | 'no_chat_laggard' | 'snoozed' | 'on_leave' | 'escalated';
const STATES: LeaderState[] = ['no_initiative', 'up_to_date', 'report_late', 'stalled', 'no_chat_ok', 'no_chat_laggard', 'snoozed', 'on_leave', 'up_to_date', 'escalated'];

export interface SeededLeader {
  n: number;
  user: TestUser;
  email: string;
  state: LeaderState;
  conversationId: string;
  initiativeId?: string;
}

export const leaderUser = (n: number): TestUser => testUser(n + 1);

const PROPOSAL = {
  title: 'Matsvinn på kjøkkenet',
  problem: 'Mat blir kastet.',
  goal: 'Halvere matsvinnet.',
  beneficiaries: ['users' as const],
  innovationTypes: ['process' as const],
  employeeInvolvement: ['proposed' as const],
  employeesInvolved: 4,
  benefits: [{ type: 'avoided_cost' as const, description: 'Mindre mat kastet' }],
  phase: 'pilot' as const,
  startDate: '2026-09-01',
  plannedInUseDate: '2027-06-01',
};

function conversation(user: TestUser, serviceUrl: string): ConversationRecord {
  const stamp = '2026-09-01T08:00:00.000Z';
  return {
    id: `user:${user.aadObjectId}`,
    scope: 'personal',
    conversationId: personalConversationId(user),
    tenantId: TENANT_ID,
    aadObjectId: user.aadObjectId,
    reference: {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: personalConversationId(user), conversationType: 'personal', tenantId: TENANT_ID },
      bot: { id: BOT_ID, name: 'Innovasjonsbot' },
      user: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    },
    installed: true,
    installedAt: stamp,
    updatedAt: stamp,
  };
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

/** Seeds `count` leaders (state by n % 10), two sector heads (profiles with e-mail) and the admin. */
export async function seedProgramme(store: DocumentStore, count: number, serviceUrl: string): Promise<SeededLeader[]> {
  const roster = store.collection<RosterEntry>('roster');
  const conversations = store.collection<ConversationRecord>('conversations');
  const initiatives = store.collection<Initiative>('initiatives');
  const profiles = store.collection<Profile>('profiles');
  const leaders: SeededLeader[] = [];
  const docs: Array<() => Promise<unknown>> = [];
  for (let n = 0; n < count; n++) {
    const user = leaderUser(n);
    const state = STATES[n % STATES.length]!;
    const email = `leder${n}@kommune.no`;
    const sector = SECTORS[n % 2]!;
    const entry: RosterEntry = {
      id: email,
      name: `Leder ${n}`,
      email,
      aadObjectId: user.aadObjectId,
      unit: `Enhet ${n % 40}`,
      sector,
      sectorHeadEmail: `head-${n % 2 === 0 ? 'a' : 'b'}@kommune.no`,
      importedAt: '2026-08-17T08:00:00.000Z',
      updatedAt: '2026-08-17T08:00:00.000Z',
    };
    if (state === 'snoozed') entry.snoozedUntil = '2026-12-03T08:00:00.000Z';
    if (state === 'on_leave') entry.leave = [{ from: '2026-11-20T08:00:00.000Z', to: '2026-12-10T23:00:00.000Z' }];
    docs.push(() => roster.upsert(entry));
    if (state !== 'no_chat_ok' && state !== 'no_chat_laggard') docs.push(() => conversations.upsert(conversation(user, serviceUrl)));
    const leader: SeededLeader = { n, user, email, state, conversationId: personalConversationId(user) };
    const hasInitiative = !['no_initiative', 'no_chat_laggard', 'snoozed', 'on_leave'].includes(state);
    if (hasInitiative) {
      const created = state === 'escalated' ? '2026-09-01T08:00:00.000Z' : state === 'report_late' ? '2026-10-15T08:00:00.000Z' : '2026-11-02T08:00:00.000Z';
      const i = newInitiative({ id: `ini-${n}`, proposal: PROPOSAL, owner: { id: user.aadObjectId, name: entry.name, unit: entry.unit, sector }, now: new Date(created) });
      if (state === 'up_to_date' || state === 'no_chat_ok') i.lastReportAt = '2026-11-20T08:00:00.000Z';
      if (state === 'stalled') Object.assign(i, { progress: 'blocked', lastReportAt: '2026-11-10T08:00:00.000Z', lastChangeAt: '2026-11-10T08:00:00.000Z' });
      leader.initiativeId = i.id;
      docs.push(() => initiatives.upsert(i));
    }
    leaders.push(leader);
  }
  for (const [k, head] of HEADS.entries()) {
    docs.push(() => profiles.upsert({ id: head.aadObjectId, name: `Kommunalsjef ${k}`, email: `head-${k === 0 ? 'a' : 'b'}@kommune.no`, role: 'sector_head', updatedAt: '2026-08-17T08:00:00.000Z' }));
    docs.push(() => conversations.upsert(conversation(head, serviceUrl)));
  }
  docs.push(() => conversations.upsert(conversation(ADMIN, serviceUrl)));
  await inBatches(docs, 50, (d) => d());
  return leaders;
}

/** Leaders who must get a nudge on MONDAY. */
export const isLaggardReachableNow = (l: SeededLeader) => ['no_initiative', 'report_late', 'stalled', 'escalated'].includes(l.state);

export const FAST_SENDER: Partial<SenderSettings> = { ratePerSecond: 2000, concurrency: 16, maxAttempts: 5, baseBackoffMs: 20, maxBackoffMs: 200 };

export function reminderEnv(): Record<string, string> {
  return { REMINDERS_ENABLED: 'false', ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId, PROGRAMME_CYCLES: JSON.stringify([CYCLE]) };
}

export function makeJob(store: DocumentStore, config: AppConfig, options: { clock?: () => Date; instanceId?: string; sender?: Partial<SenderSettings> } = {}) {
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const adapter = createAdapter(config, logger);
  const sender = new ThrottledSender(adapterDeliver(adapter, config.bot.appId), { ...FAST_SENDER, ...options.sender }, logger, new ConversationRepository(store));
  const job = new ReminderJob({ store, config, logger, sender, clock: options.clock ?? (() => MONDAY), instanceId: options.instanceId ?? 'instance-a' });
  return { job, sender };
}
