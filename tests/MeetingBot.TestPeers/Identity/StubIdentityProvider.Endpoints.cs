using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.TestPeers.Hosting;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.TestPeers.Identity;

/// <summary>The HTTP side: discovery documents, JWKS and the client-credentials token endpoint.</summary>
public sealed partial class StubIdentityProvider
{
    private Task HandleAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var segments = (context.Request.Path.Value ?? "").Trim('/').Split('/');
        switch (segments)
        {
            case ["v1", ".well-known", "openidconfiguration"] when HttpMethods.IsGet(method):
                Interlocked.Increment(ref metadataRequests);
                return JsonResponses.WriteAsync(context, 200, IdentityDocuments.BotFrameworkMetadata(BaseUrl));
            case ["v1", ".well-known", "keys"] when HttpMethods.IsGet(method):
                Interlocked.Increment(ref keysRequests);
                return JsonResponses.WriteAsync(context, 200, IdentityDocuments.Jwks(Volatile.Read(ref channelKeys)));
            case [var tenant, "v2.0", ".well-known", "openid-configuration"] when HttpMethods.IsGet(method):
                Interlocked.Increment(ref metadataRequests);
                return JsonResponses.WriteAsync(context, 200, IdentityDocuments.EntraMetadata(BaseUrl, tenant));
            case [_, "discovery", "v2.0", "keys"] when HttpMethods.IsGet(method):
                Interlocked.Increment(ref keysRequests);
                return JsonResponses.WriteAsync(context, 200, IdentityDocuments.Jwks(Volatile.Read(ref entraKeys)));
            case [var tenant, "oauth2", "v2.0", "token"] when HttpMethods.IsPost(method):
                return IssueAccessTokenAsync(context, tenant);
            case ["msi", "token"] when HttpMethods.IsGet(method):
                return IssueManagedIdentityTokenAsync(context);
            default:
                return JsonResponses.WriteAsync(context, 404, new JsonObject
                {
                    ["error"] = "not_found",
                    ["error_description"] = $"The stub identity provider does not serve {method} {context.Request.Path}.",
                });
        }
    }

    private async Task IssueAccessTokenAsync(HttpContext context, string tenant)
    {
        if (!context.Request.HasFormContentType)
        {
            await RefuseAsync(context, tenant, null, null, 400, "invalid_request", 900144,
                "The request body must be application/x-www-form-urlencoded.");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var (clientId, secret) = ClientCredentials(context.Request, form);
        string? scope = form["scope"];
        if (form["grant_type"] != "client_credentials")
        {
            await RefuseAsync(context, tenant, clientId, scope, 400, "unsupported_grant_type", 70003,
                $"The app requested an unsupported grant type '{form["grant_type"]}'.");
            return;
        }
        if (clientId is null || !clients.TryGetValue(clientId, out var expected) || secret != expected)
        {
            await RefuseAsync(context, tenant, clientId, scope, 401, "invalid_client", 7000215,
                $"Invalid client secret provided for app '{clientId}', or the app is not registered in '{tenant}'.");
            return;
        }
        if (string.IsNullOrEmpty(scope))
        {
            await RefuseAsync(context, tenant, clientId, scope, 400, "invalid_request", 90014,
                "The request body must contain the following parameter: 'scope'.");
            return;
        }
        if (!scope.EndsWith("/.default", StringComparison.Ordinal))
        {
            await RefuseAsync(context, tenant, clientId, scope, 400, "invalid_scope", 1002012,
                $"The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.");
            return;
        }

        var lifetime = TokenLifetime;
        var now = DateTimeOffset.UtcNow;
        var token = IssueEntraToken(new EntraTokenSpec(ConnectorAudience, $"https://sts.windows.net/{tenant}/", "1.0", clientId)
        {
            TenantId = tenant,
            NotBefore = now.AddMinutes(-5),
            Expires = now + lifetime,
        });
        // Recorded before the answer goes out, so a test that got the token always finds its request.
        tokenRequests.Enqueue(new TokenRequest(tenant, clientId, scope, token, 200, null, now));
        var seconds = (long)lifetime.TotalSeconds;
        await JsonResponses.WriteAsync(context, 200, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = seconds,
            ["ext_expires_in"] = seconds,
            ["access_token"] = token,
        });
    }

    // Secrets come in the form (client_secret_post, what MSAL sends) or as HTTP Basic (client_secret_basic).
    private static (string? ClientId, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        if (AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase) && header.Parameter is not null)
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)).Split(':', 2);
                if (pair.Length == 2)
                    return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
            }
            catch (FormatException)
            {
                // Not Basic credentials after all: fall back to the form.
            }
        }
        return (form["client_id"], form["client_secret"]);
    }

    private Task RefuseAsync(HttpContext context, string tenant, string? clientId, string? scope, int status, string error, int code, string message)
    {
        var now = DateTimeOffset.UtcNow;
        tokenRequests.Enqueue(new TokenRequest(tenant, clientId, scope, null, status, error, now));
        return JsonResponses.WriteAsync(context, status, new JsonObject
        {
            ["error"] = error,
            ["error_description"] = $"AADSTS{code}: {message}",
            ["error_codes"] = new JsonArray(code),
            ["timestamp"] = now.ToString("yyyy-MM-dd HH:mm:ss'Z'"),
            ["trace_id"] = Guid.NewGuid().ToString(),
            ["correlation_id"] = Guid.NewGuid().ToString(),
        });
    }
}
