using System.Collections.Concurrent;
using System.Diagnostics;

namespace MeetingBot.TestPeers.Connector;

/// <summary>
/// Admits or refuses requests under one set of ThrottleLimits. Refused requests do not use up capacity, so a client
/// that waits Retry-After gets through. Lock order is always the app's windows, then the conversation's.
/// </summary>
internal sealed class Throttle(ThrottleLimits limits)
{
    private readonly SlidingWindows global = new(limits.Global);
    private readonly ConcurrentDictionary<(string Conversation, bool Send), SlidingWindows> conversations = new();

    public ThrottleLimits Limits { get; } = limits;

    public bool TryAdmit(ConnectorOperation operation, string? conversationId)
    {
        var perConversation = Windows(operation, conversationId);
        var now = Stopwatch.GetTimestamp();
        lock (global)
        {
            if (perConversation is null)
            {
                if (!global.HasRoom(now))
                    return false;
                global.Add(now);
                return true;
            }
            lock (perConversation)
            {
                if (!global.HasRoom(now) || !perConversation.HasRoom(now))
                    return false;
                global.Add(now);
                perConversation.Add(now);
                return true;
            }
        }
    }

    private SlidingWindows? Windows(ConnectorOperation operation, string? conversationId)
    {
        bool? send = operation switch
        {
            ConnectorOperation.SendToConversation or ConnectorOperation.ReplyToActivity
                or ConnectorOperation.UpdateActivity or ConnectorOperation.DeleteActivity => true,
            ConnectorOperation.GetMembers or ConnectorOperation.GetMember or ConnectorOperation.GetPagedMembers => false,
            _ => null,
        };
        if (send is null || conversationId is null)
            return null;
        return conversations.GetOrAdd((conversationId, send.Value),
            key => new SlidingWindows(key.Send ? Limits.PerConversationSends : Limits.PerConversationReads));
    }
}
