// The Bicep deployment and the app agree: every setting the app reads in production is set (the
// list comes from src/config.ts, so a new setting fails here until the Bicep sets it), every
// setting set is one the app (or the platform) reads, and the Cosmos containers match CONTAINERS.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENV_SETTING_NAMES, NOT_SET_IN_PRODUCTION, parseConfig } from '../../src/config';
import { programmeCyclesSchema } from '../../src/domain/programme/cycle';
import { CONTAINERS } from '../../src/storage/containers';
import { allowedValues, appSettings, bicepValueToJson, containers, literal, paramAssignments, paramDefault, readInfra } from './bicepText';

/** Set by the Bicep for App Service / Application Insights, not read by src/config.ts (listed in docs/it-guide.md). */
const PLATFORM_SETTINGS = ['APPLICATIONINSIGHTS_CONNECTION_STRING', 'ApplicationInsightsAgent_EXTENSION_VERSION', 'SCM_DO_BUILD_DURING_DEPLOYMENT'];
/** What production needs, with the literal value where it is fixed. */
const REQUIRED: Record<string, string | null> = {
  STORAGE: 'cosmos',
  COSMOS_ENDPOINT: null,
  COSMOS_AUTH: 'entra',
  // Data-plane RBAC cannot create containers; the Bicep creates them.
  COSMOS_CREATE_CONTAINERS: 'false',
  AZURE_CLIENT_ID: null,
  MicrosoftAppId: null,
  MicrosoftAppType: 'UserAssignedMSI',
  MicrosoftAppTenantId: null,
};
const IDENTITY = '9a0c8d1e-4b7f-4c3a-9d2e-1f5b6a7c8d9e';
const TENANT = '5b1c2d3e-6f70-4a8b-9c0d-1e2f3a4b5c6d';
/** What App Service puts in the environment for settings whose value is a Bicep expression. */
const SAMPLE_VALUES: Record<string, string> = {
  HOST: '0.0.0.0',
  LOG_LEVEL: 'info',
  SHUTDOWN_TIMEOUT_MS: '10000',
  STORAGE_TIMEOUT_MS: '4000',
  OPENID_TIMEOUT_MS: '5000',
  RETENTION_DAYS: '180',
  LEADERSHIP_COHORTS: '[]',
  COSMOS_ENDPOINT: 'https://cosmos-innovasjonsbot-test-abcdefghijklm.documents.azure.com:443/',
  COSMOS_DATABASE: 'innovasjonsbot',
  AZURE_CLIENT_ID: IDENTITY,
  MicrosoftAppId: IDENTITY,
  MicrosoftAppTenantId: TENANT,
  ALLOWED_TENANT_IDS: TENANT,
  ALLOWED_SERVICE_URLS: 'https://smba.trafficmanager.net/emea/',
  DEFAULT_LOCALE: 'nb',
  ADMIN_AAD_OBJECT_IDS: '11111111-2222-4333-8444-555555555555,66666666-7777-4888-9999-000000000000',
  IDEAS_ALLOW_ANONYMOUS: 'false',
  REMINDERS_ENABLED: 'true',
  REMINDER_CRON: '*/15 9-14 * * 1-5',
  PROGRAMME_CYCLES: readFileSync(path.resolve(__dirname, '..', '..', 'deployment', 'programme.example.json'), 'utf8'),
  SEND_WINDOW: '09:00-15:00',
  FELLESFERIE_WEEKS: '28,29,30',
  SEND_RATE_PER_SECOND: '30',
  SEND_CONCURRENCY: '4',
  SEND_MAX_ATTEMPTS: '5',
  REMINDER_LEASE_SECONDS: '600',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://norwayeast-0.in.applicationinsights.azure.com/',
  SECTORS: 'Oppvekst skole;Miljø, idrett og kultur',
  SECTOR_HEAD_LABEL: 'kommunaldirektør',
};

const main = readInfra('main.bicep');
const webApp = readInfra('modules/webApp.bicep');
const settings = appSettings(webApp);
const byName = new Map(settings.map((s) => [s.name, s.value]));

