using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.TestPeers.Connector;

namespace MeetingBot.ReminderBench;

/// <summary>
/// Someone writes to the bot during the fan-out: a Teams 1:1 message posted to /api/messages (local mode, loopback),
/// timed until its answer reaches the stub Connector. The answer goes in the turn lane, the reminders in the
/// proactive lane: it must not wait behind them.
/// </summary>
internal sealed class IncomingProbe(HttpClient bot, StubConnector connector)
{
    private int number;

    public async Task<TimeSpan> AskAsync(string text)
    {
        var n = Interlocked.Increment(ref number);
        var conversation = $"a:bench-incoming-{n}";
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = $"incoming-{n}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = connector.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = $"29:bench-person-{n}", ["name"] = "王芳", ["aadObjectId"] = $"aad-bench-person-{n}" },
            ["recipient"] = new JsonObject { ["id"] = Seeding.BotId, ["name"] = "MeetingBot" },
            ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = Seeding.TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Seeding.TenantId } },
            ["locale"] = "zh-CN",
            ["text"] = text,
        };
        var clock = Stopwatch.StartNew();
        using var response = await bot.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        if (!response.IsSuccessStatusCode) throw new BenchFailure($"the incoming message was answered HTTP {(int)response.StatusCode}");
        await connector.WaitForRequestAsync(r => r.ConversationId == conversation && r.Status == 200, TimeSpan.FromSeconds(60));
        return clock.Elapsed;
    }
}

internal sealed class BenchFailure(string message) : Exception(message);
