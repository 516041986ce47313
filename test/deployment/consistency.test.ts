// The Bicep deployment and the app agree: the settings the app needs are set, every setting
// set is one the app (or the platform) reads, and the Cosmos containers match CONTAINERS.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENV_SETTING_NAMES, parseConfig } from '../../src/config';
import { CONTAINERS } from '../../src/storage/containers';
import { allowedValues, appSettings, containers, literal, readInfra } from './bicepText';

/** Set by the Bicep for App Service / Application Insights, not read by src/config.ts (listed in docs/it-guide.md). */
const PLATFORM_SETTINGS = ['APPLICATIONINSIGHTS_CONNECTION_STRING', 'ApplicationInsightsAgent_EXTENSION_VERSION', 'SCM_DO_BUILD_DURING_DEPLOYMENT'];
/** Secrets: set as Key Vault references, the value lives in Key Vault (listed in docs/it-guide.md). */
const SECRET_SETTINGS = ['MicrosoftAppPassword'];
/** What production needs, with the literal value where it is fixed. */
const REQUIRED: Record<string, string | null> = {
  STORAGE: 'cosmos',
  COSMOS_ENDPOINT: null,
  COSMOS_AUTH: 'entra',
  // Data-plane RBAC cannot create containers; the Bicep creates them.
  COSMOS_CREATE_CONTAINERS: 'false',
  AZURE_CLIENT_ID: null,
  MicrosoftAppId: null,
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: null,
  MicrosoftAppPassword: null,
};
/** What App Service puts in the environment for settings whose value is a Bicep expression. */
const SAMPLE_VALUES: Record<string, string> = {
  COSMOS_ENDPOINT: 'https://cosmos-innovasjonsbot-test-abcdefghijklm.documents.azure.com:443/',
  COSMOS_DATABASE: 'innovasjonsbot',
  AZURE_CLIENT_ID: '9a0c8d1e-4b7f-4c3a-9d2e-1f5b6a7c8d9e',
  MicrosoftAppId: '42fae709-75f2-4df2-9992-a5fa7b828c5f',
  MicrosoftAppTenantId: '5b1c2d3e-6f70-4a8b-9c0d-1e2f3a4b5c6d',
  MicrosoftAppPassword: 'the-secret-resolved-from-key-vault',
  ADMIN_AAD_OBJECT_IDS: '11111111-2222-4333-8444-555555555555,66666666-7777-4888-9999-000000000000',
  LOG_LEVEL: 'info',
  APPLICATIONINSIGHTS_CONNECTION_STRING: 'InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://norwayeast-0.in.applicationinsights.azure.com/',
  SECTORS: 'Oppvekst skole;Miljø, idrett og kultur',
  SECTOR_HEAD_LABEL: 'kommunaldirektør',
};

const webApp = readInfra('modules/webApp.bicep');
const settings = appSettings(webApp);
const byName = new Map(settings.map((s) => [s.name, s.value]));

describe('app settings in deployment/infra/modules/webApp.bicep', () => {
  it('are found by the parser, each once', () => {
    expect(settings.length).toBeGreaterThanOrEqual(Object.keys(REQUIRED).length);
    expect(new Set(settings.map((s) => s.name)).size).toBe(settings.length);
  });

  it.each(Object.entries(REQUIRED))('set %s (required in production)', (name, value) => {
    expect(byName.has(name)).toBe(true);
    if (value !== null) expect(literal(byName.get(name)!)).toBe(value);
  });

  it('set the bot secret as a Key Vault reference, never as a literal', () => {
    for (const name of SECRET_SETTINGS) {
      expect(literal(byName.get(name) ?? "''")).toBeUndefined();
      expect(byName.get(name)).toBe('botAppPasswordReference');
    }
    expect(readInfra('modules/keyVault.bicep')).toMatch(/'@Microsoft\.KeyVault\(VaultName=\$\{vault\.name\};SecretName=\$\{secretName\}\)'/);
    expect(readInfra('main.bicep')).toMatch(/botAppPasswordReference: keyVault\.outputs\.botAppPasswordReference/);
  });

  it('only set what src/config.ts reads or a documented platform setting', () => {
    const known = new Set([...ENV_SETTING_NAMES, ...PLATFORM_SETTINGS]);
    expect(settings.map((s) => s.name).filter((n) => !known.has(n))).toEqual([]);
  });

  it('keep the platform and secret lists in docs/it-guide.md', () => {
    const guide = readFileSync(path.resolve(__dirname, '..', '..', 'docs', 'it-guide.md'), 'utf8');
    for (const name of [...PLATFORM_SETTINGS, ...SECRET_SETTINGS]) expect([name, guide.includes(`\`${name}\``)]).toEqual([name, true]);
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
      auth: { kind: 'entra', managedIdentityClientId: SAMPLE_VALUES.AZURE_CLIENT_ID },
      createContainers: false,
      containerPrefix: '',
      retentionDays: 180,
    });
    expect(config.bot).toEqual({
      appId: SAMPLE_VALUES.MicrosoftAppId,
      appPassword: SAMPLE_VALUES.MicrosoftAppPassword,
      appType: 'SingleTenant',
      tenantId: SAMPLE_VALUES.MicrosoftAppTenantId,
    });
    expect(config.adminAadObjectIds).toHaveLength(2);
    expect(config.sectors).toEqual(['Oppvekst skole', 'Miljø, idrett og kultur']);
    expect(config.sectorHeadLabel).toBe('kommunaldirektør');
  });

  it('offer only log levels the app accepts', () => {
    const levels = allowedValues(readInfra('main.bicep'), 'logLevel');
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) expect(parseConfig({ LOG_LEVEL: level }).logLevel).toBe(level);
  });

  it('leave SECTORS and SECTOR_HEAD_LABEL unset when their parameters are empty (empty SECTORS would mean no sectors)', () => {
    expect(webApp).toMatch(/empty\(sectors\) \? \[\] : \[/);
    expect(webApp).toMatch(/empty\(sectorHeadLabel\) \? \[\] : \[/);
    expect(parseConfig({}).sectors.length).toBeGreaterThan(0);
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
