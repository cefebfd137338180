using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;

namespace MeetingBot.Channels.Tests.Infrastructure;

/// <summary>What the bot saw, for assertions: the interpreted texts and every turn's activity type.</summary>
public sealed class BotProbe
{
    public ConcurrentQueue<string> Texts { get; } = new();
    public ConcurrentQueue<string> Events { get; } = new();
    public int Turns;
}

/// <summary>A bot whose behaviour the message text picks: echo by default, and a word for each path under test.</summary>
public sealed class ScriptedBot(BotProbe probe) : ActivityHandler
{
    public const string LongTextLine = "今年新增双师型教师23名，完成校企合作项目4个。";

    protected override async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref probe.Turns);
        probe.Texts.Enqueue(turn.Text);
        switch (turn.Text)
        {
            case "boom":
                throw new InvalidOperationException("scripted failure");
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
                await turn.SendTextAsync("slow done", cancellationToken);
                return;
            case "background":
                turn.RunInBackground(async (later, ct) =>
                {
                    await Task.Delay(200, ct);
                    await later.SendTextAsync("background done", ct);
                });
                await turn.SendTextAsync("working on it", cancellationToken);
                return;
            case "edit":
                var sent = await turn.SendTextAsync("草稿", cancellationToken);
                await turn.UpdateAsync(sent.ActivityId!, new Activity { Text = "定稿" }, cancellationToken);
                return;
            case "undo":
                var mistaken = await turn.SendTextAsync("发错了", cancellationToken);
                await turn.DeleteAsync(mistaken.ActivityId!, cancellationToken);
                return;
            case "long":
                await turn.SendTextAsync(string.Concat(Enumerable.Repeat(LongTextLine + "\n", 3000)), cancellationToken);
                return;
            case "huge card":
                var body = new JsonArray(Enumerable.Range(0, 3000).Select(_ => (JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = LongTextLine }).ToArray());
                var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = body };
                await turn.SendAsync(new Activity { Attachments = [Attachment.AdaptiveCard(card)] }, cancellationToken);
                return;
            default:
                await turn.SendTextAsync($"echo: {turn.Text}", cancellationToken);
                return;
        }
    }

    protected override Task OnBotAddedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        probe.Events.Enqueue("bot added");
        return Task.CompletedTask;
    }

    protected override Task OnBotRemovedAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        probe.Events.Enqueue("bot removed");
        return Task.CompletedTask;
    }

    protected override Task<InvokeResponse> OnAdaptiveCardActionAsync(string? verb, JsonNode? data, ITurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult(verb == "confirm"
            ? InvokeResponse.Message($"confirmed {data?["round"]}")
            : InvokeResponse.Error(400, "UnknownVerb", $"unknown verb {verb}"));
}
