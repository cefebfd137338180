using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Conversation.Tests.Cards;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Meetings;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Core.Domain.Reminders;
using MeetingBot.Core.Messaging;
using MeetingBot.Core.Policy;
using MeetingBot.Core.Policy.Files;
using MeetingBot.Core.Reminders;
using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.People;
using MeetingBot.Storage.Reminders;
using MeetingBot.TestPeers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Conversation.Tests.Infrastructure;

/// <summary>
/// An in-memory chat channel in front of the real turn handler and the embedded (SQLite) store in a fresh folder,
/// on a clock the test moves. People say things in their 1:1 chat or in a group; notifications land in the
/// addressee's inbox, and so do reminders, through <see cref="Channel"/> (standing in for Teams). Every card the bot sends, in replies or notifications, must pass the Adaptive Card rules.
/// </summary>
public sealed class ChatHarness : IDisposable
{
    /// <summary>Monday 2 March 2026, 09:00 in Beijing.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>Characters of one message's text: 16,000 Chinese characters are 48 KB in UTF-8.</summary>
    public const int MaxTextLength = 16_000;

    private static readonly Lazy<PolicyCatalog> Seeds = new(() =>
        new PolicyCatalog(PolicyLibrary.Load(Path.Combine(RepoRoot.Find(), "seeds")).Documents));

