using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.TestPeers.Slack;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Host.Tests.Bot.SlackRequestsBuilder;

namespace MeetingBot.Host.Tests.Bot;

/// <summary>A card pressed in Slack is updated in place (chat.update of the very message) to its used form, without buttons.</summary>
public sealed class SlackUsedCardTests : IAsyncLifetime
{
    private StubSlackApi _slack = null!;

    public async Task InitializeAsync() => _slack = await StubSlackApi.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task ApprovingAJoinRequestByItsButton_UpdatesThatMessageInPlace_WithNoButtonsLeft()
    {
        await using var app = new MeetingBotApplication
        {
            Settings = new Dictionary<string, string?>
            {
                ["Slack:SigningSecret"] = SigningSecret,
                ["Slack:BotToken"] = _slack.BotToken,
                ["Slack:ApiBaseUrl"] = _slack.ApiBaseUrl,
            },
        };
        var client = app.CreateClient();
        var idle = () => app.Services.GetRequiredService<BackgroundWork>().WhenIdle;
        _slack.Names["U0CONV"] = "张召集";
        _slack.Names["U0FIN"] = "财政联络员";

        // The convenor creates the joint meeting in the group; a contact asks to join there.
        await client.SendAsync(Event(Envelope("EvUC01", Mention("U0CONV", "C0VOC", "创建联席会议 002", "1700000010.000100"))));
        await idle();
        await client.SendAsync(Event(Envelope("EvUC02", Mention("U0FIN", "C0VOC", "我是区财政局联络员", "1700000011.000100"))));
        await idle();

        // The approval card reaches the convenor's DM with its buttons.
        var card = await _slack.WaitForAsync("chat.postMessage", b => b["channel"]?.GetValue<string>() == "DU0CONV" && Buttons(b).Any());
        var approve = Buttons(card.Body).First(b => b["text"]!["text"]!.GetValue<string>() == "批准");
        var ts = "1700000099.000001"; // the ts Slack gave the card's message, as block_actions carries it back
        _slack.Clear();

        (await client.SendAsync(Interaction(new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = StubSlackApi.TeamId },
            ["user"] = new JsonObject { ["id"] = "U0CONV", ["team_id"] = StubSlackApi.TeamId },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = "DU0CONV", ["is_ephemeral"] = false },
            ["channel"] = new JsonObject { ["id"] = "DU0CONV" },
            ["message"] = new JsonObject { ["ts"] = ts, ["blocks"] = card.Body["blocks"]!.DeepClone() },
            ["trigger_id"] = "trigger-uc",
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = approve["action_id"]!.DeepClone(), ["value"] = approve["value"]!.DeepClone() }),
        }))).IsSuccessStatusCode.Should().BeTrue();
        await idle();

        var update = _slack.CallsOf("chat.update").Should().ContainSingle("the pressed card is updated once").Subject;
        update.Token.Should().Be(_slack.BotToken);
        update.Body["channel"]!.GetValue<string>().Should().Be("DU0CONV");
        update.Body["ts"]!.GetValue<string>().Should().Be(ts);
        Buttons(update.Body).Should().BeEmpty("a used card cannot be pressed again");
        update.Body["text"]!.GetValue<string>().Should().Contain("已批准 财政联络员");
        _slack.CallsOf("chat.postMessage").Should().Contain(c => c.Body["channel"]!.GetValue<string>() == "DU0CONV", "the answer still follows");

        // Pressing the old card again (a stale copy) changes nothing and updates nothing.
        var before = _slack.CallsOf("chat.update").Count;
        _slack.Clear();
        await client.SendAsync(Interaction(new JsonObject
        {
            ["type"] = "block_actions",
            ["team"] = new JsonObject { ["id"] = StubSlackApi.TeamId },
            ["user"] = new JsonObject { ["id"] = "U0CONV", ["team_id"] = StubSlackApi.TeamId },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = "DU0CONV", ["is_ephemeral"] = false },
            ["channel"] = new JsonObject { ["id"] = "DU0CONV" },
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = approve["action_id"]!.DeepClone(), ["value"] = approve["value"]!.DeepClone() }),
        }));
        await idle();
        before.Should().Be(1);
        _slack.CallsOf("chat.update").Should().BeEmpty("a decided request has no card to spend again");
    }

    private static IEnumerable<JsonObject> Buttons(JsonObject body) =>
        (body["blocks"] as JsonArray ?? []).OfType<JsonObject>()
            .SelectMany(b => (b["elements"] as JsonArray ?? []).OfType<JsonObject>().Concat(b["accessory"] is JsonObject a ? [a] : []))
            .Where(e => e["type"]?.GetValue<string>() == "button");
}
