using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Rendering;
using MeetingBot.Channels.Teams;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Help;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging.OfferedFiles;
using MeetingBot.Storage.Embedded;
using MeetingBot.Storage.JointMeetings;
using MeetingBot.Storage.OfferedFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.Infrastructure;

/// <summary>
/// The real conversation handler (help included, over the embedded store in a temporary folder) with one scripted
/// feature whose words make it answer with each kind of reply the adapter must carry: notifications, cards, files.
/// It leaves the real features to the conversation's own tests: here only the channel's translation is under test.
/// </summary>
public sealed class ScriptedConversation : IDisposable
{
    public const string LinkSigningKey = "test-link-signing-key-0123456789abcdef";
    public static readonly byte[] Invitation = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:第一次全体会议\r\nEND:VCALENDAR\r\n");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "meetingbot-channels-" + Guid.NewGuid().ToString("N"));

    public ScriptedConversation()
    {
        Directory.CreateDirectory(folder);
        var table = SqliteEntityTableFactory.Create(folder);
        var store = new EntityJointMeetingStore(table, Clock);
        OfferedFiles = new EntityOfferedFileStore(table, Clock);
        store.InitializeAsync().GetAwaiter().GetResult();
        var features = new List<IConversationFeature>();
        features.Add(new HelpFeature(() => features));
        features.Add(Feature);
        Handler = new ConversationHandler(features, store, new JointMeetingDirectory(store, Clock), AdaptiveCardBudget.Instance, Clock);
    }

    /// <summary>The conversation's own clock: only the channel's translation is under test, so a fixed day will do.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    public ScriptedFeature Feature { get; } = new();

    public ConversationHandler Handler { get; }

    /// <summary>Files offered into OneDrive from personal chats (Teams' file consent), in the same store.</summary>
    public IOfferedFileStore OfferedFiles { get; }

    /// <summary>The Teams channel around this conversation, for <see cref="BotFrameworkHost.StartAsync"/>.</summary>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton(Handler);
        services.AddSingleton(OfferedFiles);
        services.AddTeams();
    }

    public static Dictionary<string, string?> Settings() => new() { ["MeetingBot:LinkSigningKey"] = LinkSigningKey };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>
/// "notify (通知) &lt;account id&gt; &lt;name&gt;…" notifies those people; "invite" sends a card with an .ics; "text file"
/// the same file with text only; a card's "test.echo" answers with its field and marks the card used. Everything it
/// was given is kept.
/// </summary>
public sealed class ScriptedFeature : IConversationFeature
{
    public ConcurrentQueue<ChatMessage> Seen { get; } = new();

    public IEnumerable<CommandHelp> Commands => [new(Audience.Anyone, "通知", "notify", "测试", "test")];

    public Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        Seen.Enqueue(turn.Message);
        var file = new FileAttachment("第一次全体会议.ics", "text/calendar", ScriptedConversation.Invitation);
        var invitation = Card.Create([Card.Title("第一次全体会议")],
            [Card.Submit("参加", CardActions.Data("test.echo", null, Lang.Zh, ("field", "attend")))]);
        if (turn.CardAction == "test.echo")
        {
            turn.Say($"card said {CardActions.String(turn.Value, "field")}");
            turn.ReplacePressedCard("第一次全体会议", invitation, "已回复：参加");
            return Task.FromResult(true);
        }

        var words = turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (words.FirstOrDefault())
        {
            case "notify" or "通知":
                for (var i = 1; i + 1 < words.Length; i += 2)
                    turn.Notify(new ChatAccount("msteams", words[i], words[i + 1]), new OutgoingMessage($"会议通知：给{words[i + 1]}"));
                turn.Say("已通知");
                return Task.FromResult(true);
            case "invite":
                turn.Send(new OutgoingMessage("**第一次全体会议**\n输入“参加”回复。", invitation, [file]));
                return Task.FromResult(true);
            case "text":
                turn.Send(new OutgoingMessage("邀请见附件。", Files: [file]));
                return Task.FromResult(true);
            default:
                return Task.FromResult(false);
        }
    }
}
