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
}
