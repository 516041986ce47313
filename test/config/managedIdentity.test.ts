// Production signs the bot in as the web app's user-assigned managed identity: no secret exists.
// The configuration refuses combinations that would fail on the first message or keep a secret.
import { ConfigError, parseConfig } from '../../src/config';
import { createAdapter } from '../../src/teams/adapter';

const IDENTITY = '9a0c8d1e-4b7f-4c3a-9d2e-1f5b6a7c8d9e';
const TENANT = '5b1c2d3e-6f70-4a8b-9c0d-1e2f3a4b5c6d';
const PRODUCTION = {
  STORAGE: 'cosmos',
  COSMOS_ENDPOINT: 'https://cosmos-innovasjonsbot.documents.azure.com:443/',
  COSMOS_AUTH: 'entra',
  COSMOS_CREATE_CONTAINERS: 'false',
  AZURE_CLIENT_ID: IDENTITY,
  MicrosoftAppType: 'UserAssignedMSI',
  MicrosoftAppId: IDENTITY,
  MicrosoftAppTenantId: TENANT,
};
const silent = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined } as never;

describe('managed identity configuration (UserAssignedMSI)', () => {
  it('accepts the production combination without any password', () => {
    const config = parseConfig(PRODUCTION);
    expect(config.bot).toEqual({ appId: IDENTITY, appPassword: '', appType: 'UserAssignedMSI', tenantId: TENANT });
    expect(config.storage).toMatchObject({ kind: 'cosmos', auth: { kind: 'entra', managedIdentityClientId: IDENTITY } });
  });

  it.each([
    [{ MicrosoftAppPassword: 'old-secret' }, 'MicrosoftAppPassword must be empty when MicrosoftAppType=UserAssignedMSI'],
    [{ MicrosoftAppId: 'innovasjonsbot' }, "MicrosoftAppId must be the managed identity's client id"],
    [{ MicrosoftAppId: '' }, "MicrosoftAppId must be the managed identity's client id"],
    [{ MicrosoftAppTenantId: '' }, 'MicrosoftAppTenantId is required when MicrosoftAppType=UserAssignedMSI'],
    [{ AZURE_CLIENT_ID: '' }, 'AZURE_CLIENT_ID is required when MicrosoftAppType=UserAssignedMSI and COSMOS_AUTH=entra'],
  ])('rejects %j naming the setting', (change, message) => {
    const env = { ...PRODUCTION, ...change };
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('still lets a developer run the embedded store with no bot identity at all', () => {
    expect(parseConfig({}).bot.appType).toBe('SingleTenant');
  });

  it('builds the Bot Framework adapter for the identity without a password (no network at start)', () => {
    expect(() => createAdapter(parseConfig(PRODUCTION), silent)).not.toThrow();
  });
});
