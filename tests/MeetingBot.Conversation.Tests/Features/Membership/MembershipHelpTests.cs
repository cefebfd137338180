using MeetingBot.Conversation.Tests.Infrastructure;

namespace MeetingBot.Conversation.Tests.Features.Membership;

public sealed class MembershipHelpTests : IDisposable
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Help_ForTheConvenor_ListsSetUpAndMembershipCommands()
    {
        var convenor = chat.Person("张召集");
        await chat.YongnianAsync(convenor);

        var reply = await convenor.SaysAsync("帮助");

        reply.AllText.Should().Contain("**绑定 编号**").And.Contain("**添加成员单位 区审计局**").And.Contain("**待批准**").And.Contain("**退出**");
    }

    [Fact]
    public async Task Help_ForAStrangerInEnglish_ListsHowToJoinButNoManagersCommands()
    {
        await chat.YongnianAsync(chat.Person("张召集"));

        var reply = await chat.Person("Visitor").SaysAsync("help");

        reply.AllText.Should().Contain("**I am the contact for 区财政局**").And.Contain("**join as observer**").And.Contain("**documents**")
            .And.NotContain("add unit").And.NotContain("pending").And.NotContain("**leave**").And.NotContain("**bind [id]**");
    }

    [Fact]
    public async Task Help_ForAUnitContact_ListsLeaveButNotApprovals()
    {
        await chat.YongnianAsync(chat.Person("张召集"));
        var wang = chat.Person("王财政");
        await chat.BindContactAsync(wang, "区财政局");

        var reply = await wang.SaysAsync("帮助");

        reply.AllText.Should().Contain("**退出**").And.NotContain("批准 张三").And.NotContain("移除成员单位");
    }

    public void Dispose() => chat.Dispose();
}
