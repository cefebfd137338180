// MeetingBot in one resource group: the app on App Service (Linux, .NET 10, at least two instances), its Azure Bot
// with the Teams channel, a Storage account with the table, a user-assigned managed identity that reaches the table
// and Key Vault without keys, Key Vault for the secrets that remain, and Application Insights.
//
//   az deployment group create -g <group> -f manifests/azure/main.bicep -p manifests/azure/main.bicepparam
//
// Azure China: deploy in a China region with the China endpoints below (see README.md, "Deploy to Azure").

targetScope = 'resourceGroup'

@description('Prefix of every resource name (letters and digits, 3 to 11 characters).')
@minLength(3)
@maxLength(11)
param baseName string = 'meetingbot'

@description('Region of every resource except the Azure Bot (which is global in the public cloud).')
param location string = resourceGroup().location

@description('Where the Azure Bot resource lives: "global" in the public cloud; a China region (e.g. chinaeast2) in Azure China.')
param botLocation string = 'global'

@description('How the bot authenticates: UserAssignedMSI (the managed identity created here is the bot, no secret at all) or SingleTenant (an app registration with a client secret).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s application (client) id. Ignored for UserAssignedMSI, whose app id is the managed identity\'s client id.')
param botAppId string = ''

@description('SingleTenant only: the app registration\'s client secret, kept in Key Vault.')
@secure()
param botAppPassword string = ''

@description('The tenant the bot (and its managed identity) belongs to.')
param tenantId string = subscription().tenantId

@description('Secret that signs the links to files the bot sends (an .ics invitation), at least 32 characters; the same on every instance. Generate it once, e.g. openssl rand -base64 48.')
@secure()
@minLength(32)
param linkSigningKey string

@description('Slack signing secret, kept in Key Vault (empty: Slack is not set up).')
@secure()
param slackSigningSecret string = ''

@description('Slack bot token (xoxb-...), kept in Key Vault (empty: Slack is not set up).')
@secure()
param slackBotToken string = ''

@description('App Service plan size (Premium v3 for production; B1 works for a trial).')
param appServiceSku string = 'P0v3'

@description('App Service instances; two or more, so one can restart or be replaced while the other answers.')
@minValue(2)
@maxValue(30)
param instanceCount int = 2

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams are free anyway) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('The Bot Framework channel\'s OpenID metadata; empty for the public cloud. Azure China: https://login.botframework.azure.cn/v1/.well-known/openidconfiguration')
param botOpenIdMetadataUrl string = ''

@description('The token endpoint the bot\'s tokens and Entra metadata come from; empty for the public cloud. Azure China: https://login.partner.microsoftonline.cn/<tenant>/oauth2/v2.0/token')
param botTokenEndpoint string = ''

@description('The Teams channel\'s deployment environment: CommercialDeployment, or GCCModerateDeployment for government clouds.')
param teamsDeploymentEnvironment string = 'CommercialDeployment'

@description('Name of the table in the Storage account.')
param tableName string = 'meetingbot'

var suffix = uniqueString(resourceGroup().id, baseName)
var names = {
  identity: '${baseName}-id-${suffix}'
  storage: take(toLower('${baseName}${suffix}'), 24)
  keyVault: take('${baseName}-kv-${suffix}', 24)
  workspace: '${baseName}-logs-${suffix}'
  insights: '${baseName}-ai-${suffix}'
  plan: '${baseName}-plan-${suffix}'
  site: '${baseName}-${suffix}'
  bot: '${baseName}-bot-${suffix}'
}

// Built-in role definitions (the same ids in every cloud).
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

var usesManagedIdentityAsBot = botAppType == 'UserAssignedMSI'
var effectiveBotAppId = usesManagedIdentityAsBot ? identity.properties.clientId : botAppId

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
}

