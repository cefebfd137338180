namespace MeetingBot.Channels.Slack.Api;

/// <summary>
/// A Web API call that did not succeed: Slack's own error code (<c>ok: false</c>), or an HTTP status or network
/// failure past the retries. <see cref="Permanent"/> when the same call can never succeed (the channel is gone, the
/// person deactivated, the bot not in the channel): the message is recorded as undelivered and not tried again.
/// </summary>
public sealed class SlackApiException(string method, string error, bool permanent, int attempts, Exception? inner = null)
    : Exception($"Slack {method}: {error}", inner)
{
    public string Method { get; } = method;

    /// <summary>Slack's error code (channel_not_found, ratelimited…) or "http_503", "network".</summary>
    public string Error { get; } = error;

    public bool Permanent { get; } = permanent;

    public int Attempts { get; } = attempts;

    /// <summary>Errors about the conversation or the person, which no retry changes.</summary>
    public static readonly IReadOnlySet<string> PermanentErrors = new HashSet<string>(StringComparer.Ordinal)
    {
        "not_in_channel", "channel_not_found", "account_inactive", "user_not_found", "users_not_found", "is_archived",
        "cannot_dm_bot", "messages_tab_disabled", "user_disabled", "restricted_action", "user_not_in_channel",
        "invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "too_many_attachments", "message_not_found",
        "cant_update_message", "edit_window_closed", "view_too_large", "expired_trigger_id", "invalid_trigger_id",
        "exchanged_trigger_id", "not_found", "invalid_arguments", "team_access_not_granted", "channel_is_archived",
    };
}
