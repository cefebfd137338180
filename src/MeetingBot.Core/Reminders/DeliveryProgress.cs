using System.Text.Encodings.Web;
using System.Text.Json;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Reminders;

/// <summary>Someone a reminder did not reach, and why (the channel's words).</summary>
public sealed record MissedRecipient(string Account, string Name, string Reason);

/// <summary>
/// How far a reminder's delivery got, kept in the ledger record's detail between attempts: how many attempts,
/// who has it already (not sent to again), who cannot be reached (final) and whom the last attempt failed to reach.
/// </summary>
public sealed record DeliveryProgress(int Attempts, IReadOnlyList<string> Delivered, IReadOnlyList<MissedRecipient> Unreachable, IReadOnlyList<MissedRecipient> Failed)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static DeliveryProgress None { get; } = new(0, [], [], []);

    /// <summary>Already delivered, or known unreachable: not tried again.</summary>
    public bool IsSettled(ChatAccount to) =>
        Delivered.Contains(to.Key) || Unreachable.Any(u => u.Account == to.Key);

    /// <summary>Read from a ledger detail; a claim without one (first attempt, or a stopped instance's) has none.</summary>
    public static DeliveryProgress Read(string? detail)
    {
        if (detail is null || !detail.StartsWith('{')) return None;
        try
        {
            return JsonSerializer.Deserialize<DeliveryProgress>(detail, Json) ?? None;
        }
        catch (JsonException)
        {
            return None;
        }
    }

    public string Write() => JsonSerializer.Serialize(this, Json);
}
