using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using MeetingBot.TestPeers.Hosting;
using Microsoft.AspNetCore.Http;

namespace MeetingBot.TestPeers.Identity;

/// <summary>One call to the managed identity endpoint as the stub saw it; AccessToken is null when it was refused.</summary>
public sealed record ManagedIdentityRequest(string? Resource, string? ClientId, string? ApiVersion, bool HeaderMatched, string? AccessToken, int Status);

/// <summary>
/// The managed identity endpoint of App Service and Container Apps (API version 2019-08-01): what a process there
/// finds in <c>IDENTITY_ENDPOINT</c> and <c>IDENTITY_HEADER</c>. It answers a GET with <c>resource</c>,
/// <c>api-version</c> and, for a user-assigned identity, <c>client_id</c>, carrying the secret header
/// <c>X-IDENTITY-HEADER</c>; the token is signed with <see cref="EntraKey"/>, issued by the identity's tenant, for
/// the resource asked.
/// </summary>
public sealed partial class StubIdentityProvider
{
    private readonly ConcurrentDictionary<string, string> managedIdentities = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<ManagedIdentityRequest> managedIdentityRequests = new();

    /// <summary>What <c>IDENTITY_ENDPOINT</c> is set to.</summary>
    public string ManagedIdentityEndpoint => $"{BaseUrl}msi/token";

    /// <summary>What <c>IDENTITY_HEADER</c> is set to: the endpoint refuses calls without it.</summary>
    public string ManagedIdentityHeader { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Calls to the managed identity endpoint, oldest first (a snapshot).</summary>
    public IReadOnlyList<ManagedIdentityRequest> ManagedIdentityRequests => managedIdentityRequests.ToArray();

    /// <summary>Assigns a user-assigned identity (its client id) of <paramref name="tenant"/> to the "resource" the bot runs on.</summary>
    public void AssignManagedIdentity(string clientId, string tenant) => managedIdentities[clientId] = tenant;

    private Task IssueManagedIdentityTokenAsync(HttpContext context)
    {
        var query = context.Request.Query;
        string? resource = query["resource"], clientId = query["client_id"], apiVersion = query["api-version"];
        var headerMatched = context.Request.Headers["X-IDENTITY-HEADER"] == ManagedIdentityHeader;
        if (!headerMatched)
            return RefuseManagedIdentityAsync(context, new(resource, clientId, apiVersion, false, null, 401), "The X-IDENTITY-HEADER is missing or wrong.");
        if (apiVersion != "2019-08-01" || string.IsNullOrEmpty(resource))
            return RefuseManagedIdentityAsync(context, new(resource, clientId, apiVersion, true, null, 400), "api-version 2019-08-01 and a resource are required.");
        if (clientId is null || !managedIdentities.TryGetValue(clientId, out var tenant))
            return RefuseManagedIdentityAsync(context, new(resource, clientId, apiVersion, true, null, 400), $"No user-assigned identity with client id '{clientId}' is assigned to this resource.");

        var now = DateTimeOffset.UtcNow;
        var expires = now + TokenLifetime;
        var token = IssueEntraToken(new EntraTokenSpec(resource.TrimEnd('/'), $"https://sts.windows.net/{tenant}/", "1.0", clientId)
        {
            TenantId = tenant,
            NotBefore = now.AddMinutes(-5),
            Expires = expires,
        });
        managedIdentityRequests.Enqueue(new(resource, clientId, apiVersion, true, token, 200));
        return JsonResponses.WriteAsync(context, 200, new JsonObject
        {
            ["access_token"] = token,
            ["expires_on"] = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["resource"] = resource,
            ["token_type"] = "Bearer",
            ["client_id"] = clientId,
        });
    }

    private Task RefuseManagedIdentityAsync(HttpContext context, ManagedIdentityRequest request, string message)
    {
        managedIdentityRequests.Enqueue(request);
        return JsonResponses.WriteAsync(context, request.Status, new JsonObject { ["statusCode"] = request.Status, ["message"] = message });
    }
}
