import { ConfigError, ENV_SETTING_NAMES, parseConfig } from '../../src/config';

describe('configuration', () => {
  it('runs on the embedded store with no settings at all', () => {
    const config = parseConfig({});
    expect(config.storage.kind).toBe('embedded');
    expect(config.port).toBe(3978);
    expect(config.defaultLocale).toBe('nb');
    expect(config.sectors).toContain('Miljø, idrett og kultur');
    expect(config.bot.appId).toBe('');
  });

  it.each([
    [{ STORAGE: 'cosmos' }, 'COSMOS_ENDPOINT is required when STORAGE=cosmos'],
    [{ STORAGE: 'cosmos', COSMOS_ENDPOINT: 'https://x.documents.azure.com', COSMOS_AUTH: 'key' }, 'COSMOS_KEY is required'],
    [{ STORAGE: 'sql' }, 'STORAGE'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ MicrosoftAppId: 'id' }, 'MicrosoftAppPassword is required'],
    [{ MicrosoftAppId: 'id', MicrosoftAppPassword: 'p' }, 'MicrosoftAppTenantId is required'],
    [{ COSMOS_CREATE_CONTAINERS: 'maybe' }, 'COSMOS_CREATE_CONTAINERS'],
  ])('rejects %j naming the setting', (env, message) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('keeps DATA_DIR=:memory: as the in-memory store (not a folder named «:memory:»), and refuses it in production', () => {
    expect(parseConfig({ DATA_DIR: ':memory:' }).storage).toMatchObject({ kind: 'embedded', dataDir: ':memory:' });
    expect(parseConfig({ DATA_DIR: ' :MEMORY: ' }).storage).toMatchObject({ kind: 'embedded', dataDir: ':memory:' });
    expect(parseConfig({ DATA_DIR: './data' }).storage).toMatchObject({ kind: 'embedded', dataDir: require('node:path').resolve('./data') });
    const production = { NODE_ENV: 'production', MicrosoftAppId: 'app', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'tenant', DATA_DIR: ':memory:' };
    expect(() => parseConfig(production)).toThrow(/DATA_DIR :memory: keeps nothing across a restart/);
    // Production on Cosmos DB does not look at DATA_DIR.
    expect(() => parseConfig({ ...production, STORAGE: 'cosmos', COSMOS_ENDPOINT: 'https://x.documents.azure.com:443/' })).not.toThrow(/DATA_DIR/);
  });

  it('accepts a complete Cosmos and bot configuration', () => {
    const config = parseConfig({
      STORAGE: 'cosmos',
      COSMOS_ENDPOINT: 'https://x.documents.azure.com:443/',
      AZURE_CLIENT_ID: 'client',
      MicrosoftAppId: 'app',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: 'tenant',
      COSMOS_CREATE_CONTAINERS: 'false',
    });
    expect(config.storage).toMatchObject({ kind: 'cosmos', auth: { kind: 'entra', managedIdentityClientId: 'client' }, createContainers: false });
  });

  it('documents every setting in .env.example', () => {
    const example = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../.env.example'), 'utf8') as string;
    for (const name of ENV_SETTING_NAMES) expect([name, example.includes(`${name}=`)]).toEqual([name, true]);
  });
});

describe('leadership cohorts and retention', () => {
  const cohort = { id: 'k2026h', name: 'Kull høst 2026', start: '2026-09-01', end: '2027-02-28', place: 'Rådhuset', seats: 20 };

  it('reads LEADERSHIP_COHORTS as inline JSON and RETENTION_DAYS (default 180) into the store settings', () => {
    const config = parseConfig({ LEADERSHIP_COHORTS: JSON.stringify([cohort]), RETENTION_DAYS: '90' });
    expect(config.leadershipCohorts).toEqual([cohort]);
    expect(config.retentionDays).toBe(90);
    expect(config.storage.retentionDays).toBe(90);
    expect(parseConfig({}).retentionDays).toBe(180);
    expect(parseConfig({}).leadershipCohorts).toEqual([]);
  });

  it('refuses bad cohorts and a retention shorter than two weeks with one clear line', () => {
    expect(() => parseConfig({ LEADERSHIP_COHORTS: JSON.stringify([{ ...cohort, seats: 0 }]) })).toThrow(/LEADERSHIP_COHORTS\.0\.seats/);
    expect(() => parseConfig({ LEADERSHIP_COHORTS: '[not json' })).toThrow(/LEADERSHIP_COHORTS/);
    expect(() => parseConfig({ RETENTION_DAYS: '7' })).toThrow(/RETENTION_DAYS/);
  });
});
