// What can be checked of the Bicep without a Bicep compiler: the required resources and
// properties are there, modules and parameter files line up, and nothing is left as a placeholder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_PACKAGE_DIR } from '../../deployment/appPackage/buildManifest';
import { declaredParams, INFRA_DIR, literal, paramAssignments, readInfra } from './bicepText';

const files = ['main.bicep', ...readdirSync(path.join(INFRA_DIR, 'modules')).map((f) => `modules/${f}`)];
const all = files.map(readInfra).join('\n');
const main = readInfra('main.bicep');

describe('deployment/infra Bicep', () => {
  it('has no placeholders', () => {
    for (const file of [...files, 'main.test.bicepparam', 'main.prod.bicepparam']) {
      expect([file, readInfra(file).match(/TODO|CHANGEME|FIXME|XXX|<[a-z][\w -]*>/gi)]).toEqual([file, null]);
    }
  });

  it('references only module files that exist', () => {
    for (const m of main.matchAll(/module \w+ '([^']+)'/g)) expect(existsSync(path.join(INFRA_DIR, m[1]!))).toBe(true);
  });

  it('runs the web app on Linux Node 24 LTS, always on, HTTPS only, with health check and start command', () => {
    const web = readInfra('modules/webApp.bicep');
    expect(web).toContain("kind: 'linux'");
    expect(web).toContain('reserved: true');
    expect(web).toContain("linuxFxVersion: 'NODE|24-lts'");
    expect(web.match(/linuxFxVersion: '([^']+)'/g)).toHaveLength(1);
    expect(web).toContain('alwaysOn: true');
    expect(web).toContain('httpsOnly: true');
    expect(web).toContain("healthCheckPath: '/healthz'");
    expect(web).toContain("appCommandLine: 'node dist/src/index.js'");
    expect(web).toContain("type: 'UserAssigned'");
    // The start command must match package.json's start script.
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.start).toBe('node dist/src/index.js');
  });

  it('declares an Azure Bot signed in as the managed identity, with its Teams channel and the /api/messages endpoint', () => {
    const bot = readInfra('modules/bot.bicep');
    expect(bot).toContain("'Microsoft.BotService/botServices@");
    expect(bot).toContain("kind: 'azurebot'");
    expect(bot).toContain("msaAppType: 'UserAssignedMSI'");
    expect(bot).toContain('msaAppMSIResourceId: identityId');
    expect(main).toContain('identityId: identity.id');
    expect(bot).toContain('msaAppTenantId: tenant().tenantId');
    expect(bot).toContain('msaAppId: botAppId');
    expect(bot).toContain("channelName: 'MsTeamsChannel'");
    expect(main).toContain("endpoint: 'https://${webApp.outputs.hostName}/api/messages'");
  });

  it('uses Cosmos DB with Entra auth only, serverless by default, and the Data Contributor role', () => {
    const cosmos = readInfra('modules/cosmos.bicep');
    expect(cosmos).toContain('disableLocalAuth: true');
    expect(cosmos).toContain("name: 'EnableServerless'");
    expect(cosmos).toMatch(/autoscaleSettings: \{\s*maxThroughput: autoscaleMaxThroughput/);
    expect(main).toMatch(/param cosmosThroughputMode string = 'serverless'/);
    expect(cosmos).toContain("'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@");
    expect(cosmos).toContain("'00000000-0000-0000-0000-000000000002'");
    expect(main).toContain('dataContributorPrincipalId: identity.properties.principalId');
  });

  it('has Log Analytics, Application Insights and the managed identity, and no Key Vault (no secret to keep)', () => {
    expect(all).toContain("'Microsoft.OperationalInsights/workspaces@");
    expect(all).toContain("'Microsoft.Insights/components@");
    expect(main).toContain("'Microsoft.ManagedIdentity/userAssignedIdentities@");
    expect(all).not.toContain('Microsoft.KeyVault');
  });

  it('keeps Cosmos DB backups continuously for 7 days (point-in-time restore)', () => {
    const cosmos = readInfra('modules/cosmos.bicep');
    expect(cosmos).toMatch(/backupPolicy: \{\s*type: 'Continuous'\s*continuousModeProperties: \{\s*tier: 'Continuous7Days'\s*\}/);
  });

  describe('alerts (modules/alerts.bicep)', () => {
    const alerts = readInfra('modules/alerts.bicep');

    it('mail the IT e-mail parameter through an action group', () => {
      expect(alerts).toContain("'Microsoft.Insights/actionGroups@");
      expect(alerts).toMatch(/emailReceivers: \[\s*\{[^}]*emailAddress: alertEmail/);
      expect(main).toMatch(/^param alertEmail string$/m);
      expect(main).toContain('alertEmail: alertEmail');
    });

    it('test /readyz over https with a standard availability test linked to Application Insights, with an alert', () => {
      expect(alerts).toContain("'Microsoft.Insights/webtests@");
      expect(alerts).toContain("kind: 'standard'");
      expect(alerts).toContain("RequestUrl: 'https://${webAppHostName}/readyz'");
      expect(alerts).toContain("'hidden-link:${appInsightsId}': 'Resource'");
      expect(alerts).toContain("'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'");
      expect(main).toContain('webAppHostName: webApp.outputs.hostName');
    });

    it('run log queries on the workspace for errors and for failed or skipped reminder runs', () => {
      expect(alerts).toContain("'Microsoft.Insights/scheduledQueryRules@");
      expect(alerts).toContain("kind: 'LogAlert'");
      expect(alerts).toMatch(/toint\(entry\.level\) >= 50/);
      expect(alerts).toMatch(/outcome == "failed" or \(outcome == "skipped" and reason != "lease_held"\)/);
      expect(alerts).toMatch(/actionGroups: \[\s*actionGroup\.id\s*\]/);
    });
  });

  it('outputs the host name, bot endpoint and id, Cosmos endpoint and account name, and the identity', () => {
    for (const output of ['webAppHostName', 'webAppName', 'botEndpoint', 'botAppId', 'cosmosEndpoint', 'cosmosAccountName', 'managedIdentityClientId', 'managedIdentityPrincipalId']) {
      expect(main).toMatch(new RegExp(`^output ${output} string = `, 'm'));
    }
  });
});

describe.each(['test', 'prod'])('main.%s.bicepparam', (env) => {
  const params = paramAssignments(readInfra(`main.${env}.bicepparam`));

  it('uses main.bicep and assigns only declared parameters, including every one without a default', () => {
    expect(readInfra(`main.${env}.bicepparam`)).toMatch(/^using 'main\.bicep'$/m);
    const declared = declaredParams(main);
    expect(Object.keys(params).filter((p) => !declared.includes(p))).toEqual([]);
    const withoutDefault = [...main.matchAll(/^param (\w+) \w+$/gm)].map((m) => m[1]!);
    for (const p of withoutDefault) expect([p, p in params]).toEqual([p, true]);
  });

  it(`names the environment ${env} and needs nothing from the shell (no bot id or secret)`, () => {
    expect(literal(params.environmentName!)).toBe(env);
    expect(readInfra(`main.${env}.bicepparam`)).not.toContain('readEnvironmentVariable');
  });

  it(`gives the same host as deployment/appPackage/env/${env}.json`, () => {
    const appPackage = JSON.parse(readFileSync(path.join(APP_PACKAGE_DIR, 'env', `${env}.json`), 'utf8')) as { host: string };
    expect(`${literal(params.webAppName!)}.azurewebsites.net`).toBe(appPackage.host);
  });
});