describe('app settings in deployment/infra/modules/webApp.bicep', () => {
  it('are found by the parser, each once', () => {
    expect(settings.length).toBeGreaterThanOrEqual(Object.keys(REQUIRED).length);
    expect(new Set(settings.map((s) => s.name)).size).toBe(settings.length);
  });

  it('set every setting src/config.ts reads, except those it says production leaves unset', () => {
    const unset = ENV_SETTING_NAMES.filter((n) => !byName.has(n) && !(n in NOT_SET_IN_PRODUCTION));
    expect(unset).toEqual([]);
  });

  it('leave unset only what src/config.ts reads and gives a reason for', () => {
    for (const [name, reason] of Object.entries(NOT_SET_IN_PRODUCTION)) {
      expect([name, ENV_SETTING_NAMES.includes(name), byName.has(name), (reason ?? '').length > 0]).toEqual([name, true, false, true]);
    }
  });

  it.each(Object.entries(REQUIRED))('set %s (required in production)', (name, value) => {
    expect(byName.has(name)).toBe(true);
    if (value !== null) expect(literal(byName.get(name)!)).toBe(value);
  });

  it('sign the bot and Cosmos DB in as the one managed identity, with no secret anywhere', () => {
    expect(byName.get('MicrosoftAppId')).toBe('identityClientId');
    expect(byName.get('AZURE_CLIENT_ID')).toBe('identityClientId');
    expect(byName.has('MicrosoftAppPassword')).toBe(false);
    const all = [main, webApp, readInfra('modules/bot.bicep')].join('\n');
    expect(all).not.toMatch(/KeyVault|@secure\(\)|Password/);
    expect(readInfra('modules/bot.bicep')).toContain("msaAppType: 'UserAssignedMSI'");
    expect(readInfra('modules/bot.bicep')).toContain('msaAppMSIResourceId: identityId');
    expect(main).toContain('botAppId: identity.properties.clientId');
  });

  it('only set what src/config.ts reads or a documented platform setting', () => {
    const known = new Set([...ENV_SETTING_NAMES, ...PLATFORM_SETTINGS]);
    expect(settings.map((s) => s.name).filter((n) => !known.has(n))).toEqual([]);
  });

  it('keep the platform settings and the settings production leaves unset in docs/it-guide.md', () => {
    const guide = readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'it-guide.md'), 'utf8');
    for (const name of [...PLATFORM_SETTINGS, ...Object.keys(NOT_SET_IN_PRODUCTION)]) expect([name, guide.includes(`\`${name}\``)]).toEqual([name, true]);
  });

  it('are accepted by parseConfig', () => {
    const env: Record<string, string> = {};
    for (const { name, value } of settings) {
      const v = literal(value) ?? SAMPLE_VALUES[name];
      if (v === undefined) throw new Error(`${name} = ${value}: add a sample value to SAMPLE_VALUES`);
      env[name] = v;
    }
    const config = parseConfig(env);
    expect(config.storage).toEqual({
      kind: 'cosmos',
      endpoint: SAMPLE_VALUES.COSMOS_ENDPOINT,
      database: SAMPLE_VALUES.COSMOS_DATABASE,
      auth: { kind: 'entra', managedIdentityClientId: IDENTITY },
      createContainers: false,
      containerPrefix: '',
      retentionDays: 180,
    });
    expect(config.bot).toEqual({ appId: IDENTITY, appPassword: '', appType: 'UserAssignedMSI', tenantId: TENANT });
    expect(config.adminAadObjectIds).toHaveLength(2);
    expect(config.sectors).toEqual(['Oppvekst skole', 'Miljø, idrett og kultur']);
    expect(config.sectorHeadLabel).toBe('kommunaldirektør');
    expect(config.ideasAllowAnonymous).toBe(false);
    expect(config.reminders.cycles).toHaveLength(1);
  });

  it('write booleans as true/false (Bicep string(true) would give True, which the app rejects)', () => {
    for (const name of ['IDEAS_ALLOW_ANONYMOUS', 'REMINDERS_ENABLED']) expect(byName.get(name)).toMatch(/^\w+ \? 'true' : 'false'$/);
    expect(() => parseConfig({ REMINDERS_ENABLED: 'True' })).toThrow('REMINDERS_ENABLED');
  });

  it('offer only log levels the app accepts', () => {
    const levels = allowedValues(main, 'logLevel');
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) expect(parseConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
  });

  it("default every programme parameter in main.bicep to a value the app accepts, the app's own default", () => {
    const defaults: Record<string, [string, string]> = {
      SEND_WINDOW: ['sendWindow', 'SEND_WINDOW'],
      FELLESFERIE_WEEKS: ['fellesferieWeeks', 'FELLESFERIE_WEEKS'],
      REMINDER_CRON: ['reminderCron', 'REMINDER_CRON'],
    };
    const appDefaults = parseConfig({});
    for (const [name, [param]] of Object.entries(defaults)) {
      const value = literal(paramDefault(main, param) ?? '');
      expect([name, value]).toEqual([name, expect.any(String)]);
      expect(parseConfig({ [name]: value! })).toEqual(appDefaults);
    }
    // App Service forwards to the container's port from outside: listen on all interfaces there
    // (the app's own default, 127.0.0.1, holds only while authentication is off).
    expect(literal(paramDefault(main, 'listenHost') ?? '')).toBe('0.0.0.0');
    for (const [name, param] of [['STORAGE_TIMEOUT_MS', 'storageTimeoutMs'], ['OPENID_TIMEOUT_MS', 'openIdTimeoutMs'], ['RETENTION_DAYS', 'retentionDays'], ['SEND_RATE_PER_SECOND', 'sendRatePerSecond'], ['SEND_CONCURRENCY', 'sendConcurrency'], ['SEND_MAX_ATTEMPTS', 'sendMaxAttempts'], ['REMINDER_LEASE_SECONDS', 'reminderLeaseSeconds'], ['SHUTDOWN_TIMEOUT_MS', 'shutdownTimeoutMs']] as const) {
      expect([name, parseConfig({ [name]: paramDefault(main, param)! })]).toEqual([name, appDefaults]);
    }
  });

  it('leave SECTORS, SECTOR_HEAD_LABEL and ALLOWED_SERVICE_URLS unset when their parameters are empty (empty SECTORS would mean no sectors)', () => {
    expect(webApp).toMatch(/empty\(sectors\) \? \[\] : \[/);
    expect(webApp).toMatch(/empty\(sectorHeadLabel\) \? \[\] : \[/);
    expect(webApp).toMatch(/empty\(allowedServiceUrls\) \? \[\] : \[/);
    expect(parseConfig({}).sectors.length).toBeGreaterThan(0);
  });

  it("allow only the municipality's own tenant when allowedTenantIds is empty", () => {
    expect(byName.get('ALLOWED_TENANT_IDS')).toBe("join(tenantIds, ',')");
    expect(webApp).toMatch(/var tenantIds = empty\(allowedTenantIds\) \? \[\s*tenant\(\)\.tenantId\s*\] : allowedTenantIds/);
  });

  it('pass PROGRAMME_CYCLES as JSON', () => {
    expect(byName.get('PROGRAMME_CYCLES')).toBe('string(programmeCycles)');
  });
});

describe.each(['test', 'prod'])('programme settings in main.%s.bicepparam', (env) => {
  const file = readInfra(`main.${env}.bicepparam`);

  it('set every programme parameter, so the file is where they are changed', () => {
    const params = paramAssignments(file);
    for (const p of ['programmeCycles', 'sendWindow', 'fellesferieWeeks', 'remindersEnabled', 'ideasAllowAnonymous', 'sectors', 'adminAadObjectIds', 'allowedTenantIds', 'alertEmail']) {
      expect([p, p in params]).toEqual([p, true]);
    }
  });

  it('give programme cycles the app accepts', () => {
    const cycles = bicepValueToJson(/^param programmeCycles = (\[[\s\S]*?^\])$/m.exec(file)?.[1] ?? 'missing');
    const parsed = programmeCyclesSchema.safeParse(cycles);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data!.length).toBeGreaterThan(0);
    expect(parseConfig({ PROGRAMME_CYCLES: JSON.stringify(cycles) }).reminders.cycles).toHaveLength(parsed.data!.length);
  });
});

describe('Cosmos DB containers in deployment/infra/modules/cosmos.bicep', () => {
  const cosmos = readInfra('modules/cosmos.bicep');

  it('are exactly CONTAINERS, with the same partition keys and TTL', () => {
    const expected = Object.entries(CONTAINERS).map(([name, spec]) => ({ name, partitionKey: spec.partitionKey, ttl: 'ttl' in spec && spec.ttl === true }));
    expect(containers(cosmos)).toEqual(expected);
  });

  it('use /<partitionKey> paths, per-item TTL only where asked, and the indexing policy', () => {
    expect(cosmos).toContain("'/${container.partitionKey}'");
    expect(cosmos).toMatch(/container\.ttl \? \{\s*defaultTtl: -1\s*\} : \{\}/);
    expect(cosmos).toContain("indexingMode: 'consistent'");
    expect(cosmos).toMatch(/includedPaths: \[\s*\{\s*path: '\/\*'\s*\}\s*\]/);
    expect(cosmos).toContain(`path: '/"_etag"/?'`);
  });
});
