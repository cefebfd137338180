// Parameters for `az deployment group create -f main.bicep -p main.bicepparam`. Secrets are read from the
// environment, never written here: export MEETINGBOT_LINK_SIGNING_KEY="$(openssl rand -base64 48)" first.
using 'main.bicep'

param baseName = 'meetingbot'
param botAppType = 'UserAssignedMSI'
param instanceCount = 2
param linkSigningKey = readEnvironmentVariable('MEETINGBOT_LINK_SIGNING_KEY')

// Azure China (21Vianet): deploy to a China region and uncomment these.
// param botLocation = 'chinaeast2'
// param botOpenIdMetadataUrl = 'https://login.botframework.azure.cn/v1/.well-known/openidconfiguration'
// param botTokenEndpoint = 'https://login.partner.microsoftonline.cn/<tenant id>/oauth2/v2.0/token'
