using System.Net;
using System.Text.Json.Nodes;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.TestPeers.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>
/// Three hosts on one store, a load balancer sending each message of one conversation to the next host: the person's
/// choice of joint meeting made on one host is what the others answer from (on the embedded store and on Azurite).
/// </summary>
public sealed class RoundRobinTests : IAsyncLifetime
{
    private readonly TempFolder _data = new();
    private TeamsPeers _teams = null!;
    private int _activity;

    public async Task InitializeAsync()
    {
        _teams = await TeamsPeers.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _teams.DisposeAsync();
        _data.Dispose();
    }

    [Theory]
    [InlineData("Embedded")]
    [InlineData("AzureTables")]
    public async Task Conversation_AcrossThreeHosts_FollowsThePersonsChoiceWhereverItWasMade(string engine)
    {
        await using var azurite = engine == "AzureTables" ? await AzuriteServer.StartAsync() : null;
        var table = "rr" + Guid.NewGuid().ToString("N")[..12];
        await using var first = Host(engine, azurite, table);
        await using var second = Host(engine, azurite, table);
        await using var third = Host(engine, azurite, table);
        MeetingBotApplication[] hosts = [first, second, third];
        foreach (var host in hosts) _ = host.Server;

        await SayAsync(first, "创建联席会议 002");
        await SayAsync(second, "创建联席会议 003");
        var all = await first.Services.GetRequiredService<IJointMeetingStore>().ListAsync();
        all.Should().HaveCount(2);
        var (a, b) = (all[0].Value, all[1].Value);

        // Each step on the next host; a host that remembered choices in its own memory would answer the earlier one.
        (await SayAsync(third, $"使用 {a.Id}")).Should().Contain(a.Id);
        (await SayAsync(second, "成员单位")).Should().Contain($"**{a.Name}** 的成员单位");
        (await SayAsync(first, $"使用 {b.Id}")).Should().Contain(b.Id);
        (await SayAsync(second, "成员单位")).Should().Contain($"**{b.Name}** 的成员单位");
        (await SayAsync(third, "成员单位")).Should().Contain($"**{b.Name}** 的成员单位");

        // And after every host restarted.
        await using var restarted = Host(engine, azurite, table);
        (await SayAsync(restarted, "成员单位")).Should().Contain($"**{b.Name}** 的成员单位");
    }

    [Theory]
    [InlineData("Embedded")]
    [InlineData("AzureTables")]
    public async Task TypedMore_OnAnotherHostAndAfterARestart_ContinuesTheLongAnswerWhereItStood(string engine)
    {
        await using var azurite = engine == "AzureTables" ? await AzuriteServer.StartAsync() : null;
        var table = "rr" + Guid.NewGuid().ToString("N")[..12];
        await using var first = Host(engine, azurite, table);
        await using var second = Host(engine, azurite, table);

        var answer = await SayAsync(first, "谁负责职业教育");
        var (page, pages) = Pager(answer);
        (page, pages >= 3).Should().Be((1, true), "the answer is long: " + answer);
        Pager(await SayAsync(second, "更多")).Should().Be((2, pages), "the position the first host kept is in the store");

        await first.DisposeAsync();
        await second.DisposeAsync();
        await using var restarted = Host(engine, azurite, table);
        Pager(await SayAsync(restarted, "更多")).Should().Be((3, pages), "and survives a restart of every host");
    }

    // "第 2/5 页，共 47 项。": the page shown and how many there are.
    private static (int Page, int Pages) Pager(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"第 (\d+)/(\d+) 页");
        match.Success.Should().BeTrue("a page of a long answer: " + text);
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private MeetingBotApplication Host(string engine, AzuriteServer? azurite, string table) => new()
    {
        Settings = new Dictionary<string, string?>(_teams.BotSettings())
        {
            ["Storage:Provider"] = engine,
            ["Storage:DataPath"] = _data.Path,
            ["Storage:ConnectionString"] = azurite?.ConnectionString,
            ["Storage:TableName"] = azurite is null ? null : table,
            ["Storage:SeedDemo"] = "false",
            ["Reminders:Enabled"] = "false",
        },
    };

    /// <summary>Says it in the person's 1:1 through <paramref name="host"/>; the text of the bot's reply.</summary>
    private async Task<string> SayAsync(MeetingBotApplication host, string text)
    {
        _teams.Connector.Clear();
        var id = $"f:{Interlocked.Increment(ref _activity)}";
        (await _teams.PostAsync(host, Message(id, text))).StatusCode.Should().Be(HttpStatusCode.OK);
        var reply = (await _teams.Connector.WaitForRequestAsync(r => r.Json?["replyToId"]?.GetValue<string>() == id)).Json!;
        return reply["text"]?.GetValue<string>() ?? reply["summary"]?.GetValue<string>() ?? "";
    }

    private JsonObject Message(string id, string text) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = _teams.Connector.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:convenor", ["name"] = "张召集", ["aadObjectId"] = "6c1f0a52-0000-4000-8000-0000000000aa" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + TeamsPeers.AppId, ["name"] = "联席会议助手" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-rr", ["conversationType"] = "personal", ["tenantId"] = TeamsPeers.Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TeamsPeers.Tenant } },
        ["locale"] = "zh-CN",
        ["text"] = text,
    };
}
