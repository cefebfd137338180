using System.Collections.Concurrent;

namespace MeetingBot.Channels.BotFramework.Connector;

/// <summary>
/// One <see cref="GlobalPacer"/> per tenant: Teams limits an app to 50 requests a second in each tenant, so a
/// deployment serving several tenants is not held to one tenant's budget, and a single-tenant one is paced exactly
/// as before (requests that name no tenant share one pacer, <see cref="ConnectorTenant"/>).
/// </summary>
public sealed class TenantPacers(Func<GlobalPacer> create) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<GlobalPacer>> _byTenant = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The same pacer for every tenant (tests, or a deployment that wants one budget).</summary>
    public static TenantPacers Single(GlobalPacer pacer) => new(() => pacer);

    /// <summary>The pacer of <paramref name="tenantId"/>, made on first use.</summary>
    public GlobalPacer For(string? tenantId) =>
        _byTenant.GetOrAdd(tenantId ?? "", _ => new Lazy<GlobalPacer>(create)).Value;

    /// <summary>Tenants with a pacer so far.</summary>
    public int Count => _byTenant.Count;

    public void Dispose()
    {
        foreach (var pacer in _byTenant.Values.Where(p => p.IsValueCreated).Select(p => p.Value).Distinct()) pacer.Dispose();
    }
}
