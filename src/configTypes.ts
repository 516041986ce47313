// The validated configuration's shape (src/config.ts reads and checks the environment into it).
import type { WorkingTimePolicy } from './domain/calendar/workingTime';
import type { Cohort } from './domain/leadershipProgramme/cohort';
import type { ProgrammeCycle } from './domain/programme/cycle';
import type { SecurityConfig } from './securityConfig';

/** The embedded store's DATA_DIR for a store in memory only (demos, tests): nothing on disk. */
export const IN_MEMORY_DATA_DIR = ':memory:';

/** `retentionDays`: transient records (outbox, bot state) expire this long after their last write. */
export type StorageConfig = (
  | { kind: 'embedded'; dataDir: string }
  | {
      kind: 'cosmos';
      endpoint: string;
      database: string;
      auth: { kind: 'key'; key: string } | { kind: 'entra'; managedIdentityClientId?: string };
      createContainers: boolean;
      containerPrefix: string;
    }
) & { retentionDays?: number };

export interface AppConfig {
  production: boolean;
  security: SecurityConfig;
  /** Time limit of each storage call inside a turn. */
  storageTimeoutMs: number;
  /** Time limit for reading one request body at the HTTP edge. */
  bodyTimeoutMs: number;
  /** How long a /readyz answer is reused. */
  readinessCacheMs: number;
  port: number;
  host: string;
  logLevel: string;
  /** Bot Framework credentials; an empty appId means no authentication (local testing only). */
  bot: { appId: string; appPassword: string; appType: string; tenantId: string };
  storage: StorageConfig;
  defaultLocale: 'nb' | 'en';
  sectors: string[];
  sectorHeadLabel?: string;
  adminAadObjectIds: string[];
  shutdownTimeoutMs: number;
  /** Employees may post ideas anonymously (the programme's choice). */
  ideasAllowAnonymous: boolean;
  reminders: ReminderConfig;
  /** Cohorts of the leadership programme (LEADERSHIP_COHORTS). */
  leadershipCohorts: Cohort[];
  retentionDays: number;
}

export interface ReminderConfig {
  /** Run the reminder job in-process on `cron` (Europe/Oslo). */
  enabled: boolean;
  cron: string;
  cycles: ProgrammeCycle[];
  policy: WorkingTimePolicy;
  sender: { ratePerSecond: number; concurrency: number; maxAttempts: number };
  leaseMs: number;
}
