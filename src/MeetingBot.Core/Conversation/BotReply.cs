using System.Text.Json.Nodes;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Conversation;

/// <summary>A file sent with a message, e.g. a meeting's .ics invitation.</summary>
public sealed record FileAttachment(string Name, string ContentType, byte[] Content);

/// <summary>
/// One message of the bot. <see cref="Text"/> is always set (Markdown: bold, lists, line breaks): it is the whole
/// message, or, with a <see cref="Card"/>, what a client that cannot render cards shows and what notifications
/// preview. Every card action can also be typed, and the text says how.
/// </summary>
public sealed record OutgoingMessage(string Text, JsonObject? Card = null, IReadOnlyList<FileAttachment>? Files = null)
{
    public IReadOnlyList<FileAttachment> Attachments => Files ?? [];
}

/// <summary>A message for one person in their 1:1 chat with the bot (a notice, a report card, an approval request).</summary>
public sealed record Notification(ChatAccount To, OutgoingMessage Message);

/// <summary>What the bot answers to one message: replies in the same conversation, and messages to other people.</summary>
public sealed class BotReply
{
    private readonly List<OutgoingMessage> messages = [];
    private readonly List<Notification> notifications = [];

    public IReadOnlyList<OutgoingMessage> Messages => messages;

    public IReadOnlyList<Notification> Notifications => notifications;

    public void Add(OutgoingMessage message) => messages.Add(message);

    /// <summary>Queues a message for someone else; the same person gets one copy of the same message.</summary>
    public void Notify(ChatAccount to, OutgoingMessage message)
    {
        if (!notifications.Any(n => n.To.SameAs(to) && ReferenceEquals(n.Message, message)))
            notifications.Add(new Notification(to, message));
    }

    /// <summary>A refusal replaces whatever the turn had prepared: nothing of it happened.</summary>
    internal void Clear()
    {
        messages.Clear();
        notifications.Clear();
    }

    /// <summary>All the text of the replies, for logs and tests.</summary>
    public string AllText => string.Join("\n\n", messages.Select(m => m.Text));
}
