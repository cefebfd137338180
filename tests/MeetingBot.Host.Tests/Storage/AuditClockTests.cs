using System.Globalization;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Host.Tests.Storage;

/// <summary>The host gives the store its clock: audit rows are ordered by the injected time, never the wall clock.</summary>
public sealed class AuditClockTests
{
    private static readonly DateTimeOffset Start = new(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Fact]
    public async Task Save_AuditKeys_FollowTheHostsInjectedClock()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = new MeetingBotApplication { Clock = clock };
        _ = app.Server;
        var store = app.Services.GetRequiredService<IJointMeetingStore>();
        var demo = (await store.LoadAsync("demo-004"))!;
        clock.Advance(TimeSpan.FromMinutes(5));
        // The action says when it happened; the store orders the rows of one instant by its own clock.
        demo.JointMeeting.Value.AddUnit(ChatAccount.System, "区审计局", [], Start.AddDays(-1));
        await store.SaveAsync(new ChangeSet("demo-004").Update(demo.JointMeeting));

        var rows = await app.Services.GetRequiredService<IEntityTable>().QueryAsync("demo-004", ["x|"]);

        // x|{the entry's own time}|{the store's clock, 19 digits}{random}{index}
        var stored = rows.Select(r => (At: r.RowKey.Split('|')[1], StoredAt: StoredAt(r.RowKey))).ToList();
        stored.Should().ContainSingle(k => k.At == Ticks(Start.AddDays(-1))).Which.StoredAt.Should().BeCloseTo(Start.AddMinutes(5), TimeSpan.FromSeconds(1),
            "the unit's audit entry is keyed by the injected clock at the save, not by the action's time");
        stored.Where(k => k.At != Ticks(Start.AddDays(-1))).Should().NotBeEmpty()
            .And.OnlyContain(k => (k.StoredAt - Start).Duration() < TimeSpan.FromSeconds(1), "the demos were stored at start, by the same clock");
    }

    private static DateTimeOffset StoredAt(string rowKey) =>
        new(long.Parse(rowKey.Split('|')[2][..19], CultureInfo.InvariantCulture), TimeSpan.Zero);

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}
