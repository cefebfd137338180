using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.UseCases;

namespace MeetingBot.Conversation.Tests.Stories;

// With several joint meetings, a newcomer's first words need a choice first; the choose card carries them, so
// choosing answers them too rather than asking the person to say it all again.
public sealed class ChooseJointMeetingTests : IDisposable
{
    private readonly ChatHarness chat = new();
    private readonly ChatPerson convenor;

    public ChooseJointMeetingTests()
    {
        convenor = chat.Person("张召集");
        chat.YongnianAsync(convenor).GetAwaiter().GetResult();
        var shanxi = chat.Catalog.Documents.Single(d => d.SourceName.StartsWith("003_", StringComparison.Ordinal));
        new CreateJointMeetingHandler(chat.Store, chat.Clock)
            .HandleAsync(new CreateJointMeeting(new JointMeetingSettings("shanxi", "山西省联席会议"), shanxi, ChatAccount.System))
            .GetAwaiter().GetResult().Refusal.Should().BeNull();
    }

    [Fact]
    public async Task JoinRequest_BeforeChoosing_IsAnsweredOnceChosen()
    {
        var newcomer = chat.Person("财政联络员");

        var ask = await newcomer.SaysAsync("我是区财政局联络员");
        var chosen = await newcomer.PressAsync(ask.Messages.Single(m => m.Card is not null), "使用",
            new Dictionary<string, string> { ["target"] = Scenario.JointMeetingId });

        chosen.Messages.Should().HaveCount(2);
        chosen.Messages[1].Text.Should().Contain("区财政局联络员").And.Contain("批准后我会通知您");
        convenor.Received("财政联络员").Card.Should().NotBeNull("the convenor gets the approval card");
        var jm = (await chat.Store.LoadAsync(Scenario.JointMeetingId))!.JointMeeting.Value;
        jm.FindContact(newcomer.Account)!.Status.Should().Be(ContactStatus.Pending);
    }

    [Fact]
    public async Task Question_BeforeChoosing_IsAnsweredFromTheChosenJointMeeting()
    {
        var visitor = chat.Person("Visitor");

        var ask = await visitor.SaysAsync("my tasks");
        var chosen = await visitor.PressAsync(ask.Messages.Single(m => m.Card is not null), "Use",
            new Dictionary<string, string> { ["target"] = Scenario.JointMeetingId });

        chosen.Messages.Should().HaveCount(2);
        chosen.Messages[0].Text.Should().Contain(Scenario.JointMeetingId);
        chosen.Messages[1].Text.Should().NotBe(Replies.NotUnderstood(Lang.En, "my tasks"));
    }

    [Fact]
    public async Task ChooseCard_ForgedWithSomethingElseToSay_AnswersItLikeTypedText()
    {
        var visitor = chat.Person("路人");
        var forged = Core.Conversation.Cards.CardActions.Data("jm.use", null, Lang.Zh, ("target", Scenario.JointMeetingId), ("then", "添加成员单位 区审计局"));

        var reply = await visitor.SubmitsAsync(forged);

        reply.AllText.Should().Contain("只有召集人或联席会议办公室可以添加成员单位");
        (await chat.Store.LoadAsync(Scenario.JointMeetingId))!.JointMeeting.Value.FindUnit("区审计局").Should().BeNull();
    }

    public void Dispose() => chat.Dispose();
}
