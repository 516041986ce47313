// Key Vault (RBAC mode) for the bot's client secret. The web app reads it through a Key Vault
// reference with its managed identity, so the secret never appears in app settings.
param name string
param location string
param tags object
@description('Principal (object) id that may read secrets (the web app identity).')
param secretsUserPrincipalId string
@description('The bot client secret; empty keeps whatever is already stored.')
@secure()
param botAppPassword string

var secretName = 'MicrosoftAppPassword'
// Built-in role "Key Vault Secrets User".
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: secretName
  properties: {
    value: botAppPassword
    contentType: 'Client secret of the bot app registration'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, secretsUserPrincipalId, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: secretsUserPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
output secretName string = secretName
@description('App setting value that App Service resolves to the secret.')
output botAppPasswordReference string = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${secretName})'
