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

@description('Client (application) id of the single-tenant Entra app registration the bot signs in with (MicrosoftAppId).')
@minLength(36)
@maxLength(36)
param botAppId string

@description('Client secret of that app registration, stored in Key Vault as MicrosoftAppPassword. Empty keeps the secret already in the vault.')
@secure()
param botAppPassword string = ''

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

@description('Cosmos DB database name (COSMOS_DATABASE).')
param cosmosDatabaseName string = 'innovasjonsbot'

@description('Entra object ids of the programme admins (ADMIN_AAD_OBJECT_IDS).')
param adminAadObjectIds array = []

@description('Sectors (kommunalområder) separated by ";". Empty: the default list in the app.')
param sectors string = ''

@description('What the app calls a sector head, e.g. kommunalsjef or kommunaldirektør (SECTOR_HEAD_LABEL). Empty: the app default.')
param sectorHeadLabel string = ''

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

// The app's identity towards Cosmos DB and Key Vault: no keys or connection strings in settings.
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
    accountName: 'cosmos-${take(name, 22)}-${suffix}'
    location: location
    tags: allTags
    databaseName: cosmosDatabaseName
    throughputMode: cosmosThroughputMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    dataContributorPrincipalId: identity.properties.principalId
  }
}

module keyVault 'modules/keyVault.bicep' = {
  name: 'keyVault'
  params: {
    name: 'kv-${suffix}'
    location: location
    tags: allTags
    secretsUserPrincipalId: identity.properties.principalId
    botAppPassword: botAppPassword
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
    botAppId: botAppId
    botAppPasswordReference: keyVault.outputs.botAppPasswordReference
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    logAnalyticsWorkspaceId: monitoring.outputs.workspaceId
    adminAadObjectIds: adminAadObjectIds
    sectors: sectors
    sectorHeadLabel: sectorHeadLabel
    logLevel: logLevel
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${take(name, 40)}-${suffix}'
    displayName: environmentName == 'prod' ? 'Innovasjonsbot' : 'Innovasjonsbot (${environmentName})'
    tags: allTags
    botAppId: botAppId
    endpoint: 'https://${webApp.outputs.hostName}/api/messages'
  }
}

@description('Host name for `npm run package -- --host`.')
output webAppHostName string = webApp.outputs.hostName
output webAppName string = webApp.outputs.name
@description('Messaging endpoint registered on the Azure Bot.')
output botEndpoint string = bot.outputs.endpoint
output cosmosEndpoint string = cosmos.outputs.endpoint
@description('Client id of the managed identity (AZURE_CLIENT_ID).')
output managedIdentityClientId string = identity.properties.clientId
output keyVaultName string = keyVault.outputs.name
