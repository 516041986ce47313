// Innovasjonsbot: everything one environment (test or prod) needs, in one resource group.
//   az deployment group create --resource-group rg-innovasjonsbot-test --parameters deployment/infra/main.test.bicepparam
// See docs/it-guide.md. App settings are checked against src/config.ts by
// test/deployment/consistency.test.ts, containers against src/storage/containers.ts.
targetScope = 'resourceGroup'

@description('Environment name, used in resource names and tags.')
@allowed([
  'test'
  'prod'
])
param environmentName string

@description('Azure region for all resources except the Azure Bot, which is global.')
param location string = resourceGroup().location

@description('Web app name, globally unique; the bot host name becomes this name followed by .azurewebsites.net.')
@minLength(2)
@maxLength(40)
param webAppName string = 'innovasjonsbot-${environmentName}'

@description('App Service plan SKU (Linux). B1 is enough for test; production uses P0v3 or larger.')
param appServicePlanSku string = 'B1'

@description('Number of web app instances. More than one is safe: all state is in Cosmos DB and the reminder job holds a lease.')
@minValue(1)
@maxValue(10)
param appServiceInstanceCount int = 1

@description('Cosmos DB capacity: serverless (pay per request, enough for this programme) or provisioned autoscale throughput shared by the database.')
@allowed([
  'serverless'
  'autoscale'
])
param cosmosThroughputMode string = 'serverless'

@description('Highest RU/s when cosmosThroughputMode is autoscale; it scales between 10 % of this and this.')
@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

@description('Cosmos DB account name. Empty: generated from the web app name. Set it to the new account after a point-in-time restore (docs/it-guide.md) so the app, its role and the containers move there.')
param cosmosAccountName string = ''

@description('Cosmos DB database name (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'innovasjonsbot'

@description('Entra object ids of the programme admins (ADMIN_AAD_OBJECT_IDS).')
param adminAadObjectIds array = []

@description('Sectors (kommunalområder) separated by ";". Empty: the default list in the app.')
param sectors string = ''

@description('What the app calls a sector head, e.g. kommunalsjef or kommunaldirektør (SECTOR_HEAD_LABEL). Empty: the app default.')
param sectorHeadLabel string = ''

@description('Tenants whose Teams users may use the bot (ALLOWED_TENANT_IDS). Empty: only this tenant.')
param allowedTenantIds array = []

@description('Bot Framework service URLs the app may send to (ALLOWED_SERVICE_URLS). Empty: the app default.')
param allowedServiceUrls array = []

@description('Language when neither the user nor Teams says (DEFAULT_LOCALE).')
@allowed([
  'nb'
  'en'
])
param defaultLocale string = 'nb'

@description('Employees may post ideas anonymously (IDEAS_ALLOW_ANONYMOUS).')
param ideasAllowAnonymous bool = true

@description('Programme cycles (PROGRAMME_CYCLES): id, name, start, registrationDeadline, reportCadence ({ everyWeeks: 4 } or { tertial: true }), end, optional rule thresholds. See deployment/programme.example.json. Empty: no cycle, so no registration deadline.')
param programmeCycles array = []

@description('Run the reminder job in the app on reminderCron (REMINDERS_ENABLED).')
param remindersEnabled bool = true

@description('When the reminder job runs, croner syntax in Europe/Oslo (REMINDER_CRON). Sending still happens only inside sendWindow on working days.')
param reminderCron string = '*/15 9-14 * * 1-5'

@description('Local send window for reminders, HH:mm-HH:mm, end exclusive (SEND_WINDOW).')
param sendWindow string = '09:00-15:00'

@description('ISO weeks of fellesferie with no reminders, comma-separated, or none (FELLESFERIE_WEEKS).')
param fellesferieWeeks string = '28,29,30'

@description('Proactive messages per second for the whole app (SEND_RATE_PER_SECOND).')
@minValue(1)
@maxValue(40)
param sendRatePerSecond int = 30

@description('Proactive messages in flight at once (SEND_CONCURRENCY).')
@minValue(1)
@maxValue(20)
param sendConcurrency int = 4

@description('Attempts per proactive message before it is recorded as failed (SEND_MAX_ATTEMPTS).')
@minValue(1)
@maxValue(20)
param sendMaxAttempts int = 5

@description('Seconds one instance holds the reminder lease if it stops without releasing it (REMINDER_LEASE_SECONDS).')
@minValue(30)
@maxValue(86400)
param reminderLeaseSeconds int = 600

@description('Interface the app binds to (HOST); App Service needs 0.0.0.0.')
param listenHost string = '0.0.0.0'

@description('Milliseconds a shutdown waits for turns in flight (SHUTDOWN_TIMEOUT_MS).')
@minValue(0)
param shutdownTimeoutMs int = 10000

@description('Milliseconds each storage call inside a turn may take before the user gets an apology (STORAGE_TIMEOUT_MS).')
@minValue(100)
param storageTimeoutMs int = 4000

@description('Milliseconds the Bot Framework signing-key fetch may take (OPENID_TIMEOUT_MS).')
@minValue(100)
param openIdTimeoutMs int = 5000

@description('Days before reminder records and bot state expire (RETENTION_DAYS); see docs/personvern.md.')
@minValue(14)
param retentionDays int = 180

@description('Cohorts of the leadership programme «Innovasjon og forbedringsledelse» (LEADERSHIP_COHORTS): id, name, start, end, place, seats. Empty: no sign-up open.')
param leadershipCohorts array = []

@description('E-mail address of the IT service desk that gets the alerts (action group).')
param alertEmail string

@description('Log level of the app (LOG_LEVEL).')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
])
param logLevel string = 'info'

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Extra tags for every resource.')
param tags object = {}

