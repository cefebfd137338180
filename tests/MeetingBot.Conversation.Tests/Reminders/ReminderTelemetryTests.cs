using System.Diagnostics;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.TestPeers.Telemetry;

namespace MeetingBot.Conversation.Tests.Reminders;

[CollectionDefinition(TelemetryCollection.Name, DisableParallelization = true)]
public sealed class TelemetryCollectionDefinition;

/// <summary>What a person on call sees of a reminder sweep: one trace with a span per reminder, and the reminder counts.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class ReminderTelemetryTests : IDisposable
{
    private static readonly ActivitySource TestSource = new("MeetingBot.Tests");
    private readonly ChatHarness chat = new(ReminderStage.Opened);
    private readonly TelemetryCapture telemetry = new();

    [Fact]
    public async Task SweepAsync_BackFiveHoursLate_TracesTheSweepAndEachReminderAndCountsThemLate()
    {
        await ReminderStage.SetUpAsync(chat);
        chat.Clock.SetUtcNow(ReminderStage.Local(6, 3, 14)); // the 09:00 reminders are 5 hours late

        using var listener = ListenTo(TestSource);
        ActivityTraceId trace;
        using (var root = TestSource.StartActivity("test"))
        {
            trace = root!.TraceId;
            (await chat.Reminders().SweepAsync(CancellationToken.None)).Late.Should().Be(3);
        }

        var spans = telemetry.Spans.Where(s => s.TraceId == trace).ToList();
        var sweep = spans.Should().ContainSingle(s => s.OperationName == "reminder sweep").Subject;
        sweep.GetTagItem("meetingbot.outcome").Should().Be("completed");
        var reminders = spans.Where(s => s.OperationName == "reminder").ToList();
        sweep.GetTagItem("meetingbot.reminders.due").Should().Be(reminders.Count);
        reminders.Should().OnlyContain(s => s.ParentSpanId == sweep.SpanId && (string?)s.GetTagItem("meetingbot.joint_meeting") == Scenario.JointMeetingId);
        reminders.Where(s => (string?)s.GetTagItem("meetingbot.outcome") == "late").Select(s => s.GetTagItem("meetingbot.feature"))
            .Should().Equal("due-7", "due-7", "due-7");
        reminders.Should().OnlyContain(s => s.GetTagItem("meetingbot.outcome") != null, "every reminder ends one way or another: " +
            string.Join(", ", reminders.Select(s => $"{s.GetTagItem("meetingbot.feature")}={s.GetTagItem("meetingbot.outcome")}")));
        telemetry.AllTagValues.Should().NotContain(v => v.Contains("报告") || v.Contains("财政"), "no reminder text or unit names in spans");

        telemetry.Sum("meetingbot.reminders", ("meetingbot.outcome", "due")).Should().Be(reminders.Count);
        telemetry.Sum("meetingbot.reminders", ("meetingbot.outcome", "sent")).Should().Be(3);
        telemetry.Sum("meetingbot.reminders", ("meetingbot.outcome", "late")).Should().Be(3);
        telemetry.Sum("meetingbot.reminder.sweeps", ("meetingbot.outcome", "completed")).Should().Be(1);
    }

    [Fact]
    public async Task SweepAsync_MissedByMoreThanADay_CountsThemSkipped()
    {
        await ReminderStage.SetUpAsync(chat);
        chat.Clock.SetUtcNow(ReminderStage.Local(6, 4, 10));

        var summary = await chat.Reminders().SweepAsync(CancellationToken.None);

        telemetry.Sum("meetingbot.reminders", ("meetingbot.outcome", "skipped")).Should().Be(summary.Skipped).And.BeGreaterThanOrEqualTo(3);
        telemetry.Sum("meetingbot.reminders", ("meetingbot.outcome", "sent")).Should().Be(0);
    }

    // The test's own root span is recorded too, so the bot's spans below it have a parent to be grouped by.
    private static ActivityListener ListenTo(ActivitySource source)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    public void Dispose()
    {
        telemetry.Dispose();
        chat.Dispose();
    }
}
