using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Domain.JointMeetings;

/// <summary>
/// A chat conversation (a Teams channel or group chat, a Slack channel) that works for one joint meeting: what is
/// said there is about that joint meeting, and its notices may be posted there.
/// </summary>
public sealed record BoundConversation(string Channel, string ConversationId, string? Name, ChatAccount BoundBy, DateTimeOffset At)
{
    public bool Is(string channel, string conversationId) =>
        string.Equals(Channel, channel, StringComparison.OrdinalIgnoreCase) && ConversationId == conversationId;
}
