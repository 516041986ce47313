// Production. Every app setting comes from here: change a value, commit, redeploy
// (docs/it-guide.md). Settings changed by hand in the portal are lost on the next deployment.
using 'main.bicep'

param environmentName = 'prod'
param location = 'norwayeast'
param webAppName = 'innovasjonsbot-prod'
param appServicePlanSku = 'P0v3'
param appServiceInstanceCount = 2
param cosmosThroughputMode = 'serverless'
param cosmosAutoscaleMaxThroughput = 1000
param logLevel = 'info'
param logRetentionDays = 90
// The IT service desk's shared mailbox: availability and log alerts go here.
param alertEmail = 'it-drift@baerum.kommune.no'

// Programme admins: their Entra object ids (docs/admin-guide.md tells how to find them).
param adminAadObjectIds = []
// Empty: the app's list of sectors and label. Sectors are separated by ';'.
param sectors = ''
param sectorHeadLabel = ''
param defaultLocale = 'nb'
param ideasAllowAnonymous = true
// Empty: only the municipality's own tenant.
param allowedTenantIds = []
param allowedServiceUrls = []

// The programme year (see deployment/programme.example.json for every field).
param programmeCycles = [
  {
    id: '2026-2027'
    name: 'Innovasjonsprogrammet 2026/2027'
    start: '2026-08-17'
    registrationDeadline: '2026-10-30'
    reportCadence: {
      everyWeeks: 4
    }
    end: '2027-06-18'
  }
]
param remindersEnabled = true
param reminderCron = '*/15 9-14 * * 1-5'
param sendWindow = '09:00-15:00'
param fellesferieWeeks = '28,29,30'
param sendRatePerSecond = 30
param sendConcurrency = 4
param sendMaxAttempts = 5
param reminderLeaseSeconds = 600
