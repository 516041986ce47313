// Test environment. Every app setting comes from here: change a value, commit, redeploy
// (docs/it-guide.md). Settings changed by hand in the portal are lost on the next deployment.
using 'main.bicep'

param environmentName = 'test'
param location = 'norwayeast'
param webAppName = 'innovasjonsbot-test'
param appServicePlanSku = 'B1'
param appServiceInstanceCount = 1
param cosmosThroughputMode = 'serverless'
param logLevel = 'debug'
param alertEmail = 'it-drift@baerum.kommune.no'

param adminAadObjectIds = []
param sectors = ''
param sectorHeadLabel = ''
param defaultLocale = 'nb'
param ideasAllowAnonymous = true
param allowedTenantIds = []
param allowedServiceUrls = []

// A cycle like production's, so the reminders can be tried out in test first.
param programmeCycles = [
  {
    id: 'test'
    name: 'Innovasjonsprogrammet (test)'
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
