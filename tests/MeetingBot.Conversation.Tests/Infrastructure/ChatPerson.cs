using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Conversation.Tests.Infrastructure;

/// <summary>Someone in the in-memory channel: says things, presses card buttons, and receives notifications in their 1:1 chat.</summary>
public sealed class ChatPerson
{
    private readonly ChatHarness harness;

    internal ChatPerson(ChatHarness harness, string name, string channel)
    {
        this.harness = harness;
        Account = new ChatAccount(channel, "id-" + name, name);
        Personal = new ChatConversation(channel, "dm-" + name, ConversationKind.Personal);
    }

    public ChatAccount Account { get; }
    public ChatConversation Personal { get; }

    /// <summary>What the bot sent this person unasked (notices, report cards, approval requests), oldest first.</summary>
    public List<OutgoingMessage> Inbox { get; } = [];

    public string? Locale { get; set; }

    public Task<BotReply> SaysAsync(string text, ChatConversation? where = null) =>
        harness.DeliverAsync(new ChatMessage(Account, where ?? Personal, text, null, Locale));

    /// <summary>
    /// Presses the button titled <paramref name="button"/> on a card (in its actions, ActionSets, or a ShowCard it
    /// unfolds), with inputs filled in as a client would send them: every input's current value (its default,
    /// unless <paramref name="inputs"/> changes it) merged into the button's data. Like Teams and Web Chat, it
    /// refuses to submit while a required input is empty.
    /// </summary>
    public Task<BotReply> PressAsync(OutgoingMessage message, string button, IReadOnlyDictionary<string, string>? inputs = null, ChatConversation? where = null)
    {
        var card = message.Card ?? throw new InvalidOperationException($"The message has no card: {message.Text}");
        var value = CardClient.Submit(card.Json(), button, inputs ?? new Dictionary<string, string>());
        return harness.DeliverAsync(new ChatMessage(Account, where ?? Personal, "", AdaptiveCardSubmissions.Read(value), Locale));
    }

    /// <summary>Sends card data as a client would, but made up: a forged or stale submission.</summary>
    public Task<BotReply> SubmitsAsync(JsonObject value, ChatConversation? where = null) =>
        harness.DeliverAsync(new ChatMessage(Account, where ?? Personal, "", AdaptiveCardSubmissions.Read(value), Locale));

    /// <summary>Sends a button's data as the bot built it, without pressing a card: a stale or replayed submission.</summary>
    public Task<BotReply> SubmitsAsync(CardSubmission value, ChatConversation? where = null) => SubmitsAsync(value.Json(), where);

    /// <summary>The newest message in the inbox whose text contains <paramref name="fragment"/>.</summary>
    public OutgoingMessage Received(string fragment) =>
        Inbox.LastOrDefault(m => m.Text.Contains(fragment, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"{Account.DisplayName} received nothing containing \"{fragment}\"; the inbox holds:\n{string.Join("\n---\n", Inbox.Select(m => m.Text))}");
}
