using MeetingBot.Core.Reminders;
using MeetingBot.Host.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl.Matchers;

namespace MeetingBot.Host.Tests.Reminders;

public sealed class ReminderJobTests
{
    /// <summary>Hands the result of the sweep job's next completed run to the test.</summary>
    private sealed class SweepListener : IJobListener
    {
        private readonly TaskCompletionSource<(object? Result, JobExecutionException? Error)> done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => "test-sweep-listener";

        public Task<(object? Result, JobExecutionException? Error)> Next => done.Task;

        public Task JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            done.TrySetResult((context.Result, jobException));
            return Task.CompletedTask;
        }
    }

    private static async Task<(object? Result, JobExecutionException? Error)> RunSweepAsync(MeetingBotApplication app)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var listener = new SweepListener();
        scheduler.ListenerManager.AddJobListener(listener, KeyMatcher<JobKey>.KeyEquals(ReminderSweepJob.Key));
        await scheduler.TriggerJob(ReminderSweepJob.Key);
        return await listener.Next.WaitAsync(TimeSpan.FromSeconds(60)); // a bound on a hang, not a wait for time to pass
    }

    [Fact]
    public async Task Start_SweepJob_IsScheduledEveryMinuteAndAtStart()
    {
        await using var app = new MeetingBotApplication();

        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var triggers = await scheduler.GetTriggersOfJob(ReminderSweepJob.Key);
        triggers.OfType<ICronTrigger>().Should().ContainSingle().Which.CronExpressionString.Should().Be("0 * * * * ?");
        triggers.OfType<ISimpleTrigger>().Should().ContainSingle().Which.RepeatCount.Should().Be(0, "once at start");
        (await scheduler.GetJobDetail(ReminderSweepJob.Key))!.ConcurrentExecutionDisallowed.Should().BeTrue();
    }

    [Fact]
    public async Task SweepJob_Triggered_RunsASweepOverTheStore()
    {
        await using var app = new MeetingBotApplication();

        var (result, error) = await RunSweepAsync(app);

        error.Should().BeNull();
        result.Should().BeOfType<ReminderSweepSummary>().Which.Errors.Should().Be(0, "the demo joint meetings are all read");
    }

    [Fact]
    public async Task SweepJob_RemindersDisabled_DoesNotSweep()
    {
        await using var app = new MeetingBotApplication { Settings = new Dictionary<string, string?> { ["Reminders:Enabled"] = "false" } };

        var (result, error) = await RunSweepAsync(app);

        error.Should().BeNull();
        result.Should().BeNull();
    }

    [Theory]
    [InlineData("Reminders:MaxConcurrentDeliveries", "0", "Reminders:MaxConcurrentDeliveries is 0")]
    [InlineData("Reminders:MaxConcurrentDeliveries", "1000", "between 1 and 256")]
    public async Task Start_WithABadReminderSetting_StopsNamingTheKey(string key, string value, string message)
    {
        var start = () => HostStart.StartAndStopAsync(new Dictionary<string, string?> { [key] = value });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(message);
    }

    [Fact]
    public async Task Start_WithRemindersEnabledNotABoolean_StopsNamingTheKey()
    {
        var start = () => HostStart.StartAndStopAsync(new Dictionary<string, string?> { ["Reminders:Enabled"] = "maybe" });

        (await start.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Contain("Reminders:Enabled");
    }
}
