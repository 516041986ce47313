// The only place that reads process.env. Everything is validated once at start, so a bad
// deployment stops with one clear line instead of failing on the first user's message.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { workingTimePolicy, type WorkingTimePolicy } from './domain/calendar/workingTime';
import { cohortsSchema } from './domain/leadershipProgramme/cohort';
import { programmeCyclesSchema, type ProgrammeCycle } from './domain/programme/cycle';
import { LOCAL_SERVICE_URLS, securityIssues, TEAMS_SERVICE_URLS, type SecurityConfig } from './securityConfig';

export { LOCAL_SERVICE_URLS, TEAMS_SERVICE_URLS, type SecurityConfig };
export type { AppConfig, ReminderConfig, StorageConfig } from './configTypes';
import { IN_MEMORY_DATA_DIR, type AppConfig, type ReminderConfig, type StorageConfig } from './configTypes';

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : ['true', '1', 'yes'].includes(v)));

const csv = z
  .string()
  .optional()
  .transform((v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []));

// Sector names contain commas ("Miljø, idrett og kultur"), so the list is separated by ';'.
const DEFAULT_SECTORS = [
  'Oppvekst skole',
  'Oppvekst barnehage',
  'Pleie og omsorg',
  'Helse og sosial',
  'Miljø, idrett og kultur',
  'Organisasjon, styring og utvikling',
].join(';');

/** The environment variables the app reads, with the names Azure already uses where there is one. */
const envShape = {
    NODE_ENV: z.string().default(''),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    // Empty: all interfaces with authentication on, loopback only with it off.
    HOST: z.string().default(''),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    MicrosoftAppId: z.string().default(''),
    MicrosoftAppPassword: z.string().default(''),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: z.string().default(''),
    // Trust: which tenants may use the bot, and where replies may go (see docs/SECURITY.md).
    ALLOWED_TENANT_IDS: csv,
    ALLOWED_SERVICE_URLS: csv,
    // Teams gives up on a turn after about 15 s; a stalled store must not hold it longer.
    STORAGE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(4000),
    OPENID_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(5000),
    // A request body trickled in slowly must not hold a connection open for minutes.
    BODY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(10000),
    // /readyz writes a probe document; its answer is reused this long (0: every call probes alone).
    READINESS_CACHE_MS: z.coerce.number().int().min(0).max(60000).default(5000),

    STORAGE: z.enum(['embedded', 'cosmos']).default('embedded'),
    DATA_DIR: z.string().default('./data'),
    COSMOS_ENDPOINT: z.string().url().optional(),
    COSMOS_DATABASE: z.string().min(1).default('innovasjonsbot'),
    COSMOS_AUTH: z.enum(['key', 'entra']).default('entra'),
    COSMOS_KEY: z.string().optional(),
    AZURE_CLIENT_ID: z.string().optional(),
    COSMOS_CREATE_CONTAINERS: bool(true),
    COSMOS_CONTAINER_PREFIX: z.string().default(''),

    DEFAULT_LOCALE: z.enum(['nb', 'en']).default('nb'),
    SECTORS: z.string().default(DEFAULT_SECTORS),
    SECTOR_HEAD_LABEL: z.string().optional(),
    ADMIN_AAD_OBJECT_IDS: csv,
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10000),
    // Ideas: may employees post ideas anonymously?
    IDEAS_ALLOW_ANONYMOUS: bool(true),

    // Reminders
    REMINDERS_ENABLED: bool(true),
    REMINDER_CRON: z.string().default('*/15 9-14 * * 1-5'),
    PROGRAMME_CYCLES: z.string().default(''),
    SEND_RATE_PER_SECOND: z.coerce.number().positive().max(40).default(30),
    SEND_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(4),
    SEND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    SEND_WINDOW: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'must be HH:mm-HH:mm').default('09:00-15:00'),
    FELLESFERIE_WEEKS: z.string().regex(/^(none|\d{1,2}(,\d{1,2})*)$/, "must be ISO week numbers like 28,29,30 or 'none'").default('28,29,30'),
    REMINDER_LEASE_SECONDS: z.coerce.number().int().min(30).max(86400).default(600),

    // Leadership programme «Innovasjon og forbedringsledelse»: its cohorts, like PROGRAMME_CYCLES.
    LEADERSHIP_COHORTS: z.string().default(''),
    // Days before reminder records (outbox) and saved dialog state expire. At least two weeks:
    // the outbox is what stops a second nudge in the same working week.
    RETENTION_DAYS: z.coerce.number().int().min(14).max(3650).default(180),
};

