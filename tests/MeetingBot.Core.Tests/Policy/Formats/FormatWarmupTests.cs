using MeetingBot.Core.Policy.Formats;

namespace MeetingBot.Core.Tests.Policy.Formats;

public class FormatWarmupTests
{
    [Fact]
    public void Run_ReadsTheEmbeddedWordAndPdfPlan_AsTheirTasks_AndStopsWhenAsked()
    {
        FormatWarmup.Run(1, CancellationToken.None).Should().BePositive("the embedded plans read as their 19 tasks, or it throws");

        var stopped = () => FormatWarmup.Run(3, new CancellationToken(canceled: true));

        stopped.Should().Throw<OperationCanceledException>();
    }
}
