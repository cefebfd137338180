using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Cards;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Conversation.Tests.Stories;

/// <summary>
/// A card that did its job stays in the chat as a record, not as live buttons: approving a request, answering a
/// notice, scheduling with the form and submitting a report each turn the pressed card into what was done, by whom
/// and when, without buttons (the channel updates it in place), and the answer quotes the card it answers. Typed
/// commands have no card to update.
/// </summary>
public sealed class UsedCardsStory : IDisposable
{
    private readonly ChatHarness chat = new();

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task ApprovingAttendingSchedulingAndSubmittingByCard_EachLeavesItsCardUsed(string language)
    {
        var en = language == "en";
        var convenor = chat.Person("张召集");
        var finance = chat.Person("财政联络员");
        var group = chat.Group("永年区职教联席会议");
        await chat.YongnianAsync(convenor, group, en ? "en" : "zh-CN");

        // A request to join, approved from its card.
        await finance.SaysAsync(en ? "I am the contact for 区财政局" : "我是区财政局联络员");
        var approved = await convenor.PressAsync(convenor.Received("财政联络员"), en ? "Approve" : "批准");
        Used(approved, en ? "Approved 财政联络员" : "已批准 财政联络员", "张召集");
        approved.Messages[0].Text.Should().StartWith(en ? "> Re: 财政联络员's request to join" : "> 回复：财政联络员 的加入申请");

        // A meeting scheduled with the form: the used form shows what was scheduled.
        var form = (await convenor.SaysAsync(en ? "schedule meeting" : "安排会议", group)).Messages.Single(m => m.Card is not null);
        var scheduled = await convenor.PressAsync(form, Replies.ScheduleButton(en ? Lang.En : Lang.Zh), new Dictionary<string, string>
        {
            ["date"] = "2026-06-18", ["time"] = "14:30", ["place"] = "区政府第一会议室", ["agenda"] = "第一次全体会议",
        }, group);
        var usedForm = Used(scheduled, en ? "Scheduled meeting" : "已安排会议", "张召集");
        usedForm.Should().Contain("2026-06-18").And.Contain("区政府第一会议室").And.NotContain("Input.");

        // The notice answered from its buttons.
        var attended = await finance.PressAsync(finance.Received("第一次全体会议"), en ? "Attend" : "参加");
        Used(attended, en ? "Answered: Attend" : "已回复：参加", "财政联络员");
        attended.Messages[0].Text.Should().StartWith(en ? "> Re: " : "> 回复：");

        // The report card submitted: the page as saved, without buttons.
        await chat.OpenRoundAsync("r1", (await chat.Store.LoadAsync(Scenario.JointMeetingId))!.Meetings.Single().Value.Id, new DateOnly(2026, 6, 10));
        var card = (await finance.SaysAsync(en ? "my report" : "我的报告")).Messages.Single(m => m.Card is not null);
        var submitted = await finance.SubmitsReportAsync(card,
            new Dictionary<string, string> { ["status0"] = nameof(ProgressStatus.OnTrack), ["text0"] = "已完成资金拨付" }, en ? Lang.En : Lang.Zh);
        Used(submitted, en ? "Submitted 区财政局's report" : "已提交区财政局的报告", "财政联络员").Should().Contain("已完成资金拨付");

        // Every card of the story, as sent and as left used, is one the official Adaptive Cards SDK accepts.
        var cards = chat.Transcript.Where(m => m.Card is not null)
            .Concat(new[] { approved, scheduled, attended, submitted }.Select(r => r.PressedCard!.Message))
            .Select(OfficialAdaptiveCards.AsSent).ToList();
        cards.Should().HaveCountGreaterThan(6);
        (await OfficialAdaptiveCards.ProblemsAsync(cards)).Should().BeEmpty();
    }

    [Fact]
    public async Task TypedApproval_HasNoCardToUpdate()
    {
        var convenor = chat.Person("张召集");
        var finance = chat.Person("财政联络员");
        await chat.YongnianAsync(convenor);
        await finance.SaysAsync("我是区财政局联络员");

        var reply = await convenor.SaysAsync("批准 财政联络员");

        reply.PressedCard.Should().BeNull();
        reply.AllText.Should().NotStartWith(">");
    }

    [Fact]
    public async Task RefusedPress_LeavesTheCardAsItWas()
    {
        var convenor = chat.Person("张召集");
        var finance = chat.Person("财政联络员");
        var stranger = chat.Person("路人");
        await chat.YongnianAsync(convenor);
        await finance.SaysAsync("我是区财政局联络员");

        // Someone who is no manager presses a forwarded approval card: refused, and that card is not touched.
        var reply = await stranger.PressAsync(convenor.Received("财政联络员"), "批准");

        reply.PressedCard.Should().BeNull("nothing was done, so the card stays usable for those who may");
        (await chat.Store.LoadAsync(Scenario.JointMeetingId))!.JointMeeting.Value.Contacts
            .Single(c => c.Account.SameAs(finance.Account)).Status.Should().Be(ContactStatus.Pending);
    }

    // The used card: no button or input left, what was done and who did it; returns its JSON.
    private static string Used(BotReply reply, string done, string by)
    {
        reply.PressedCard.Should().NotBeNull($"pressing the card did something: {reply.AllText}");
        var card = reply.PressedCard!.Message.Card!;
        card.Actions.Should().BeEmpty();
        var json = System.Text.RegularExpressions.Regex.Unescape(card.Json().ToJsonString());
        json.Should().NotContain("Action.Submit").And.NotContain("Action.ShowCard").And.Contain(done).And.Contain(by);
        reply.PressedCard.Message.Text.Should().Contain(done).And.Contain(by);
        return json;
    }

    public void Dispose() => chat.Dispose();
}