/** Every environment variable the app reads (the deployment consistency test uses this). */
export const ENV_SETTING_NAMES = Object.keys(envShape);

/**
 * Settings production (the Bicep) deliberately leaves unset, with the reason. Every other name in
 * ENV_SETTING_NAMES must be set by the Bicep, so a new setting cannot be forgotten there.
 */
export const NOT_SET_IN_PRODUCTION: Partial<Record<keyof typeof envShape, string>> = {
  PORT: 'App Service sets it itself',
  DATA_DIR: 'embedded store only; production uses Cosmos DB',
  COSMOS_KEY: 'keys are disabled on the account; the managed identity signs in',
  COSMOS_CONTAINER_PREFIX: 'the Bicep creates the containers under their plain names',
  MicrosoftAppPassword: 'the bot signs in as the managed identity; there is no secret',
};


const envSchema = z
  .object(envShape)
  .superRefine((env, ctx) => {
    if (env.STORAGE === 'cosmos' && !env.COSMOS_ENDPOINT) {
      ctx.addIssue({ code: 'custom', path: ['COSMOS_ENDPOINT'], message: 'is required when STORAGE=cosmos' });
    }
    if (env.STORAGE === 'cosmos' && env.COSMOS_AUTH === 'key' && !env.COSMOS_KEY) {
      ctx.addIssue({ code: 'custom', path: ['COSMOS_KEY'], message: 'is required when COSMOS_AUTH=key' });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI' && !env.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'MultiTenant' && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: `is required when MicrosoftAppType=${env.MicrosoftAppType}` });
    }
    securityIssues(env, ctx);
    if (env.STORAGE === 'embedded' && env.NODE_ENV === 'production' && isInMemory(env.DATA_DIR)) {
      ctx.addIssue({ code: 'custom', path: ['DATA_DIR'], message: `${IN_MEMORY_DATA_DIR} keeps nothing across a restart and is not allowed when NODE_ENV=production` });
    }
  });

/**
 * DATA_DIR=:memory: runs the embedded store in memory (SQLite's own name for it), for demos and
 * tests: nothing is written to disk and everything is gone when the bot stops. Kept as it is,
 * not resolved to a path: that made a folder literally named «:memory:» in the working directory.
 */
function isInMemory(dataDir: string): boolean {
  return dataDir.trim().toLowerCase() === IN_MEMORY_DATA_DIR;
}

