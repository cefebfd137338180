using System.Diagnostics;
using MeetingBot.Core.Domain.Persistence;
using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Priority;

namespace MeetingBot.Storage.Tests.Priority;

/// <summary>
/// People's store calls go ahead of background work's (the reminder sweep, backfills): a person's call never waits,
/// background calls wait their turn, one always goes, and nothing of the engine's answers changes.
/// </summary>
public sealed class PriorityEntityTableTests
{
    private readonly HeldTable engine = new();

    private static async Task<T> AsBackground<T>(Func<Task<T>> work)
    {
        using var background = BackgroundStoreWork.Begin();
        return await work();
    }

    private Task<EntityRow?> Background(PriorityEntityTable table, string rowKey, CancellationToken cancellationToken = default) =>
        AsBackground(() => table.GetAsync("p", rowKey, cancellationToken));

    [Fact]
    public async Task APersonsCall_WhileBackgroundCallsAreInLine_ReachesTheStoreFirst()
    {
        var table = new PriorityEntityTable(engine, new StorePriorityGate(1, TimeSpan.Zero));
        var sweepA = Background(table, "sweep-a");
        await engine.Reached("sweep-a");
        var sweepB = Background(table, "sweep-b");
        var sweepC = Background(table, "sweep-c");
        table.Gate.Background.Should().Be((1, 2));

        var person = table.GetAsync("p", "person");
        await engine.Reached("person");
        engine.HasReached("sweep-b").Should().BeFalse("background calls wait while a person's is in flight");

        engine.Answer("sweep-a");
        await sweepA;
        await engine.Reached("sweep-b"); // the floor: one background call goes even while the person's is in flight
        engine.Answer("person");
        (await person)!.ETag.Should().Be("etag-person");
        engine.Answer("sweep-b");
        await engine.Reached("sweep-c");
        engine.Answer("sweep-c");
        await Task.WhenAll(sweepB, sweepC);

        engine.Order.Should().Equal("sweep-a", "person", "sweep-b", "sweep-c");
        table.Gate.Background.Should().Be((0, 0));
    }

    [Fact]
    public async Task BackgroundCalls_WhileAPersonsCallIsInFlight_GoOneAtATime_AndWidenWhenPeopleAreQuiet()
    {
        var table = new PriorityEntityTable(engine, new StorePriorityGate(3, TimeSpan.Zero));
        var person = table.GetAsync("p", "person");
        await engine.Reached("person");

        var a = Background(table, "a");
        var b = Background(table, "b");
        var c = Background(table, "c");
        await engine.Reached("a");
        table.Gate.Background.Should().Be((1, 2), "one background call in flight while a person's is: never none");

        engine.Answer("a");
        await engine.Reached("b");
        table.Gate.Background.Should().Be((1, 1));

        engine.Answer("person");
        await person;
        engine.Answer("b");
        await engine.Reached("c");
        var d = Background(table, "d");
        var e = Background(table, "e");
        await Task.WhenAll(engine.Reached("d"), engine.Reached("e"));
        table.Gate.Background.Should().Be((3, 0), "with no person's call, up to the configured three at once");

        foreach (var key in new[] { "c", "d", "e" }) engine.Answer(key);
        await Task.WhenAll(a, b, c, d, e);
        table.Gate.Background.Should().Be((0, 0));
    }

    [Fact]
    public async Task BackgroundCalls_ShortlyAfterAPersonsCall_StayAtOneUntilTheHoldOffHasPassed()
    {
        long now = 0;
        var holdOff = TimeSpan.FromMilliseconds(100);
        var table = new PriorityEntityTable(engine, new StorePriorityGate(3, holdOff, () => now));
        var person = table.GetAsync("p", "person");
        engine.Answer("person");
        await person;

        var a = Background(table, "a");
        var b = Background(table, "b");
        await engine.Reached("a");
        table.Gate.Background.Should().Be((1, 1), "a turn's next call follows in a moment: background stays at one");

        now += (long)(holdOff.TotalSeconds * Stopwatch.Frequency) + 1;
        engine.Answer("a");
        await engine.Reached("b");
        var c = Background(table, "c");
        await engine.Reached("c");
        table.Gate.Background.Should().Be((2, 0));

        engine.Answer("b");
        engine.Answer("c");
        await Task.WhenAll(a, b, c);
    }

    [Fact]
    public async Task ANestedCall_FromABackgroundCallHoldingTheOnlyPlace_DoesNotWaitForItself()
    {
        var table = new PriorityEntityTable(engine, new StorePriorityGate(1, TimeSpan.Zero));
        // An engine that reads through the gate while it writes (a decorator below calling back up).
        engine.OnSubmit = async partition =>
        {
            var read = table.GetAsync(partition, "nested");
            await engine.Reached("nested");
            engine.Answer("nested");
            return [(await read)!.ETag];
        };

        var etags = await AsBackground(() => table.SubmitAsync("p", [EntityWrite.Insert("r", "{}")])).WaitAsync(TimeSpan.FromSeconds(10));

        etags.Should().Equal("etag-nested");
        table.Gate.Background.Should().Be((0, 0));
    }

