// Test environment. The bot's app registration comes from the shell (docs/it-guide.md):
// BOT_APP_ID is its client id, BOT_APP_PASSWORD its client secret (first deployment and rotation only).
using 'main.bicep'

param environmentName = 'test'
param location = 'norwayeast'
param webAppName = 'innovasjonsbot-test'
param botAppId = readEnvironmentVariable('BOT_APP_ID')
param botAppPassword = readEnvironmentVariable('BOT_APP_PASSWORD', '')
param appServicePlanSku = 'B1'
param appServiceInstanceCount = 1
param cosmosThroughputMode = 'serverless'
param logLevel = 'debug'
