// Linux App Service plan and the web app that runs the bot (Node 24 LTS).
// The deployed zip already holds dist/ and production node_modules (built in CI or by hand, see
// docs/it-guide.md), so App Service must not build: SCM_DO_BUILD_DURING_DEPLOYMENT=false.
param name string
param location string
param tags object
param planSku string
param instanceCount int
@description('Resource id of the user-assigned managed identity.')
param identityId string
@description('Client id of that identity: AZURE_CLIENT_ID for Cosmos DB and MicrosoftAppId for the Bot Service.')
param identityClientId string
param cosmosEndpoint string
param cosmosDatabaseName string
param appInsightsConnectionString string
param logAnalyticsWorkspaceId string
param listenHost string
param logLevel string
param shutdownTimeoutMs int
param storageTimeoutMs int
param openIdTimeoutMs int
param retentionDays int
param leadershipCohorts array
param defaultLocale string
param adminAadObjectIds array
param sectors string
param sectorHeadLabel string
param ideasAllowAnonymous bool
param allowedTenantIds array
param allowedServiceUrls array
param remindersEnabled bool
param reminderCron string
param programmeCycles array
param sendWindow string
param fellesferieWeeks string
param sendRatePerSecond int
param sendConcurrency int
param sendMaxAttempts int
param reminderLeaseSeconds int

// Every setting the app reads in production is here (test/deployment/consistency.test.ts derives
// the list from src/config.ts), so a deployment, which replaces all app settings, loses nothing.
// Optional settings are left out when empty, so the app's defaults apply (an empty SECTORS would
// mean no sectors). The rest are App Service / Application Insights platform settings listed in
// docs/it-guide.md. Booleans are written as 'true'/'false': string(true) would give 'True'.
// A single-tenant bot: only the municipality's own tenant unless the parameter says otherwise.
var tenantIds = empty(allowedTenantIds) ? [
  tenant().tenantId
] : allowedTenantIds

var appSettings = concat([
  {
    name: 'HOST'
    value: listenHost
  }
  {
    name: 'LOG_LEVEL'
    value: logLevel
  }
  {
    name: 'SHUTDOWN_TIMEOUT_MS'
    value: string(shutdownTimeoutMs)
  }
  // Fail closed: the app refuses to start in production without authentication and a tenant fence.
  {
    name: 'NODE_ENV'
    value: 'production'
  }
  {
    name: 'STORAGE_TIMEOUT_MS'
    value: string(storageTimeoutMs)
  }
  {
    name: 'OPENID_TIMEOUT_MS'
    value: string(openIdTimeoutMs)
  }
  {
    name: 'BODY_TIMEOUT_MS'
    value: '10000'
  }
  {
    name: 'READINESS_CACHE_MS'
    value: '5000'
  }
  {
    name: 'RETENTION_DAYS'
    value: string(retentionDays)
  }
  {
    name: 'LEADERSHIP_COHORTS'
    value: string(leadershipCohorts)
  }
  {
    name: 'STORAGE'
    value: 'cosmos'
  }
  {
    name: 'COSMOS_ENDPOINT'
    value: cosmosEndpoint
  }
  {
    name: 'COSMOS_DATABASE'
    value: cosmosDatabaseName
  }
  {
    name: 'COSMOS_AUTH'
    value: 'entra'
  }
  {
    name: 'COSMOS_CREATE_CONTAINERS'
    value: 'false'
  }
  {
    name: 'AZURE_CLIENT_ID'
    value: identityClientId
  }
  {
    name: 'MicrosoftAppId'
    value: identityClientId
  }
  {
    name: 'MicrosoftAppType'
    value: 'UserAssignedMSI'
  }
  {
    name: 'MicrosoftAppTenantId'
    value: tenant().tenantId
  }
  {
    name: 'ALLOWED_TENANT_IDS'
    value: join(tenantIds, ',')
  }
  {
    name: 'DEFAULT_LOCALE'
    value: defaultLocale
  }
  {
    name: 'ADMIN_AAD_OBJECT_IDS'
    value: join(adminAadObjectIds, ',')
  }
  {
    name: 'IDEAS_ALLOW_ANONYMOUS'
    value: ideasAllowAnonymous ? 'true' : 'false'
  }
  {
    name: 'REMINDERS_ENABLED'
    value: remindersEnabled ? 'true' : 'false'
  }
  {
    name: 'REMINDER_CRON'
    value: reminderCron
  }
  {
    name: 'PROGRAMME_CYCLES'
    value: string(programmeCycles)
  }
  {
    name: 'SEND_WINDOW'
    value: sendWindow
  }
  {
    name: 'FELLESFERIE_WEEKS'
    value: fellesferieWeeks
  }
  {
    name: 'SEND_RATE_PER_SECOND'
    value: string(sendRatePerSecond)
  }
  {
    name: 'SEND_CONCURRENCY'
    value: string(sendConcurrency)
  }
  {
    name: 'SEND_MAX_ATTEMPTS'
    value: string(sendMaxAttempts)
  }
  {
    name: 'REMINDER_LEASE_SECONDS'
    value: string(reminderLeaseSeconds)
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsightsConnectionString
  }
  {
    name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
    value: '~3'
  }
  {
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'false'
  }
], empty(sectors) ? [] : [
  {
    name: 'SECTORS'
    value: sectors
  }
], empty(sectorHeadLabel) ? [] : [
  {
    name: 'SECTOR_HEAD_LABEL'
    value: sectorHeadLabel
  }
], empty(allowedServiceUrls) ? [] : [
  {
    name: 'ALLOWED_SERVICE_URLS'
    value: join(allowedServiceUrls, ',')
  }
])

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      appCommandLine: 'node dist/src/index.js'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: appSettings
    }
  }
}

// Deployments sign in with Entra ID (az webapp deploy, azure/login); no basic-auth publishing.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

// Container stdout (the app's JSON log lines) for `az webapp log tail`.
resource logs 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'logs'
  properties: {
    httpLogs: {
      fileSystem: {
        enabled: true
        retentionInDays: 3
        retentionInMb: 35
      }
    }
  }
}

// The same logs, HTTP access logs and platform events in Log Analytics.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: logAnalyticsWorkspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
    metrics: [
      {
        category: 'AllMetrics'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
