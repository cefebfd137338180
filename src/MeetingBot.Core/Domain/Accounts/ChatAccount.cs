using System.Text.Json.Serialization;

namespace MeetingBot.Core.Domain.Accounts;

/// <summary>
/// A person as a chat channel knows them: the channel ("msteams", "slack", "webchat"), the channel's stable id of
/// the account (Teams: the AAD object id; Slack: the user id) and the name shown. Two accounts are the same person
/// when channel and id match, whatever the display name says now.
/// </summary>
public sealed record ChatAccount(string Channel, string AccountId, string DisplayName)
{
    /// <summary>The operator acting from the command line or the host itself (seeding): may do everything.</summary>
    public static ChatAccount System { get; } = new("system", "operator", "系统管理员");

    [JsonIgnore]
    public bool IsSystem => Channel == System.Channel;

    public bool SameAs(ChatAccount other) =>
        string.Equals(Channel, other.Channel, StringComparison.OrdinalIgnoreCase) && AccountId == other.AccountId;

    [JsonIgnore]
    public string Key => $"{Channel}:{AccountId}";

    public override string ToString() => $"{DisplayName} ({Key})";
}
