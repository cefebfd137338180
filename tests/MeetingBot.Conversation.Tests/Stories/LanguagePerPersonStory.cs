using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Stories;

/// <summary>
/// In a Chinese joint meeting, a contact who chats in English (or whose client says English) gets what the bot
/// sends them unasked in English: the approval, the meeting notice, the report card and the reminders; those who
/// chat in Chinese keep Chinese. The language is remembered in the store, so a restart keeps it.
/// </summary>
public sealed class LanguagePerPersonStory : IDisposable
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task ContactWhoChatsInEnglish_GetsNoticesReportCardsAndRemindersInEnglish_InAChineseJointMeeting()
    {
        var convenor = chat.Person("张召集");
        var english = chat.Person("Finance contact");
        var chinese = chat.Person("教体联络员");
        var group = chat.Group("永年区职教联席会议");
        await chat.YongnianAsync(convenor, group);

        await english.SaysAsync("I am the contact for 区财政局");
        await chinese.SaysAsync("我是区教体局联络员");
        convenor.Received("Finance contact").Text.Should().Contain("申请成为", "the convenor chats in Chinese");
        await convenor.SaysAsync("批准 Finance contact", group);
        await convenor.SaysAsync("批准 教体联络员", group);
        english.Inbox.Last().Text.Should().Contain("approved", "the approval is told in the language they chat in");
        chinese.Inbox.Last().Text.Should().Contain("批准");

        await convenor.SaysAsync("安排会议 2026-06-18 14:30 第一次全体会议", group);
        english.Received("第一次全体会议").Card!.Lang.Should().Be(Lang.En);
        english.Received("第一次全体会议").Text.Should().Contain("Please answer for 区财政局");
        chinese.Received("第一次全体会议").Text.Should().Contain("请代表区教体局回复");

        await convenor.SaysAsync("发起报告 2026-06-18 截止 2026-06-10", group);
        var card = english.Inbox.Last(m => m.Card is not null);
        card.Card!.Lang.Should().Be(Lang.En);
        card.Text.Should().Contain("Progress report: 区财政局");
        chinese.Inbox.Last(m => m.Card is not null).Text.Should().Contain("进度报告：区教体局");

        // The reminders a week before the deadline follow each person's language too.
        chat.Clock.SetUtcNow(new DateTimeOffset(2026, 6, 3, 9, 5, 0, TimeSpan.FromHours(8)));
        await chat.Reminders().SweepAsync(CancellationToken.None);
        english.Inbox.Last().Text.Should().StartWith("[Report reminder]").And.Contain("区财政局");
        chinese.Inbox.Last().Text.Should().StartWith("【报告提醒】");
        english.Inbox.Last().Card!.Lang.Should().Be(Lang.En);
        chinese.Inbox.Last().Card!.Lang.Should().Be(Lang.Zh);

        (await chat.LanguagesAfterRestartAsync()).Find(english.Account).Should().Be(Lang.En, "the language is kept in the store");
    }

    [Fact]
    public async Task ClientLocale_CountsWhenTheWordsSayNothing_AndACardPressDoesNot()
    {
        var convenor = chat.Person("张召集");
        var contact = chat.Person("财政联络员");
        await chat.YongnianAsync(convenor);
        await chat.BindContactAsync(contact, "区财政局");

        contact.Locale = "en-US";
        await contact.SaysAsync("2026");
        chat.Languages.Find(contact.Account).Should().Be(Lang.En);

        contact.Locale = null;
        await contact.SaysAsync("我的任务");
        chat.Languages.Find(contact.Account).Should().Be(Lang.Zh, "the latest words win");
        chat.Languages.Find(convenor.Account).Should().BeNull("the convenor has not said anything yet");
    }

    public void Dispose() => chat.Dispose();
}
