using MeetingBot.Conversation.Tests.Infrastructure;

namespace MeetingBot.Conversation.Tests.Stories;

public sealed class HelpTests : IDisposable
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task Help_StrangerWithNoJointMeeting_SaysNoneIsChosen()
    {
        var reply = await chat.Person("路人").SaysAsync("帮助");

        reply.AllText.Should().Contain("这里还没有确定联席会议");
    }

    [Fact]
    public async Task Help_InEnglish_AnswersInEnglish()
    {
        var reply = await chat.Person("Visitor").SaysAsync("help");

        reply.AllText.Should().Contain("No joint meeting is chosen here yet");
    }

    [Fact]
    public async Task Help_ConvenorInBoundGroup_NamesTheJointMeetingAndRole()
    {
        var convenor = chat.Person("张召集");
        var group = chat.Group("联席会议群");
        await chat.YongnianAsync(convenor, group);

        var reply = await convenor.SaysAsync("帮助", group);

        reply.AllText.Should().Contain("区政府职业教育工作联席会议").And.Contain("您是召集人");
    }

    public void Dispose() => chat.Dispose();
}
