using System.Text.Json;
using System.Text.Json.Nodes;

namespace MeetingBot.TestPeers.Connector;

/// <summary>
/// One request the stub connector received. Path is the raw path as sent (ids still escaped, no query);
/// ConversationId and ActivityId are unescaped. Status is what the stub answered, 0 when it never answered (a hang
/// or an aborted connection). Body is "" when the stub does not record bodies.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string? ConversationId,
    string? ActivityId,
    string? Authorization,
    string? ContentType,
    string Body,
    DateTimeOffset At,
    int Status)
{
    /// <summary>The query string as sent, with its '?', or "".</summary>
    public string Query { get; init; } = "";

    public ConnectorOperation Operation { get; init; }

    /// <summary>The member id of a get-one-member request, unescaped.</summary>
    public string? MemberId { get; init; }

    /// <summary>Arrival order, from 1; requests answered out of order are still listed in this order.</summary>
    public long Sequence { get; init; }

    /// <summary>The body parsed as JSON; null when it is empty or not JSON.</summary>
    public JsonNode? Json
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Body))
                return null;
            try
            {
                return JsonNode.Parse(Body);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>One line for failure messages: "POST /v3/conversations/a%3A1/activities → 200".</summary>
    public string Describe() => $"#{Sequence} {Method} {Path}{Query} → {(Status == 0 ? "no answer" : Status.ToString())}";
}
