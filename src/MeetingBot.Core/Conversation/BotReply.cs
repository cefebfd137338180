using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Conversation;

/// <summary>A file sent with a message, e.g. a meeting's .ics invitation.</summary>
public sealed record FileAttachment(string Name, string ContentType, byte[] Content)
{
    /// <summary>
    /// Where the host can make the file again from the store (e.g. a round's brief), for a file too large to travel
    /// inside a link: the link then names this instead. Null: the file exists only as <see cref="Content"/>.
    /// </summary>
    public string? Source { get; init; }
}

/// <summary>
/// One message of the bot. <see cref="Text"/> is always set (Markdown: bold, lists, line breaks): it is the whole
/// message, or, with a <see cref="Card"/>, what a client that cannot render cards shows and what notifications
/// preview. Every card action can also be typed, and the text says how.
/// </summary>
public sealed record OutgoingMessage(string Text, Card? Card = null, IReadOnlyList<FileAttachment>? Files = null)
{
    public IReadOnlyList<FileAttachment> Attachments => Files ?? [];

    /// <summary>
    /// The language it is written in, for the few words a channel adds around it (a file's link); set by the turn
    /// for what it sends, and by whoever composes a notification. A card knows its own.
    /// </summary>
    public Lang? Lang { get; init; }

    /// <summary>The language of the words a channel adds: its card's (they go on the card), the message's, else Chinese.</summary>
    public Lang Language => Card?.Lang ?? Lang ?? global::MeetingBot.Core.Conversation.Lang.Zh;
}

/// <summary>A message for one person in their 1:1 chat with the bot (a notice, a report card, an approval request).</summary>
public sealed record Notification(ChatAccount To, OutgoingMessage Message);

/// <summary>
/// A used card as it stays in the chat: <paramref name="Message"/> replaces it (the same card's title and facts, what
/// was done, by whom and when, and no buttons); <paramref name="Quote"/> names it in one line for the answer.
/// </summary>
public sealed record UsedCard(string Quote, OutgoingMessage Message);

/// <summary>What the bot answers to one message: replies in the same conversation, and messages to other people.</summary>
public sealed class BotReply(Lang lang)
{
    private readonly List<OutgoingMessage> messages = [];
    private readonly List<Notification> notifications = [];

    /// <summary>The language the person is answered in (detected once, by the turn).</summary>
    public Lang Lang { get; } = lang;

    /// <summary>The joint meeting the turn was about, when one was found (for logs and telemetry).</summary>
    public string? JointMeetingId { get; internal set; }

    public IReadOnlyList<OutgoingMessage> Messages => messages;

    public IReadOnlyList<Notification> Notifications => notifications;

    /// <summary>What the card whose button was pressed becomes (what was done, by whom, no buttons), or null.</summary>
    public UsedCard? PressedCard { get; private set; }

    /// <summary>Records what the pressed card becomes; the first reply then quotes it (see <see cref="QuotePressedCard"/>).</summary>
    public void ReplacePressedCard(UsedCard used) => PressedCard = used;

    /// <summary>
    /// Starts the first reply with a quote of the card it answers: the card may be far up the chat, and the answer
    /// comes at the bottom. A reply with a card of its own shows the quote on it too (see <see cref="Cards.CardCovering"/>).
    /// </summary>
    internal void QuotePressedCard()
    {
        if (PressedCard is not { } used || messages.Count == 0) return;
        messages[0] = messages[0] with { Text = Replies.Quote(Lang, used.Quote) + messages[0].Text };
    }

    public void Add(OutgoingMessage message) => messages.Add(message);

    /// <summary>Queues a message for someone else; the same person gets one copy of the same message.</summary>
    public void Notify(ChatAccount to, OutgoingMessage message)
    {
        if (!notifications.Any(n => n.To.SameAs(to) && n.Message == message))
            notifications.Add(new Notification(to, message));
    }

    /// <summary>A refusal replaces whatever the turn had prepared: nothing of it happened.</summary>
    internal void Clear()
    {
        messages.Clear();
        notifications.Clear();
        PressedCard = null;
    }

    /// <summary>All the text of the replies, for logs and tests.</summary>
    public string AllText => string.Join("\n\n", messages.Select(m => m.Text));
}
