using MeetingBot.Channels.WebChat;
using MeetingBot.Channels.WebChat.DirectLine;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.WebChat.DirectLine;

public sealed class StreamTicketsTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Redeem_FreshTicket_OnceOnly()
    {
        var tickets = new StreamTickets(time);
        var ticket = tickets.Issue("conv", "dl_user");

        tickets.Redeem(ticket).Should().Be(("conv", "dl_user"));
        tickets.Redeem(ticket).Should().BeNull();
    }

    [Fact]
    public void Redeem_AfterAMinute_IsRefused()
    {
        var tickets = new StreamTickets(time);
        var ticket = tickets.Issue("conv", "dl_user");

        time.Advance(StreamTickets.Lifetime);

        tickets.Redeem(ticket).Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("guessed")]
    public void Redeem_UnknownTicket_IsRefused(string? ticket)
    {
        new StreamTickets(time).Redeem(ticket).Should().BeNull();
    }
}