// --- storage: the table, reached with the identity only (shared keys are switched off) ---

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: names.storage
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource table 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = {
  parent: tableService
  name: tableName
}

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage
  name: guid(storage.id, identity.id, storageTableDataContributor)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// --- Key Vault: the secrets that remain, read by the app through the identity (Key Vault references) ---

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: names.keyVault
  location: location
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource vaultAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource linkSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'link-signing-key'
  properties: {
    value: linkSigningKey
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!usesManagedIdentityAsBot) {
  parent: vault
  name: 'bot-app-password'
  properties: {
    value: botAppPassword
  }
}

resource slackSigningSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackSigningSecret)) {
  parent: vault
  name: 'slack-signing-secret'
  properties: {
    value: slackSigningSecret
  }
}

resource slackBotTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(slackBotToken)) {
  parent: vault
  name: 'slack-bot-token'
  properties: {
    value: slackBotToken
  }
}

// --- telemetry: Application Insights on a Log Analytics workspace ---

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.workspace
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

// --- the app: App Service on Linux, .NET 10, two or more instances, probed on /health/ready ---

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: names.plan
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var secretReference = '@Microsoft.KeyVault(VaultName=${vault.name};SecretName='

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: names.site
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references are resolved with the user-assigned identity.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet MeetingBot.Host.dll'
      alwaysOn: true
      healthCheckPath: '/health/ready'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// The settings, once the site exists: the public URL is its own host name (whatever the cloud's domain).
resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: union(
    {
      MicrosoftAppType: botAppType
      MicrosoftAppId: effectiveBotAppId
      MicrosoftAppTenantId: tenantId
      Storage__Provider: 'AzureTables'
      Storage__TableEndpoint: storage.properties.primaryEndpoints.table
      Storage__TableName: tableName
      // DefaultAzureCredential picks the user-assigned identity by this client id.
      AZURE_CLIENT_ID: identity.properties.clientId
      APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
      MeetingBot__PublicUrl: 'https://${site.properties.defaultHostName}/'
      MeetingBot__LinkSigningKey: '${secretReference}${linkSigningKeySecret.name})'
      // The local web chat lets anyone act as anyone: never on a public host.
      WebChat__Enabled: 'false'
    },
    usesManagedIdentityAsBot ? {} : { MicrosoftAppPassword: '${secretReference}bot-app-password)' },
    empty(slackSigningSecret) ? {} : { Slack__SigningSecret: '${secretReference}slack-signing-secret)' },
    empty(slackBotToken) ? {} : { Slack__BotToken: '${secretReference}slack-bot-token)' },
    empty(botOpenIdMetadataUrl) ? {} : { BotFramework__OpenIdMetadataUrl: botOpenIdMetadataUrl },
    empty(botTokenEndpoint) ? {} : { BotFramework__TokenEndpoint: botTokenEndpoint }
  )
  // The identity must hold its roles before the app starts reading the table and the secrets.
  dependsOn: [
    tableAccess
    vaultAccess
    table
    botPasswordSecret
    slackSigningSecretSecret
    slackBotTokenSecret
  ]
}

// --- the Azure Bot, with the Teams channel, pointing at the app ---

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: botLocation
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: '联席会议助手 MeetingBot'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: effectiveBotAppId
    msaAppType: botAppType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: usesManagedIdentityAsBot ? identity.id : null
    developerAppInsightKey: insights.properties.InstrumentationKey
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: botLocation
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      deploymentEnvironment: teamsDeploymentEnvironment
    }
  }
}

@description('The bot\'s Microsoft App ID: pass it to `teams package --app-id`.')
output botAppId string = effectiveBotAppId

@description('The messaging endpoint the Azure Bot calls.')
output messagingEndpoint string = bot.properties.endpoint

@description('The host name, for `teams package --domain`.')
output hostName string = site.properties.defaultHostName

output managedIdentityClientId string = identity.properties.clientId
output tableEndpoint string = storage.properties.primaryEndpoints.table
output keyVaultName string = vault.name
output appName string = site.name
