using System.Text.Json.Nodes;

namespace MeetingBot.TestPeers.Identity;

/// <summary>The discovery documents, shaped like the ones login.botframework.com and login.microsoftonline.com serve.</summary>
internal static class IdentityDocuments
{
    /// <summary>login.botframework.com/v1/.well-known/openidconfiguration, field for field.</summary>
    public static JsonObject BotFrameworkMetadata(Uri baseUrl) => new()
    {
        ["issuer"] = StubIdentityProvider.BotFrameworkIssuer,
        // The real document names this placeholder too: the channel service never runs an interactive login.
        ["authorization_endpoint"] = "https://invalid.botframework.com",
        ["jwks_uri"] = $"{baseUrl}v1/.well-known/keys",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    };

    public static JsonObject EntraMetadata(Uri baseUrl, string tenant) => new()
    {
        ["token_endpoint"] = $"{baseUrl}{tenant}/oauth2/v2.0/token",
        ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "private_key_jwt", "client_secret_basic"),
        ["jwks_uri"] = $"{baseUrl}{tenant}/discovery/v2.0/keys",
        ["response_modes_supported"] = new JsonArray("query", "fragment", "form_post"),
        ["subject_types_supported"] = new JsonArray("pairwise"),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "id_token token"),
        ["scopes_supported"] = new JsonArray("openid", "profile", "email", "offline_access"),
        ["issuer"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
        ["request_uri_parameter_supported"] = false,
        ["authorization_endpoint"] = $"{baseUrl}{tenant}/oauth2/v2.0/authorize",
        ["tenant_region_scope"] = "WW",
        ["cloud_instance_name"] = "microsoftonline.com",
    };

    /// <summary>A JWKS; keys with endorsements list them, as the channel service's JWKS does (Entra's never has any).</summary>
    public static JsonObject Jwks(IEnumerable<TestSigningKey> keys)
    {
        var array = new JsonArray();
        foreach (var key in keys)
        {
            var jwk = key.ToPublicJsonWebKey();
            var node = new JsonObject { ["kty"] = jwk.Kty, ["use"] = jwk.Use, ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E };
            if (key.Endorsements.Count > 0)
                node["endorsements"] = new JsonArray(key.Endorsements.Select(channel => (JsonNode?)channel).ToArray());
            array.Add(node);
        }
        return new JsonObject { ["keys"] = array };
    }
}
