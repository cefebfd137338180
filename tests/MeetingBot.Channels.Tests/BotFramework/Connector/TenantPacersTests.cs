using System.Net;
using MeetingBot.Channels.BotFramework.Connector;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.BotFramework.Connector;

/// <summary>Teams' global limit is per app and tenant: each tenant's requests are paced on their own budget.</summary>
public sealed class TenantPacersTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));
    private readonly TenantPacers _pacers;

    public TenantPacersTests() =>
        _pacers = new TenantPacers(() => new GlobalPacer(new GlobalRateOptions { Limit = 3, TurnReserve = 1, Margin = TimeSpan.Zero }, _time));

    public void Dispose() => _pacers.Dispose();

    [Fact]
    public async Task Execute_OneTenantsBudgetSpent_AnotherTenantsRequestGoesAtOnce_TheSameTenantsWaits()
    {
        var pipeline = ConnectorRetry.Build(new ConnectorRetryOptions(), _time, _pacers);
        // Tenant A's fan-out has used its whole budget (3: nobody talks, so nothing is reserved for replies) in this second.
        var tenantA = _pacers.For("tenant-a");
        var held = new[] { await tenantA.AcquireAsync(ConnectorLane.Proactive, default), await tenantA.AcquireAsync(ConnectorLane.Proactive, default), await tenantA.AcquireAsync(ConnectorLane.Proactive, default) };
        foreach (var slot in held) slot.Dispose();

        var otherTenant = Send(pipeline, "tenant-b");
        var sameTenant = Send(pipeline, "TENANT-A");

        (await otherTenant).StatusCode.Should().Be(HttpStatusCode.OK);
        // The request runs on the pool: give it real time to reach the pacer (it would be through by then if it did not wait).
        await Task.WhenAny(sameTenant, Task.Delay(TimeSpan.FromMilliseconds(200)));
        sameTenant.IsCompleted.Should().BeFalse("tenant A's budget is spent for this second");
        // On a loaded machine it may start waiting only after a move of the fake clock; move it until it goes (bounded).
        for (var second = 0; second < 50 && !sameTenant.IsCompleted; second++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(sameTenant, Task.Delay(TimeSpan.FromMilliseconds(50)));
        }
        (await sameTenant.WaitAsync(TimeSpan.FromSeconds(30))).StatusCode.Should().Be(HttpStatusCode.OK);
        _pacers.Count.Should().Be(2);
    }

    [Fact]
    public void For_RequestsNamingNoTenantShareOnePacer()
    {
        _pacers.For(null).Should().BeSameAs(_pacers.For(null));
        _pacers.For("t").Should().NotBeSameAs(_pacers.For(null));
        TenantPacers.Single(_pacers.For(null)).For("t").Should().BeSameAs(_pacers.For(null));
    }

    private static Task<HttpResponseMessage> Send(Polly.ResiliencePipeline<HttpResponseMessage> pipeline, string tenant) => Task.Run(() =>
    {
        ConnectorLane.Current = ConnectorLane.Proactive;
        ConnectorTenant.Current = tenant;
        return pipeline.ExecuteAsync(_ => ValueTask.FromResult(new HttpResponseMessage(HttpStatusCode.OK))).AsTask();
    });
}
