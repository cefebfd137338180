using System.Collections.Concurrent;
using MeetingBot.Host.Reminders;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Priority;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl.Matchers;

namespace MeetingBot.Host.Tests.Storage;

/// <summary>The host's store puts people's calls ahead of background work's, and its background work is marked so.</summary>
public sealed class StorePriorityTests
{
    [Fact]
    public async Task TheHostsStore_IsBehindThePriorityGate_WithItsConfiguredLimits()
    {
        await using var app = new MeetingBotApplication
        {
            Settings = new Dictionary<string, string?> { ["Storage:BackgroundConcurrency"] = "2", ["Storage:BackgroundHoldOffMilliseconds"] = "250" },
        };

        var table = app.Services.GetRequiredService<IEntityTable>().Should().BeOfType<PriorityEntityTable>().Subject;

        table.Gate.BackgroundConcurrency.Should().Be(2);
        table.Gate.HoldOff.Should().Be(TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task TheReminderSweep_MakesItsStoreCallsAsBackgroundWork()
    {
        await using var host = new MeetingBotApplication();
        var calls = new ConcurrentQueue<(string Partition, bool Background)>();
        await using var app = host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            var configured = services.Last(d => d.ServiceType == typeof(IEntityTable));
            services.Remove(configured);
            services.AddSingleton<IEntityTable>(sp => new RecordingTable((IEntityTable)configured.ImplementationFactory!(sp), calls));
        }));
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var swept = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scheduler.ListenerManager.AddJobListener(new SweepListener(swept), KeyMatcher<JobKey>.KeyEquals(ReminderSweepJob.Key));

        await scheduler.TriggerJob(ReminderSweepJob.Key);
        await swept.Task.WaitAsync(TimeSpan.FromSeconds(60)); // a bound on a hang

        // The due index's read (a range of its hints' partition) is the sweep's alone; a save writes hints, not reads them.
        var dueReads = calls.Where(c => c.Partition == "range |due|hints").ToList();
        dueReads.Should().NotBeEmpty();
        dueReads.Should().OnlyContain(c => c.Background, "a sweep's store calls make room for people's");
        BackgroundStoreWork.IsCurrent.Should().BeFalse();
    }

    [Theory]
    [InlineData("Storage:BackgroundConcurrency", "0", "Storage:BackgroundConcurrency is 0; it must be 1 to 256")]
    [InlineData("Storage:BackgroundHoldOffMilliseconds", "-1", "Storage:BackgroundHoldOffMilliseconds is -1; it must be 0 to 60000")]
    public async Task Start_WithABadPrioritySetting_StopsNamingTheKey(string key, string value, string message)
    {
        var start = () => HostStart.StartAndStopAsync(new Dictionary<string, string?> { [key] = value });

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(message);
    }

    private sealed class SweepListener(TaskCompletionSource swept) : IJobListener
    {
        public string Name => "test-priority-sweep-listener";

        public Task JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            swept.TrySetResult();
            return Task.CompletedTask;
        }
    }

    /// <summary>Notes each call's partition and whether it was made as background work, then passes it on.</summary>
    private sealed class RecordingTable(IEntityTable inner, ConcurrentQueue<(string, bool)> calls) : DelegatingEntityTable(inner)
    {
        private T Note<T>(string partition, T call)
        {
            calls.Enqueue((partition, BackgroundStoreWork.IsCurrent));
            return call;
        }

        public override Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
            Note(partitionKey, Inner.GetAsync(partitionKey, rowKey, cancellationToken));

        public override Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default) =>
            Note(partitionKey, Inner.QueryAsync(partitionKey, rowKeyPrefixes, cancellationToken));

        public override Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default) =>
            Note("*", Inner.FindByRowKeyAsync(rowKey, cancellationToken));

        public override Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) =>
            Note("*", Inner.FindInRowKeyRangeAsync(fromInclusive, toExclusive, cancellationToken));

        public override Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) =>
            Note("range " + partitionKey, Inner.QueryRangeAsync(partitionKey, fromInclusive, toExclusive, cancellationToken));

        public override Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default) =>
            Note(partitionKey, Inner.SubmitAsync(partitionKey, writes, cancellationToken));
    }
}
