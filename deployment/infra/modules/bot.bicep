// Azure Bot (user-assigned managed identity) with the Microsoft Teams channel. The bot signs in
// as the web app's managed identity: no app registration secret exists, so none can expire or leak.
param name string
param displayName string
param tags object
@description('Client id of the user-assigned managed identity (MicrosoftAppId).')
param botAppId string
@description('Resource id of that identity.')
param identityId string
@description('Messaging endpoint: https, the web app host name, path /api/messages.')
param endpoint string
@description('F0 is enough: Teams is a standard channel and its messages are free.')
@allowed([
  'F0'
  'S1'
])
param sku string = 'F0'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: botAppId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenant().tenantId
    publicNetworkAccess: 'Enabled'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

output endpoint string = bot.properties.endpoint
output name string = bot.name
