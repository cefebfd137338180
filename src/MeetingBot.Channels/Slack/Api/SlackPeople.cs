using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace MeetingBot.Channels.Slack.Api;

/// <summary>
/// People's names as Slack shows them (users.info), for the conversation's replies and the convenor's lists.
/// Kept for an hour per person; when Slack cannot say, the user id stands in (the account is the id, never the name).
/// </summary>
public sealed class SlackPeople(SlackApiClient api, TimeProvider time)
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (string? Name, string? Locale, DateTimeOffset At)> _names = new(StringComparer.Ordinal);

    public sealed record Person(string? Name, string? Locale, bool IsBot);

    public async Task<Person> FindAsync(string user, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_names.TryGetValue(user, out var known) && now - known.At < Keep) return new Person(known.Name, known.Locale, false);
        try
        {
            // A read method: Slack takes its arguments from a form, not a JSON body.
            var answer = await api.CallFormAsync("users.info", new Dictionary<string, string> { ["user"] = user, ["include_locale"] = "true" }, cancellationToken);
            var who = answer["user"] as JsonObject;
            var profile = who?["profile"] as JsonObject;
            var name = Present(profile?["display_name"]) ?? Present(profile?["real_name"]) ?? Present(who?["real_name"]) ?? Present(who?["name"]);
            var locale = Present(who?["locale"]);
            if (_names.Count > 50_000) _names.Clear();
            _names[user] = (name, locale, now);
            return new Person(name, locale, who?["is_bot"]?.GetValue<bool>() == true);
        }
        catch (SlackApiException)
        {
            return new Person(null, null, false);
        }
    }

    private static string? Present(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue(out string? text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
