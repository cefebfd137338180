using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Stories;

/// <summary>Issue 16 item 8: the examples and hints a person is offered are what that person may do here.</summary>
public sealed class SuggestionsPerRoleTests : IDisposable
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Bystander_AskingAboutMeetings_IsNeverToldToSchedule()
    {
        var convenor = chat.Person("张召集");
        var group = chat.Group("联席会议群");
        await chat.YongnianAsync(convenor, group);
        var bystander = chat.Person("路人甲");

        foreach (var said in new[] { "下次会议什么时候？", "会议安排", "帮助", "参会情况" })
            (await bystander.SaysAsync(said, group)).AllText.Should().NotContain("安排会议", $"a bystander asked \"{said}\"");

        // The convenor, asking the same, is shown how to schedule: the hint is there for who may use it.
        (await convenor.SaysAsync("下次会议什么时候？", group)).AllText.Should().Contain("安排会议");
        (await convenor.SaysAsync("会议安排", group)).AllText.Should().Contain("发送“安排会议”");
    }

    [Fact]
    public async Task UnitContact_WithNoMeetingPlanned_IsToldWhoSchedulesNotToSchedule()
    {
        var convenor = chat.Person("张召集");
        var group = chat.Group("联席会议群");
        await chat.YongnianAsync(convenor, group);
        var contact = chat.Person("李财政");
        await chat.BindContactAsync(contact, "区财政局");

        var next = await contact.SaysAsync("下次会议什么时候？", group);
        var overview = await contact.SaysAsync("参会情况", group);

        next.AllText.Should().NotContain("安排会议").And.Contain("召集人或联席会议办公室");
        overview.AllText.Should().NotContain("安排会议");
    }

    [Theory]
    [InlineData(ContactRole.Convenor)]
    [InlineData(ContactRole.Secretariat)]
    [InlineData(ContactRole.UnitContact)]
    [InlineData(ContactRole.Observer)]
    [InlineData(null)]
    public async Task Examples_EachRole_OnlyOffersWhatThatPersonMayDo(ContactRole? role)
    {
        var convenor = chat.Person("张召集");
        var group = chat.Group("联席会议群");
        await chat.YongnianAsync(convenor, group);
        var person = role == ContactRole.Convenor ? convenor : chat.Person("王某");
        if (role == ContactRole.UnitContact) await chat.BindContactAsync(person, "区财政局");
        else if (role is { } other && other != ContactRole.Convenor) await chat.BindRoleAsync(person, other);

        foreach (var lang in new[] { Lang.Zh, Lang.En })
            foreach (var example in Replies.ExamplesFor(lang, role))
            {
                var reply = await person.SaysAsync(example, group);
                reply.AllText.Should().NotContain("没有执行").And.NotContain("Not done", $"\"{example}\" is offered to a {role?.ToString() ?? "bystander"}");
                reply.AllText.Should().NotBeEmpty();
            }
        if (role is not (ContactRole.Convenor or ContactRole.Secretariat))
            Replies.ExamplesFor(Lang.Zh, role).Should().NotContain(e => e.Contains("安排会议") || e.Contains("发起报告"));
    }

    public void Dispose() => chat.Dispose();
}
