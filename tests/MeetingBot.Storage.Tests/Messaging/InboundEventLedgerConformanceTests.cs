using MeetingBot.Storage.Entities;
using MeetingBot.Storage.Messaging;

namespace MeetingBot.Storage.Tests.Messaging;

/// <summary>
/// The inbound event ledger's behaviour on each engine: an event is taken once, by one of many instances racing
/// for it, across a reopening of the store; an unfinished take is taken over only after its time, by one.
/// </summary>
public abstract class InboundEventLedgerConformanceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan TakeOver = TimeSpan.FromSeconds(50);

    protected abstract Task<IEntityTable> CreateTableAsync();

    protected abstract Task<IEntityTable> ReopenAsync(IEntityTable table);

    [Fact]
    public async Task AnEvent_IsTakenOnce_AndARedeliveryToAnotherInstance_IsADuplicate()
    {
        var table = await CreateTableAsync();
        var first = new EntityInboundEventLedger(table);
        var second = new EntityInboundEventLedger(await ReopenAsync(table));

        (await first.TryBeginAsync("slack", "Ev0B2C3D4E", Now, TakeOver)).Should().BeTrue();
        (await second.TryBeginAsync("slack", "Ev0B2C3D4E", Now.AddSeconds(1), TakeOver)).Should().BeFalse();
        (await second.TryBeginAsync("slack", "Ev0OTHER", Now.AddSeconds(1), TakeOver)).Should().BeTrue("another event is not a duplicate");
        (await second.TryBeginAsync("msteams", "Ev0B2C3D4E", Now.AddSeconds(1), TakeOver)).Should().BeTrue("ids are the channel's own");
    }

    [Fact]
    public async Task InstancesRacingForOneEvent_OneWins()
    {
        var table = await CreateTableAsync();
        var ledgers = new List<EntityInboundEventLedger>();
        for (var i = 0; i < 6; i++) ledgers.Add(new EntityInboundEventLedger(i == 0 ? table : await ReopenAsync(table)));

        var wins = await Task.WhenAll(ledgers.Select(l => Task.Run(() => l.TryBeginAsync("slack", "Ev0RACE", Now, TakeOver))));

        wins.Count(w => w).Should().Be(1);
    }

    [Fact]
    public async Task AnUnfinishedTake_IsTakenOverAfterItsTime_ByOne_AndAFinishedOneNever()
    {
        var ledger = new EntityInboundEventLedger(await CreateTableAsync());
        await ledger.TryBeginAsync("slack", "Ev0LOST", Now, TakeOver);
        await ledger.TryBeginAsync("slack", "Ev0DONE", Now, TakeOver);
        await ledger.CompleteAsync("slack", "Ev0DONE", Now.AddSeconds(2));

        (await ledger.TryBeginAsync("slack", "Ev0LOST", Now.AddSeconds(30), TakeOver)).Should().BeFalse("it may still be running");
        (await ledger.TryBeginAsync("slack", "Ev0LOST", Now.AddMinutes(1), TakeOver)).Should().BeTrue("its process died: the retry handles it");
        (await ledger.TryBeginAsync("slack", "Ev0LOST", Now.AddMinutes(1).AddSeconds(1), TakeOver)).Should().BeFalse("it was taken over just now");
        (await ledger.TryBeginAsync("slack", "Ev0DONE", Now.AddMinutes(5), TakeOver)).Should().BeFalse();
    }

    [Fact]
    public async Task Expiry_ForgetsOnlyEventsLastTouchedBeforeTheCutOff_AndWhatIsKeptStaysADuplicate()
    {
        var table = await CreateTableAsync();
        var ledger = new EntityInboundEventLedger(table);
        await ledger.TryBeginAsync("slack", "Ev0OLD", Now, TakeOver);
        await ledger.CompleteAsync("slack", "Ev0OLD", Now.AddSeconds(3));
        await ledger.TryBeginAsync("slack", "Ev0SLOW", Now, TakeOver);
        await ledger.CompleteAsync("slack", "Ev0SLOW", Now.AddHours(2)); // its work ran long: kept from when it finished
        await ledger.TryBeginAsync("slack", "Ev0LOSTOLD", Now, TakeOver); // never completed
        await ledger.TryBeginAsync("slack", "Ev0NEW", Now.AddHours(2), TakeOver);
        await ledger.CompleteAsync("slack", "Ev0NEW", Now.AddHours(2).AddSeconds(1));
        await ledger.TryBeginAsync("msteams", "Ev0OLD", Now, TakeOver);
        await ledger.CompleteAsync("msteams", "Ev0OLD", Now.AddSeconds(3));

        var cutOff = Now.AddHours(1);
        (await ledger.ExpireAsync("slack", cutOff)).Should().Be(2);
        (await ledger.ExpireAsync("slack", cutOff)).Should().Be(0, "nothing old is left");

        var reopened = new EntityInboundEventLedger(await ReopenAsync(table));
        var later = Now.AddHours(2).AddSeconds(10);
        (await reopened.TryBeginAsync("slack", "Ev0SLOW", later, TakeOver)).Should().BeFalse("it finished after the cut-off: still remembered");
        (await reopened.TryBeginAsync("slack", "Ev0NEW", later, TakeOver)).Should().BeFalse("it is inside the window");
        (await reopened.TryBeginAsync("msteams", "Ev0OLD", later, TakeOver)).Should().BeFalse("another channel's events are not touched");
        (await reopened.TryBeginAsync("slack", "Ev0OLD", later, TakeOver)).Should().BeTrue("it was forgotten");
        (await reopened.TryBeginAsync("slack", "Ev0LOSTOLD", later, TakeOver)).Should().BeTrue("it was forgotten");
    }

    [Fact]
    public async Task Expiry_OfMoreThanOneBatch_ForgetsThemAll_AndKeepsTheFresh()
    {
        var ledger = new EntityInboundEventLedger(await CreateTableAsync());
        for (var i = 0; i < 230; i++) await ledger.TryBeginAsync("slack", $"Ev0BULK{i:D3}", Now.AddSeconds(i), TakeOver);
        for (var i = 0; i < 5; i++)
        {
            await ledger.TryBeginAsync("slack", $"Ev0KEEP{i}", Now.AddHours(3), TakeOver);
            await ledger.CompleteAsync("slack", $"Ev0KEEP{i}", Now.AddHours(3).AddSeconds(1));
        }

        (await ledger.ExpireAsync("slack", Now.AddHours(1))).Should().Be(230);

        for (var i = 0; i < 5; i++) (await ledger.TryBeginAsync("slack", $"Ev0KEEP{i}", Now.AddHours(3).AddMinutes(1), TakeOver)).Should().BeFalse();
        (await ledger.TryBeginAsync("slack", "Ev0BULK229", Now.AddHours(3).AddMinutes(1), TakeOver)).Should().BeTrue();
    }

    [Fact]
    public async Task InstancesExpiringAndRetryingAtOnce_NeverLetTheRetryHandleAKeptEvent_AndExpireEachRowOnce()
    {
        var table = await CreateTableAsync();
        var seed = new EntityInboundEventLedger(table);
        for (var i = 0; i < 40; i++) await seed.TryBeginAsync("slack", $"Ev0OLD{i:D2}", Now, TakeOver);
        for (var i = 0; i < 40; i++) await seed.TryBeginAsync("slack", $"Ev0HOT{i:D2}", Now.AddHours(2), TakeOver);

        var sweepers = new List<EntityInboundEventLedger>();
        for (var i = 0; i < 3; i++) sweepers.Add(new EntityInboundEventLedger(await ReopenAsync(table)));
        var retrier = new EntityInboundEventLedger(await ReopenAsync(table));
        var at = Now.AddHours(2).AddSeconds(20);
        var sweeps = sweepers.Select(s => Task.Run(() => s.ExpireAsync("slack", Now.AddHours(1)))).ToList();
        var retries = Enumerable.Range(0, 40).Select(i => Task.Run(() => retrier.TryBeginAsync("slack", $"Ev0HOT{i:D2}", at, TakeOver))).ToList();

        (await Task.WhenAll(sweeps)).Sum().Should().Be(40, "each old row is deleted by one sweeper");
        (await Task.WhenAll(retries)).Should().OnlyContain(taken => !taken, "every retry of a remembered event is a duplicate");
    }
}
