using MeetingBot.Core.Conversation.Features.Setup;

namespace MeetingBot.Conversation.Tests.Features.Setup;

public sealed class JointMeetingIdsTests
{
    [Fact]
    public void Pick_FreeNumber_IsJmAndTheNumber() =>
        JointMeetingIds.Pick("002", ["demo-002"]).Should().Be("jm-002");

    [Fact]
    public void Pick_TakenNumber_AddsTheFirstFreeSuffix() =>
        JointMeetingIds.Pick("002", ["jm-002", "JM-002-2"]).Should().Be("jm-002-3");
}
