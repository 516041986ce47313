// Production. The bot's app registration comes from the shell (docs/it-guide.md):
// BOT_APP_ID is its client id, BOT_APP_PASSWORD its client secret (first deployment and rotation only).
// Programme admins: add their Entra object ids to adminAadObjectIds.
using 'main.bicep'

param environmentName = 'prod'
param location = 'norwayeast'
param webAppName = 'innovasjonsbot-prod'
param botAppId = readEnvironmentVariable('BOT_APP_ID')
param botAppPassword = readEnvironmentVariable('BOT_APP_PASSWORD', '')
param appServicePlanSku = 'P0v3'
param appServiceInstanceCount = 2
param cosmosThroughputMode = 'serverless'
param cosmosAutoscaleMaxThroughput = 1000
param adminAadObjectIds = []
param logLevel = 'info'
param logRetentionDays = 90