    private readonly string folder = Path.Combine(Path.GetTempPath(), "meetingbot-chat-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, ChatPerson> people = [];
    private readonly Lock gate = new(); // reminders are delivered concurrently

    /// <param name="ownCatalog">A catalog of this harness's own (a copy of the seeds), for tests that import documents into it.</param>
    /// <param name="invitations">Who meeting invitations name as organizer and attendees; the reserved default otherwise.</param>
    /// <param name="storeSeenByTheBot">Wraps the store the bot's handler works on (e.g. to run another request just before a save); <see cref="Store"/> stays the store itself.</param>
    public ChatHarness(DateTimeOffset? start = null, bool ownCatalog = false, InvitationAddresses? invitations = null, Func<IJointMeetingStore, IJointMeetingStore>? storeSeenByTheBot = null)
    {
        Directory.CreateDirectory(folder);
        Clock = new FakeTimeProvider(start ?? DefaultStart);
        var table = SqliteEntityTableFactory.Create(folder);
        Store = new EntityJointMeetingStore(table, Clock);
        Store.InitializeAsync().GetAwaiter().GetResult();
        Ledger = new EntityReminderLedger(table);
        DueIndex = new EntityReminderDueIndex(table);
        Languages = new EntityPersonLanguages(table);
        Catalog = ownCatalog ? new PolicyCatalog(Seeds.Value.Documents) : Seeds.Value;
        // The directory as the host composes it: the store's lookups and person memory, not lists in memory.
        // The hints backfilled as a host does it at start (a new store: at once), so lookups read one partition each.
        Lookup = new EntityJointMeetingLookup(table, Clock);
        Lookup.BackfillHintsAsync().GetAwaiter().GetResult();
        var directory = new JointMeetingDirectory(Store, Clock, Lookup, new EntityPersonMemory(table));
        Handler = MeetingBotConversation.Create(storeSeenByTheBot?.Invoke(Store) ?? Store, Catalog, AdaptiveCardBudget.Instance, Clock, directory, reminders: Ledger, people: Languages, policyFiles: PolicyFiles, invitations: invitations);
        Channel = new RecordingChannel(this, "msteams");
    }

    public FakeTimeProvider Clock { get; }
    public IJointMeetingStore Store { get; }

    /// <summary>The store's lookups, as the directory uses them.</summary>
    public EntityJointMeetingLookup Lookup { get; }
    public ConversationHandler Handler { get; }
    public PolicyCatalog Catalog { get; }

    /// <summary>The originals of documents imported in chat, and the files waiting for confirmation.</summary>
    public InMemoryPolicyFileStore PolicyFiles { get; } = new();

    /// <summary>The languages people chat in, in the same store.</summary>
    public EntityPersonLanguages Languages { get; }

    /// <summary>The reminder ledger in the same store.</summary>
    public IReminderLedger Ledger { get; }

    /// <summary>When each joint meeting is next due for a sweep, in the same store.</summary>
    public IReminderDueIndex DueIndex { get; }

    /// <summary>The channel reminders go out through (the persons' channel, "msteams"); it can be told to fail.</summary>
    public RecordingChannel Channel { get; }

    /// <summary>
    /// A reminder dispatcher of a bot instance over this harness's store: by default the instance the harness is;
    /// <paramref name="separateInstance"/> opens the same data folder again, as a second host of the bot would.
    /// </summary>
    /// <param name="ledgerSeen">Wraps the ledger this instance works on (e.g. to count its claims).</param>
    public ReminderDispatcher Reminders(string owner = "host-a", bool separateInstance = false, ReminderDispatchOptions? options = null, IReminderPlanner? planner = null,
        Func<IReminderLedger, IReminderLedger>? ledgerSeen = null)
    {
        var (store, ledger, dueIndex) = separateInstance ? OpenAgain() : (Store, Ledger, DueIndex);
        return new ReminderDispatcher(store, ledgerSeen?.Invoke(ledger) ?? ledger, dueIndex, Catalog, planner ?? new ReminderPlanner(Languages), new Notifier([Channel]), Clock,
            (options ?? new ReminderDispatchOptions()) with { Owner = owner }, NullLogger<ReminderDispatcher>.Instance);
    }

    /// <summary>The people's languages as another instance (or this one after a restart) reads them from the store.</summary>
    public async Task<EntityPersonLanguages> LanguagesAfterRestartAsync()
    {
        var again = new EntityPersonLanguages(SqliteEntityTableFactory.Create(folder));
        await again.LoadAsync(CancellationToken.None);
        return again;
    }

    /// <summary>The joint-meeting store of another instance on this harness's data folder, its engine wrapped by <paramref name="engine"/> (e.g. to crash in the middle of a save).</summary>
    public IJointMeetingStore StoreOfAnotherInstance(Func<MeetingBot.Storage.Entities.IEntityTable, MeetingBot.Storage.Entities.IEntityTable> engine)
    {
        var table = SqliteEntityTableFactory.Create(folder);
        table.InitializeAsync().GetAwaiter().GetResult();
        return new EntityJointMeetingStore(engine(table), Clock);
    }

    private (IJointMeetingStore, IReminderLedger, IReminderDueIndex) OpenAgain()
    {
        var table = SqliteEntityTableFactory.Create(folder);
        table.InitializeAsync().GetAwaiter().GetResult();
        return (new EntityJointMeetingStore(table, Clock), new EntityReminderLedger(table), new EntityReminderDueIndex(table));
    }

    /// <summary>Notifications addressed to someone this harness does not know.</summary>
    public List<Notification> Undelivered { get; } = [];

    /// <summary>Every message the bot sent (replies and notifications), in order: what a transcript shows.</summary>
    public List<OutgoingMessage> Transcript { get; } = [];

    // Keyed by the account's key, as notifications are addressed.
    public ChatPerson Person(string name, string channel = "msteams")
    {
        var person = new ChatPerson(this, name, channel);
        return people.TryGetValue(person.Account.Key, out var known) ? known : people[person.Account.Key] = person;
    }

    public ChatConversation Group(string name, string channel = "msteams") =>
        new(channel, $"group-{name}", ConversationKind.Group, name);

    /// <summary>A file sent by <paramref name="from"/> with <paramref name="text"/>, as any channel hands it over.</summary>
    public Task<BotReply> SendsFileAsync(ChatPerson from, string fileName, byte[] content, string text = "", ChatConversation? where = null, long? declaredLength = null) =>
        DeliverAsync(new ChatMessage(from.Account, where ?? from.Personal, text, null, from.Locale,
            [new ChatAttachment(fileName, null, declaredLength ?? content.Length, (max, _) => content.Length > max
                ? throw new ChatAttachmentException($"larger than {max} bytes", tooLarge: true)
                : Task.FromResult(content))]));

    internal async Task<BotReply> DeliverAsync(ChatMessage message)
    {
        var reply = await Handler.HandleAsync(message);
        foreach (var sent in reply.Messages)
        {
            Check(sent);
            Transcript.Add(sent);
        }
        foreach (var notification in reply.Notifications)
            if (!Receive(notification)) Undelivered.Add(notification);
        return reply;
    }

    /// <summary>Puts a notification in its addressee's inbox; false when the harness knows no such person.</summary>
    internal bool Receive(Notification notification)
    {
        Check(notification.Message);
        lock (gate)
        {
            Transcript.Add(notification.Message);
            // People are known by channel and name; a notification names the account (channel and id).
            if (people.Values.FirstOrDefault(p => p.Account.SameAs(notification.To)) is not { } person) return false;
            person.Inbox.Add(notification.Message);
            return true;
        }
    }

    private static void Check(OutgoingMessage message)
    {
        message.Text.Should().NotBeNullOrWhiteSpace("every message has text, also for clients that do not render cards");
        // Teams takes about 80 KB of a message; with a card beside it (up to 28 KB) the text must stay well under.
        message.Text.Length.Should().BeLessThanOrEqualTo(MaxTextLength, "long answers are paged or split");
        if (message.Card is { } card) AdaptiveCardRules.Require(card);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