var allTags = union({
  application: 'innovasjonsbot'
  environment: environmentName
}, tags)
var suffix = uniqueString(resourceGroup().id, environmentName)
var name = toLower(webAppName)

// The app's only identity: the Bot Service (MicrosoftAppType=UserAssignedMSI) and Cosmos DB both
// trust it, so there is no key, password or client secret to store, rotate or leak.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${name}'
  location: location
  tags: allTags
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: name
    location: location
    tags: allTags
    retentionInDays: logRetentionDays
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: empty(cosmosAccountName) ? 'cosmos-${take(name, 22)}-${suffix}' : cosmosAccountName
    location: location
    tags: allTags
    databaseName: cosmosDatabaseName
    throughputMode: cosmosThroughputMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    dataContributorPrincipalId: identity.properties.principalId
  }
}

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    name: name
    location: location
    tags: allTags
    planSku: appServicePlanSku
    instanceCount: appServiceInstanceCount
    identityId: identity.id
    identityClientId: identity.properties.clientId
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmosDatabaseName
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    listenHost: listenHost
    logLevel: logLevel
    shutdownTimeoutMs: shutdownTimeoutMs
    storageTimeoutMs: storageTimeoutMs
    openIdTimeoutMs: openIdTimeoutMs
    retentionDays: retentionDays
    leadershipCohorts: leadershipCohorts
    defaultLocale: defaultLocale
    adminAadObjectIds: adminAadObjectIds
    sectors: sectors
    sectorHeadLabel: sectorHeadLabel
    ideasAllowAnonymous: ideasAllowAnonymous
    allowedTenantIds: allowedTenantIds
    allowedServiceUrls: allowedServiceUrls
    remindersEnabled: remindersEnabled
    reminderCron: reminderCron
    programmeCycles: programmeCycles
    sendWindow: sendWindow
    fellesferieWeeks: fellesferieWeeks
    sendRatePerSecond: sendRatePerSecond
    sendConcurrency: sendConcurrency
    sendMaxAttempts: sendMaxAttempts
    reminderLeaseSeconds: reminderLeaseSeconds
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  params: {
    name: name
    location: location
    tags: allTags
    alertEmail: alertEmail
    webAppHostName: webApp.outputs.hostName
    appInsightsId: monitoring.outputs.appInsightsId
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${take(name, 40)}-${suffix}'
    displayName: environmentName == 'prod' ? 'Innovasjonsbot' : 'Innovasjonsbot (${environmentName})'
    tags: allTags
    botAppId: identity.properties.clientId
    identityId: identity.id
    endpoint: 'https://${webApp.outputs.hostName}/api/messages'
  }
}

@description('Host name for `npm run package -- --host`.')
output webAppHostName string = webApp.outputs.hostName
output webAppName string = webApp.outputs.name
@description('Messaging endpoint registered on the Azure Bot.')
output botEndpoint string = bot.outputs.endpoint
@description('The bot\'s id (MicrosoftAppId, `npm run package -- --bot-id`): the managed identity\'s client id.')
output botAppId string = identity.properties.clientId
output cosmosEndpoint string = cosmos.outputs.endpoint
@description('Cosmos DB account name for `az cosmosdb …` (data-plane roles, restore).')
output cosmosAccountName string = cosmos.outputs.accountName
@description('Client id of the managed identity (AZURE_CLIENT_ID).')
output managedIdentityClientId string = identity.properties.clientId
@description('Object (principal) id of the managed identity, for role assignments such as the one on a restored Cosmos DB account.')
output managedIdentityPrincipalId string = identity.properties.principalId