    [Fact]
    public async Task ABackgroundCallInLine_Cancelled_LeavesTheLineAndHoldsNothing()
    {
        var table = new PriorityEntityTable(engine, new StorePriorityGate(1, TimeSpan.Zero));
        var a = Background(table, "a");
        await engine.Reached("a");
        using var cancel = new CancellationTokenSource();
        var b = Background(table, "b", cancel.Token);
        var c = Background(table, "c");
        table.Gate.Background.Should().Be((1, 2));

        await cancel.CancelAsync();

        await b.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        table.Gate.Background.Should().Be((1, 1));
        engine.Answer("a");
        await engine.Reached("c");
        engine.Answer("c");
        await Task.WhenAll(a, c);
        engine.HasReached("b").Should().BeFalse("a cancelled call never reaches the store");
        table.Gate.Background.Should().Be((0, 0));
    }

    [Fact]
    public async Task ABackgroundCall_AlreadyCancelled_NeverReachesTheStore()
    {
        var table = new PriorityEntityTable(engine, new StorePriorityGate(1, TimeSpan.Zero));
        var a = Background(table, "a");
        await engine.Reached("a");

        var b = Background(table, "b", new CancellationToken(canceled: true));

        await b.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        table.Gate.Background.Should().Be((1, 0));
        engine.Answer("a");
        await a;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheEnginesFailures_PassThroughAsTheyAre_AndReleaseTheirPlace(bool background)
    {
        var table = new PriorityEntityTable(engine, new StorePriorityGate(1, TimeSpan.Zero));
        var conflict = new StoreConflictException("the row changed", writeIndex: 2);
        engine.OnSubmit = _ => Task.FromException<IReadOnlyList<string?>>(conflict);
        Func<Task<IReadOnlyList<string?>>> submit = () => table.SubmitAsync("p", [EntityWrite.Insert("r", "{}")]);

        var failing = background ? () => AsBackground(submit) : submit;

        (await failing.Should().ThrowAsync<StoreConflictException>()).Which.Should().BeSameAs(conflict);
        table.Gate.Background.Should().Be((0, 0));
        var next = Background(table, "next");
        await engine.Reached("next");
        engine.Answer("next");
        (await next)!.ETag.Should().Be("etag-next");
    }

    [Fact]
    public async Task ManyBackgroundFlows_WithPeopleBetween_AllFinish_AndNeverExceedTheLimit()
    {
        var counting = new CountingTable();
        var table = new PriorityEntityTable(counting, new StorePriorityGate(2, TimeSpan.FromMilliseconds(1)));
        var flows = Enumerable.Range(0, 16).Select(i => AsBackground(async () =>
        {
            for (var j = 0; j < 20; j++) await table.GetAsync("p", $"{i}-{j}");
            return i;
        }));
        var people = Enumerable.Range(0, 8).Select(async i =>
        {
            for (var j = 0; j < 20; j++) await table.GetAsync("p", $"person-{i}-{j}");
            return i;
        });

        await Task.WhenAll(flows.Concat(people)).WaitAsync(TimeSpan.FromSeconds(30));

        counting.Calls.Should().Be(16 * 20 + 8 * 20);
        counting.MostBackgroundAtOnce.Should().BeInRange(1, 2);
        table.Gate.Background.Should().Be((0, 0));
    }

    [Fact]
    public async Task TheBackgroundMark_EndsWithItsScope_AndDoesNotLeakToTheCaller()
    {
        BackgroundStoreWork.IsCurrent.Should().BeFalse();
        (await AsBackground(() => Task.FromResult(BackgroundStoreWork.IsCurrent))).Should().BeTrue();
        BackgroundStoreWork.IsCurrent.Should().BeFalse("the mark set inside an async method stays in its flow");
        using (BackgroundStoreWork.Begin())
        {
            (await Task.Run(() => BackgroundStoreWork.IsCurrent)).Should().BeTrue("work started under the mark inherits it");
        }
        BackgroundStoreWork.IsCurrent.Should().BeFalse();
    }

    [Fact]
    public void AGate_WithNoPlaceForBackgroundWork_IsRefused()
    {
        var make = () => new StorePriorityGate(0, TimeSpan.Zero);

        make.Should().Throw<ArgumentOutOfRangeException>();
    }

    /// <summary>Answers at once after a yield and counts background calls in flight at the engine.</summary>
    private sealed class CountingTable : IEntityTable
    {
        private int _background;
        private int _most;
        private int _calls;

        public int Calls => _calls;

        public int MostBackgroundAtOnce => _most;

        public async Task<EntityRow?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            var mine = BackgroundStoreWork.IsCurrent;
            if (mine)
            {
                var now = Interlocked.Increment(ref _background);
                int most;
                while ((most = _most) < now && Interlocked.CompareExchange(ref _most, now, most) != most) { }
            }
            await Task.Delay(1, cancellationToken);
            if (mine) Interlocked.Decrement(ref _background);
            return null;
        }

        public Task InitializeAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<IReadOnlyList<EntityRow>> QueryAsync(string partitionKey, IReadOnlyList<string> rowKeyPrefixes, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<EntityRow>> FindByRowKeyAsync(string rowKey, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<EntityRow>> FindInRowKeyRangeAsync(string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<EntityRow>> QueryRangeAsync(string partitionKey, string fromInclusive, string toExclusive, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<EntityWrite> writes, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
