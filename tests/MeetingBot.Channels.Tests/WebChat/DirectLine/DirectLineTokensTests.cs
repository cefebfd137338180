using System.Buffers.Text;
using System.Text;
using MeetingBot.Channels.WebChat;
using MeetingBot.Channels.WebChat.DirectLine;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Channels.Tests.WebChat.DirectLine;

public sealed class DirectLineTokensTests
{
    private static readonly byte[] Key = DirectLineTokens.DeriveKey("a web chat signing key of some length");
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    private DirectLineTokens Tokens(byte[]? key = null) => new(key ?? Key, TimeSpan.FromMinutes(30), time);

    [Fact]
    public void Check_IssuedToken_IsValidForItsConversationAndUser()
    {
        var token = Tokens().Issue("conv-1", "dl_user", "召集人");

        var check = Tokens().Check(token);

        check.Status.Should().Be(TokenStatus.Valid);
        check.Claims.Should().Be(new DirectLineClaims("conv-1", "dl_user", "召集人", time.GetUtcNow().AddMinutes(30)));
    }

    [Fact]
    public void Check_PayloadNamingAnotherConversation_IsForged()
    {
        var token = Tokens().Issue("conv-1", "dl_user", null);
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token.Split('.')[0])).Replace("conv-1", "conv-2");
        var tampered = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload)) + "." + token.Split('.')[1];

        Tokens().Check(tampered).Status.Should().Be(TokenStatus.Forged);
    }

    [Fact]
    public void Check_TokenOfAnotherKey_IsForged()
    {
        var token = Tokens(DirectLineTokens.DeriveKey("another key, another process, same length")).Issue("conv-1", "dl_user", null);

        Tokens().Check(token).Status.Should().Be(TokenStatus.Forged);
    }

    [Fact]
    public void Check_AtItsExpiry_IsExpired()
    {
        var token = Tokens().Issue("conv-1", "dl_user", null);
        time.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1));
        Tokens().Check(token).Status.Should().Be(TokenStatus.Valid);

        time.Advance(TimeSpan.FromSeconds(1));

        Tokens().Check(token).Status.Should().Be(TokenStatus.Expired);
    }

    [Theory]
    [InlineData(null, TokenStatus.Missing)]
    [InlineData("", TokenStatus.Missing)]
    [InlineData("abc", TokenStatus.Malformed)]
    [InlineData("a.b.c", TokenStatus.Malformed)]
    [InlineData(".abc", TokenStatus.Malformed)]
    [InlineData("e30.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", TokenStatus.Forged)]
    [InlineData("e30.!!!", TokenStatus.Malformed)]
    public void Check_Garbage_IsRefused(string? token, TokenStatus expected)
    {
        Tokens().Check(token).Status.Should().Be(expected);
    }

    [Fact]
    public void Check_SignedPayloadThatIsNotOurs_IsMalformed()
    {
        // Someone with the key signs nonsense: refused, not a crash.
        var body = Base64Url.EncodeToString("""{"c":5}"""u8);
        var signature = Base64Url.EncodeToString(System.Security.Cryptography.HMACSHA256.HashData(Key, Encoding.ASCII.GetBytes(body)));

        Tokens().Check($"{body}.{signature}").Status.Should().Be(TokenStatus.Malformed);
    }
}
