using MeetingBot.Channels.BotFramework.Connector;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.BotFramework.Connector;

public sealed class ConversationPacerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public void WaitTurn_SevenSendsInASecond_GoAtOnce()
    {
        var pacer = new ConversationPacer(_time);

        for (var i = 0; i < 7; i++)
        {
            pacer.WaitTurnAsync("c1", CancellationToken.None).IsCompleted.Should().BeTrue();
        }
    }

    [Fact]
    public async Task WaitTurn_EighthSendInASecond_WaitsUntilTheFirstLeavesTheWindow()
    {
        var pacer = new ConversationPacer(_time);
        for (var i = 0; i < 7; i++) await pacer.WaitTurnAsync("c1", CancellationToken.None);

        var eighth = pacer.WaitTurnAsync("c1", CancellationToken.None);
        eighth.IsCompleted.Should().BeFalse();

        _time.Advance(TimeSpan.FromMilliseconds(999));
        eighth.IsCompleted.Should().BeFalse();
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await eighth;
    }

    [Fact]
    public async Task WaitTurn_NinthSendInTwoSeconds_WaitsForTheTwoSecondWindow()
    {
        var pacer = new ConversationPacer(_time);
        for (var i = 0; i < 7; i++) await pacer.WaitTurnAsync("c1", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        await pacer.WaitTurnAsync("c1", CancellationToken.None); // the 8th, 1 s later

        var ninth = pacer.WaitTurnAsync("c1", CancellationToken.None);
        _time.Advance(TimeSpan.FromMilliseconds(500));
        ninth.IsCompleted.Should().BeFalse("8 sends in 2 s is the limit");
        _time.Advance(TimeSpan.FromMilliseconds(500));
        await ninth;
    }

    [Fact]
    public async Task WaitTurn_SixtyOneSendsPacedAtTheSecondLimits_StillRespectThirtySeconds()
    {
        var pacer = new ConversationPacer(_time);
        var sent = new List<DateTimeOffset>();
        for (var i = 0; i < 61; i++)
        {
            var turn = pacer.WaitTurnAsync("c1", CancellationToken.None);
            while (!turn.IsCompleted) _time.Advance(TimeSpan.FromMilliseconds(50));
            await turn;
            sent.Add(_time.GetUtcNow());
        }

        (sent[60] - sent[0]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(30));
        for (var i = 7; i < sent.Count; i++) (sent[i] - sent[i - 7]).Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void WaitTurn_OtherConversations_AreNotHeldUp()
    {
        var pacer = new ConversationPacer(_time);
        for (var i = 0; i < 8; i++) _ = pacer.WaitTurnAsync("busy", CancellationToken.None);

        pacer.WaitTurnAsync("quiet", CancellationToken.None).IsCompleted.Should().BeTrue();
    }

    [Fact]
    public async Task WaitTurn_Cancelled_StopsWaiting()
    {
        var pacer = new ConversationPacer(_time);
        for (var i = 0; i < 7; i++) await pacer.WaitTurnAsync("c1", CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = pacer.WaitTurnAsync("c1", cancel.Token);
        await cancel.CancelAsync();

        await waiting.Invoking(w => w).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task WaitTurn_ManyConversationsIdleForAnHour_AreForgotten()
    {
        var pacer = new ConversationPacer(_time);
        for (var i = 0; i < 999; i++) await pacer.WaitTurnAsync($"unit-{i}", CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(1));

        await pacer.WaitTurnAsync("latest", CancellationToken.None); // the 1,000th send sweeps

        pacer.TrackedConversations.Should().Be(1);
    }
}
