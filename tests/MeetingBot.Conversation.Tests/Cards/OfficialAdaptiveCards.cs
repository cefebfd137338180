using System.Diagnostics;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.TestPeers;

namespace MeetingBot.Conversation.Tests.Cards;

/// <summary>
/// Checks cards with the official Adaptive Cards JavaScript SDK (npm adaptivecards, the one Web Chat renders with,
/// installed with tools/webchat by the build): what it reports when it parses and validates a card, e.g. a lang of
/// "zh-CN". Runs Node on validate-adaptive-cards.js; fails loudly when Node or the SDK is missing.
/// </summary>
public static class OfficialAdaptiveCards
{
    /// <summary>The message's card as Teams and Web Chat get it: with the lines of its text it does not show.</summary>
    public static JsonObject AsSent(OutgoingMessage message) => AdaptiveCardRenderer.Render(CardCovering.Of(message));

    /// <summary>Every problem the SDK reports, as "card n: message", empty when it accepts them all.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(IReadOnlyList<JsonObject> cards)
    {
        var root = RepoRoot.Find();
        var file = Path.Combine(Path.GetTempPath(), $"meetingbot-cards-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, new JsonArray([.. cards.Select(c => (JsonNode)c.DeepClone())]).ToJsonString());
        try
        {
            var script = Path.Combine(root, "tests", "MeetingBot.Conversation.Tests", "Cards", "validate-adaptive-cards.js");
            using var node = Process.Start(new ProcessStartInfo("node", [script, file, root])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            }) ?? throw new InvalidOperationException("Node.js could not be started; the card check needs it (the build needs it too).");
            var output = await node.StandardOutput.ReadToEndAsync();
            var errors = await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            if (node.ExitCode != 0)
                throw new InvalidOperationException($"The Adaptive Cards SDK check did not run (exit {node.ExitCode}): {errors}");
            return [.. JsonNode.Parse(output)!.AsArray().SelectMany(p =>
                p!["messages"]!.AsArray().Select(m => $"card {p["index"]}: {m}\n{cards[p["index"]!.GetValue<int>()].ToJsonString()}"))];
        }
        finally
        {
            File.Delete(file);
        }
    }
}
