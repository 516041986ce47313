// What tells IT that something is wrong: an action group that e-mails the IT service desk, a
// standard availability test on /readyz (the app and its Cosmos DB), and log alerts on the app's
// JSON log lines in Log Analytics (AppServiceConsoleLogs): any error, and a failed or skipped
// reminder run. The queries read pino's fields: level (50 = error, 60 = fatal), reminderRun, reason.
param name string
param location string
param tags object
@description('E-mail address that gets the alerts (the IT service desk).')
param alertEmail string
@description('Host name of the web app; the availability test calls /readyz on it over https.')
param webAppHostName string
param appInsightsId string
param logAnalyticsWorkspaceId string

resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: 'ag-${name}'
  location: 'Global'
  tags: tags
  properties: {
    groupShortName: 'innobot'
    enabled: true
    emailReceivers: [
      {
        name: 'it-service-desk'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

// A standard test from three European locations every 5 minutes; it fails on anything but 200.
resource readyTest 'Microsoft.Insights/webtests@2022-06-15' = {
  name: 'webtest-${name}-readyz'
  location: location
  tags: union(tags, {
    'hidden-link:${appInsightsId}': 'Resource'
  })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: 'webtest-${name}-readyz'
    Name: 'Innovasjonsbot /readyz (${name})'
    Description: 'The bot answers and reaches Cosmos DB.'
    Enabled: true
    Frequency: 300
    Timeout: 30
    Kind: 'standard'
    RetryEnabled: true
    Locations: [
      {
        Id: 'emea-nl-ams-azr'
      }
      {
        Id: 'emea-gb-db3-azr'
      }
      {
        Id: 'emea-fr-pra-edge'
      }
    ]
    Request: {
      RequestUrl: 'https://${webAppHostName}/readyz'
      HttpVerb: 'GET'
      ParseDependentRequests: false
      FollowRedirects: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 7
    }
  }
}

resource readyAlert 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: 'alert-${name}-readyz'
  location: 'global'
  tags: tags
  properties: {
    description: 'The bot did not answer /readyz from two of three locations.'
    severity: 1
    enabled: true
    scopes: [
      readyTest.id
      appInsightsId
    ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.WebtestLocationAvailabilityCriteria'
      webTestId: readyTest.id
      componentId: appInsightsId
      failedLocationCount: 2
    }
    actions: [
      {
        actionGroupId: actionGroup.id
      }
    ]
  }
}

var logAlerts = [
  {
    name: 'errors'
    displayName: 'Innovasjonsbot: errors in the log (${name})'
    description: 'The app logged an error or fatal line (pino level 50 or 60). See the query result for the message.'
    severity: 2
    query: '''
AppServiceConsoleLogs
| where ResultDescription startswith "{"
| extend entry = parse_json(ResultDescription)
| where toint(entry.level) >= 50
| project TimeGenerated, Host, msg = tostring(entry.msg), err = tostring(entry.err.message)
'''
  }
  {
    name: 'reminder-run'
    displayName: 'Innovasjonsbot: reminder run failed or skipped (${name})'
    description: 'A reminder run failed, or was skipped for a reason other than another instance running it (e.g. an empty roster). Leaders got no reminders from it.'
    severity: 1
    query: '''
AppServiceConsoleLogs
| where ResultDescription has "reminderRun"
| extend entry = parse_json(ResultDescription)
| extend outcome = tostring(entry.reminderRun), reason = tostring(entry.reason)
| where outcome == "failed" or (outcome == "skipped" and reason != "lease_held")
| project TimeGenerated, Host, outcome, reason, msg = tostring(entry.msg), err = tostring(entry.err.message)
'''
  }
]

resource logAlertRules 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = [for alert in logAlerts: {
  name: 'alert-${name}-${alert.name}'
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: alert.displayName
    description: alert.description
    severity: alert.severity
    enabled: true
    scopes: [
      logAnalyticsWorkspaceId
    ]
    evaluationFrequency: 'PT15M'
    windowSize: 'PT15M'
    criteria: {
      allOf: [
        {
          query: alert.query
          timeAggregation: 'Count'
          operator: 'GreaterThan'
          threshold: 0
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    autoMitigate: true
    actions: {
      actionGroups: [
        actionGroup.id
      ]
    }
  }
}]

output actionGroupId string = actionGroup.id
