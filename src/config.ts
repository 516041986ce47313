// The only place that reads process.env. Everything is validated once at start, so a bad
// deployment stops with one clear line instead of failing on the first user's message.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';
import { workingTimePolicy, type WorkingTimePolicy } from './domain/calendar/workingTime';
import { programmeCyclesSchema, type ProgrammeCycle } from './domain/programme/cycle';

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
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: z.string().default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    MicrosoftAppId: z.string().default(''),
    MicrosoftAppPassword: z.string().default(''),
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: z.string().default(''),
    // Trust at the HTTP edge: the Teams tenants and Bot Framework service URLs allowed in.
    ALLOWED_TENANT_IDS: csv,
    ALLOWED_SERVICE_URLS: csv,

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
    // Ideas (issue 4): may employees post ideas anonymously?
    IDEAS_ALLOW_ANONYMOUS: bool(true),

    // Reminders (issue 5)
    REMINDERS_ENABLED: bool(true),
    REMINDER_CRON: z.string().default('*/15 9-14 * * 1-5'),
    PROGRAMME_CYCLES: z.string().default(''),
    SEND_RATE_PER_SECOND: z.coerce.number().positive().max(40).default(10),
    SEND_CONCURRENCY: z.coerce.number().int().min(1).max(20).default(4),
    SEND_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    SEND_WINDOW: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, 'must be HH:mm-HH:mm').default('09:00-15:00'),
    FELLESFERIE_WEEKS: z.string().regex(/^(none|\d{1,2}(,\d{1,2})*)$/, "must be ISO week numbers like 28,29,30 or 'none'").default('28,29,30'),
    REMINDER_LEASE_SECONDS: z.coerce.number().int().min(30).max(86400).default(600),
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

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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
    if (env.MicrosoftAppType === 'UserAssignedMSI') managedIdentityIssues(env, ctx);
  });

/**
 * The bot signs in as a user-assigned managed identity: its client id is the app id, and a
 * password next to it is a leftover secret that someone would go on rotating for nothing. A web
 * app with only a user-assigned identity has no default identity, so Cosmos DB (entra) needs the
 * client id too.
 */
function managedIdentityIssues(env: z.infer<z.ZodObject<typeof envShape>>, ctx: z.RefinementCtx): void {
  if (!GUID.test(env.MicrosoftAppId)) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: "must be the managed identity's client id (a GUID) when MicrosoftAppType=UserAssignedMSI" });
  }
  if (env.MicrosoftAppPassword) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'must be empty when MicrosoftAppType=UserAssignedMSI (the managed identity has no secret)' });
  }
  if (env.STORAGE === 'cosmos' && env.COSMOS_AUTH === 'entra' && !env.AZURE_CLIENT_ID) {
    ctx.addIssue({ code: 'custom', path: ['AZURE_CLIENT_ID'], message: "is required when MicrosoftAppType=UserAssignedMSI and COSMOS_AUTH=entra (the identity's client id)" });
  }
}

export type StorageConfig =
  | { kind: 'embedded'; dataDir: string }
  | {
      kind: 'cosmos';
      endpoint: string;
      database: string;
      auth: { kind: 'key'; key: string } | { kind: 'entra'; managedIdentityClientId?: string };
      createContainers: boolean;
      containerPrefix: string;
    };

export interface AppConfig {
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

/** PROGRAMME_CYCLES: inline JSON (starts with [ or {) or the path of a JSON file; empty = none. */
function parseCycles(value: string): ProgrammeCycle[] {
  const text = value.trim();
  if (!text) return [];
  let json: unknown;
  try {
    json = JSON.parse(/^[[{]/.test(text) ? text : readFileSync(path.resolve(text), 'utf8'));
  } catch (err) {
    throw new ConfigError(`Invalid configuration: PROGRAMME_CYCLES ${(err as Error).message}`);
  }
  const result = programmeCyclesSchema.safeParse(Array.isArray(json) ? json : [json]);
  if (!result.success) throw new ConfigError(`Invalid configuration: ${describe(result.error).replace(/^/, 'PROGRAMME_CYCLES.')}`);
  return result.data;
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
      : { kind: 'embedded', dataDir: path.resolve(e.DATA_DIR) };
  return {
    port: e.PORT,
    host: e.HOST,
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
  };
}

/** Reads `.env` (when present) into process.env, then validates. */
export function loadConfig(cwd = process.cwd()): AppConfig {
  const envFile = path.join(cwd, '.env');
  if (existsSync(envFile)) dotenv.config({ path: envFile, quiet: true });
  return parseConfig(process.env);
}