/** A JSON list setting: inline JSON (starts with [ or {) or the path of a JSON file; empty = none. */
function parseJsonList<T>(name: string, value: string, schema: z.ZodType<T[]>): T[] {
  const text = value.trim();
  if (!text) return [];
  let json: unknown;
  try {
    json = JSON.parse(/^[[{]/.test(text) ? text : readFileSync(path.resolve(text), 'utf8'));
  } catch (err) {
    throw new ConfigError(`Invalid configuration: ${name} ${(err as Error).message}`);
  }
  const result = schema.safeParse(Array.isArray(json) ? json : [json]);
  if (!result.success) throw new ConfigError(`Invalid configuration: ${describe(result.error).replace(/^/, `${name}.`)}`);
  return result.data;
}

function parseCycles(value: string): ProgrammeCycle[] {
  return parseJsonList('PROGRAMME_CYCLES', value, programmeCyclesSchema);
}

function reminderConfig(e: z.infer<typeof envSchema>): ReminderConfig {
  const [start, end] = e.SEND_WINDOW.split('-') as [string, string];
  let policy: WorkingTimePolicy;
  try {
    policy = workingTimePolicy({
      sendWindow: { start, end },
      fellesferieWeeks: e.FELLESFERIE_WEEKS === 'none' ? [] : e.FELLESFERIE_WEEKS.split(',').map(Number),
    });
  } catch (err) {
    throw new ConfigError(`Invalid configuration: SEND_WINDOW ${(err as Error).message}`);
  }
  return {
    enabled: e.REMINDERS_ENABLED,
    cron: e.REMINDER_CRON,
    cycles: parseCycles(e.PROGRAMME_CYCLES),
    policy,
    sender: { ratePerSecond: e.SEND_RATE_PER_SECOND, concurrency: e.SEND_CONCURRENCY, maxAttempts: e.SEND_MAX_ATTEMPTS },
    leaseMs: e.REMINDER_LEASE_SECONDS * 1000,
  };
}

export class ConfigError extends Error {}

/** Names every bad setting in one line, e.g. `COSMOS_ENDPOINT is required when STORAGE=cosmos`. */
function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'config'} ${i.message}`).join('; ');
}

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) throw new ConfigError(`Invalid configuration: ${describe(result.error)}`);
  const e = result.data;
  const storage: StorageConfig =
    e.STORAGE === 'cosmos'
      ? {
          kind: 'cosmos',
          endpoint: e.COSMOS_ENDPOINT!,
          database: e.COSMOS_DATABASE,
          auth:
            e.COSMOS_AUTH === 'key'
              ? { kind: 'key', key: e.COSMOS_KEY! }
              : { kind: 'entra', managedIdentityClientId: e.AZURE_CLIENT_ID || undefined },
          createContainers: e.COSMOS_CREATE_CONTAINERS,
          containerPrefix: e.COSMOS_CONTAINER_PREFIX,
        }
      : { kind: 'embedded', dataDir: isInMemory(e.DATA_DIR) ? IN_MEMORY_DATA_DIR : path.resolve(e.DATA_DIR) };
  storage.retentionDays = e.RETENTION_DAYS;
  const authEnabled = e.MicrosoftAppId !== '';
  const defaultServiceUrls = authEnabled ? TEAMS_SERVICE_URLS : LOCAL_SERVICE_URLS;
  return {
    production: e.NODE_ENV === 'production',
    security: {
      authEnabled,
      allowedTenantIds: e.ALLOWED_TENANT_IDS.length > 0 ? e.ALLOWED_TENANT_IDS : e.MicrosoftAppTenantId ? [e.MicrosoftAppTenantId] : [],
      allowedServiceUrls: e.ALLOWED_SERVICE_URLS.length > 0 ? e.ALLOWED_SERVICE_URLS : defaultServiceUrls,
      openIdTimeoutMs: e.OPENID_TIMEOUT_MS,
    },
    storageTimeoutMs: e.STORAGE_TIMEOUT_MS,
    bodyTimeoutMs: e.BODY_TIMEOUT_MS,
    readinessCacheMs: e.READINESS_CACHE_MS,
    port: e.PORT,
    host: e.HOST || (authEnabled ? '0.0.0.0' : '127.0.0.1'),
    logLevel: e.LOG_LEVEL,
    bot: { appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId },
    storage,
    defaultLocale: e.DEFAULT_LOCALE,
    sectors: e.SECTORS.split(';').map((s) => s.trim()).filter(Boolean),
    sectorHeadLabel: e.SECTOR_HEAD_LABEL || undefined,
    adminAadObjectIds: e.ADMIN_AAD_OBJECT_IDS,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    ideasAllowAnonymous: e.IDEAS_ALLOW_ANONYMOUS,
    reminders: reminderConfig(e),
    leadershipCohorts: parseJsonList('LEADERSHIP_COHORTS', e.LEADERSHIP_COHORTS, cohortsSchema),
    retentionDays: e.RETENTION_DAYS,
  };
}

/** Reads `.env` (when present) into process.env, then validates. */
export function loadConfig(cwd = process.cwd()): AppConfig {
  const envFile = path.join(cwd, '.env');
  if (existsSync(envFile)) dotenv.config({ path: envFile, quiet: true });
  return parseConfig(process.env);
}
