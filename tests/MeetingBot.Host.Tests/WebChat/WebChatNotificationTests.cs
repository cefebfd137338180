using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Host.Tests.WebChat;

/// <summary>Messages outside one's own turn (notices, reminders) reach a web chat persona's open conversations.</summary>
public sealed class WebChatNotificationTests : IAsyncLifetime
{
    private WebChatHost host = null!;

    public async Task InitializeAsync() => host = await WebChatHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ProactiveNotification_ToAnOpenConversation_IsDelivered()
    {
        var session = await host.SessionAsync("demo-002", "bystander");
        var notifier = host.Services.GetRequiredService<Notifier>();

        var result = await notifier.DeliverAsync(new Notification(new ChatAccount("webchat", session.UserId, session.UserName),
            new OutgoingMessage("提醒：进展报告 3 天后截止。")), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Delivered);
        var (activities, _) = await host.PollAsync(session);
        var notice = activities.Should().ContainSingle().Subject;
        notice["text"]!.GetValue<string>().Should().Be("提醒：进展报告 3 天后截止。");
        notice["from"]!["role"]!.GetValue<string>().Should().Be("bot");
        notice["replyToId"].Should().BeNull("it answers nothing the person said");
    }

    [Fact]
    public async Task ProactiveNotification_ToSomeoneWithoutAnOpenConversation_IsUnreachable()
    {
        var notifier = host.Services.GetRequiredService<Notifier>();

        var result = await notifier.DeliverAsync(new Notification(new ChatAccount("webchat", "dl_local_demo-002_convenor", "召集人"),
            new OutgoingMessage("提醒")), CancellationToken.None);

        result.Outcome.Should().Be(NotificationOutcome.Unreachable);
    }

    [Fact]
    public async Task MeetingNotice_FromTheConvenorsTab_ReachesTheUnitContactsTab()
    {
        var unitId = (await host.Services.GetRequiredService<Core.Domain.Persistence.IJointMeetingStore>().LoadAsync("demo-002"))!
            .JointMeeting.Value.FindUnit("区财政局")!.Id;
        var contact = await host.SessionAsync("demo-002", $"unit:{unitId}");
        var convenor = await host.SessionAsync("demo-002", "convenor");

        var answers = await host.AskAsync(convenor, WebChatHost.Message("安排会议 2026-06-18 14:30 第一次全体会议"));

        string.Join("\n", answers.Select(a => a["text"]?.GetValue<string>() ?? a["summary"]?.GetValue<string>()))
            .Should().Contain("已安排会议 **m1**");
        var (received, _) = await host.PollAsync(contact);
        var notice = received.Should().ContainSingle().Subject;
        (notice["summary"] ?? notice["text"])!.GetValue<string>().Should().Contain("会议通知");
        notice["attachments"]!.AsArray().Should().ContainSingle(a => a!["contentType"]!.GetValue<string>() == "application/vnd.microsoft.card.adaptive");
    }

    [Fact]
    public async Task JoinRequest_FromABystandersTab_ReachesTheConvenorsTabWhoseApprovalReachesBack()
    {
        var convenor = await host.SessionAsync("demo-002", "convenor");
        var bystander = await host.SessionAsync("demo-002", "bystander");

        var asked = await host.AskAsync(bystander, WebChatHost.Message("我是区财政局联络员"));
        var request = (await host.PollAsync(convenor)).Activities.Should().ContainSingle().Subject;
        var card = request["attachments"]!.AsArray().Single()!["content"]!.AsObject();
        await host.AskAsync(convenor, WebChatHost.Message(null, CardSubmit.Value(card, "批准", new Dictionary<string, string>())));
        var (told, _) = await host.PollAsync(bystander);

        string.Join("\n", asked.Select(a => a["text"]!.GetValue<string>())).Should().Contain("已提交申请");
        (request["summary"] ?? request["text"])!.GetValue<string>().Should().Contain(bystander.UserName);
        told.Select(a => a["text"]?.GetValue<string>() ?? a["summary"]?.GetValue<string>()).Last().Should().Contain("您已被批准");
    }

    [Fact]
    public async Task MeetingNotice_ToAContactWithNoTabOpen_TellsTheConvenorWhoWasNotReached()
    {
        using var data = new TempFolder();
        await using (var before = await WebChatHost.StartAsync(dataPath: data.Path))
            await before.SessionAsync("demo-002", $"unit:{(await UnitIdAsync(before, "区财政局"))}");
        // After a restart the contact's role is stored, but their conversation (in memory) is gone.
        await using var after = await WebChatHost.StartAsync(dataPath: data.Path);
        var convenor = await after.SessionAsync("demo-002", "convenor");

        var answers = await after.AskAsync(convenor, WebChatHost.Message("安排会议 2026-06-18 14:30 第一次全体会议"));

        answers.Last()["text"]!.GetValue<string>().Should().StartWith("未能通知：区财政局联络员");
    }

    private static async Task<string> UnitIdAsync(WebChatHost on, string name) =>
        (await on.Services.GetRequiredService<Core.Domain.Persistence.IJointMeetingStore>().LoadAsync("demo-002"))!.JointMeeting.Value.FindUnit(name)!.Id;
}
