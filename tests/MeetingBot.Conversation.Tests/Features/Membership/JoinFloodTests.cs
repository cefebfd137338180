using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Features.Membership;

/// <summary>
/// Outsiders asking to join by the thousand: their requests are bounded per joint meeting and per account, the
/// managers get a digest rather than a card per request, and the convenor keeps working throughout.
/// </summary>
public sealed class JoinFloodTests : IDisposable
{
    private readonly ChatHarness chat = new();
    private readonly ChatPerson convenor;
    private readonly ChatPerson secretary;

    public JoinFloodTests()
    {
        convenor = chat.Person("张召集");
        secretary = chat.Person("李秘书");
        chat.YongnianAsync(convenor, chat.Group("职教联席会议群")).GetAwaiter().GetResult();
        chat.BindRoleAsync(secretary, ContactRole.Secretariat).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Flood_OfThousandsOfRequests_IsBoundedAndTheConvenorStillApprovesAndAddsUnits()
    {
        var wang = chat.Person("王财政");
        await wang.SaysAsync("我是区财政局联络员");
        convenor.Inbox.Clear();

        var refused = 0;
        for (var i = 0; i < 2500; i++)
        {
            chat.Clock.Advance(TimeSpan.FromSeconds(90)); // 2,500 people over 62 hours
            var reply = await chat.Person($"申请人{i}").SaysAsync(i % 2 == 0 ? "我是区财政局联络员" : "我想列席");
            if (reply.AllText.Contains("暂时不再受理", StringComparison.Ordinal)) refused++;
        }

        var jm = await chat.StoredAsync();
        var waiting = jm.Contacts.Count(c => c.Status == ContactStatus.Pending);
        waiting.Should().Be(JoinLimits.MaxWaiting);
        refused.Should().Be(2500 + 1 - JoinLimits.MaxWaiting);
        // A card each for the second and third request (王财政's was the first), then a digest at 4, 8, 16, 32, 64 and
        // 100 requests waiting: eight messages, not 2,500.
        convenor.Inbox.Should().HaveCount(2 + 6);
        convenor.Inbox[^1].Text.Should().StartWith($"联席会议“区政府职业教育工作联席会议”现有 {JoinLimits.MaxWaiting} 个加入申请等待批准");

        (await convenor.SaysAsync("批准 王财政")).AllText.Should().Be("已批准 **王财政** 为区财政局联络员，已通知本人。");
        (await convenor.SaysAsync("添加成员单位 区审计局")).AllText.Should().StartWith("已添加成员单位 **区审计局**");
        var pending = await convenor.PressAsync(convenor.Inbox[^1], "待批准");
        pending.AllText.Should().StartWith($"“区政府职业教育工作联席会议”有 {JoinLimits.MaxWaiting - 1} 个待批准的申请：");
        (await convenor.SaysAsync("拒绝 申请人0")).AllText.Should().Be("已拒绝 **申请人0** 的申请，已通知本人。");
        (await chat.StoredAsync()).Identify(wang.Account).Role.Should().Be(ContactRole.UnitContact);
    }

    [Fact]
    public async Task Join_AskingAgainAndAgain_IsTakenThreeTimesADayAndTellsTheManagersOnce()
    {
        var flooder = chat.Person("反复申请");
        var units = new[] { "区财政局", "区人社局", "区发改局", "区税务局" };

        await flooder.SaysAsync("我是区财政局联络员");
        await flooder.SaysAsync("我是区财政局联络员"); // the same again: nothing changes, nobody is told again
        await flooder.SaysAsync($"我是{units[1]}联络员");
        await flooder.SaysAsync($"我是{units[2]}联络员");
        var fourth = await flooder.SaysAsync($"我是{units[3]}联络员");

        fourth.AllText.Should().StartWith($"您今天已经 {JoinLimits.MaxAsksPerDay} 次提交或更改加入“区政府职业教育工作联席会议”的申请，这次没有受理");
        var jm = await chat.StoredAsync();
        jm.FindContact(flooder.Account)!.UnitId.Should().Be(jm.FindUnit(units[2])!.Id);
        convenor.Inbox.Count(m => m.Text.Contains("反复申请", StringComparison.Ordinal)).Should().Be(3);

        chat.Clock.Advance(TimeSpan.FromDays(1));
        (await flooder.SaysAsync($"我是{units[3]}联络员")).AllText.Should().StartWith("已提交申请");
    }

    public void Dispose() => chat.Dispose();
}
