// Cosmos DB for NoSQL: account (Entra auth only, continuous backup), database, one container per entry in
// src/storage/containers.ts, and the data-plane role for the app's managed identity.
// The app cannot create containers itself (data-plane RBAC has no control-plane rights), so
// they are all declared here and the app runs with COSMOS_CREATE_CONTAINERS=false.
param accountName string
param location string
param tags object
param databaseName string
@allowed([
  'serverless'
  'autoscale'
])
param throughputMode string
param autoscaleMaxThroughput int
@description('Principal (object) id that gets the built-in Cosmos DB Data Contributor role.')
param dataContributorPrincipalId string

// Keep in step with CONTAINERS in src/storage/containers.ts (test/deployment/consistency.test.ts).
// ttl: true turns on per-item TTL (defaultTtl -1): items with a `ttl` field expire.
var containers = [
  {
    name: 'profiles'
    partitionKey: 'id'
    ttl: false
  }
  {
    name: 'conversations'
    partitionKey: 'id'
    ttl: false
  }
  {
    name: 'initiatives'
    partitionKey: 'id'
    ttl: false
  }
  {
    name: 'reports'
    partitionKey: 'initiativeId'
    ttl: false
  }
  {
    name: 'ideas'
    partitionKey: 'id'
    ttl: false
  }
  {
    name: 'roster'
    partitionKey: 'id'
    ttl: false
  }
  {
    name: 'outbox'
    partitionKey: 'id'
    ttl: true
  }
  {
    name: 'leases'
    partitionKey: 'id'
    ttl: true
  }
  {
    name: 'botstate'
    partitionKey: 'id'
    ttl: true
  }
  {
    name: 'enrolments'
    partitionKey: 'id'
    ttl: false
  }
  {
    name: 'announcements'
    partitionKey: 'id'
    ttl: false
  }
  {
    name: 'pendingFiles'
    partitionKey: 'id'
    ttl: true
  }
]

var indexingPolicy = {
  indexingMode: 'consistent'
  automatic: true
  includedPaths: [
    {
      path: '/*'
    }
  ]
  excludedPaths: [
    {
      path: '/"_etag"/?'
    }
  ]
}

// Built-in role "Cosmos DB Built-in Data Contributor".
var dataContributorRoleId = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    capabilities: throughputMode == 'serverless' ? [
      {
        name: 'EnableServerless'
      }
    ] : []
    // Point-in-time restore to any second of the last 7 days, without a support ticket
    // (docs/it-guide.md, «Gjenopprette Cosmos DB»). The 7-day tier has no backup storage charge.
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: {
        tier: 'Continuous7Days'
      }
    }
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    // Autoscale throughput is shared by all containers at database level; serverless has none.
    options: throughputMode == 'autoscale' ? {
      autoscaleSettings: {
        maxThroughput: autoscaleMaxThroughput
      }
    } : {}
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [for container in containers: {
  parent: database
  name: container.name
  properties: {
    resource: union({
      id: container.name
      partitionKey: {
        paths: [
          '/${container.partitionKey}'
        ]
        kind: 'Hash'
        version: 2
      }
      indexingPolicy: indexingPolicy
    }, container.ttl ? {
      defaultTtl: -1
    } : {})
  }
}]

resource dataContributor 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, dataContributorPrincipalId, dataContributorRoleId)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributorRoleId}'
    principalId: dataContributorPrincipalId
    // Account scope: the SDK reads account metadata at start-up, which a database scope does not allow.
    scope: account.id
  }
}

output endpoint string = account.properties.documentEndpoint
output accountName string = account.name
