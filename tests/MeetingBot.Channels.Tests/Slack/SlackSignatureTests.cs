using System.Text;
using MeetingBot.Channels.Slack.Http;

namespace MeetingBot.Channels.Tests.Slack;

public sealed class SlackSignatureTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_531_420_618);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");

    [Fact]
    public void SlacksOwnExample_IsValid()
    {
        // The worked example of Slack's "Verifying requests from Slack" page.
        SlackSignature.Sign(Secret, "1531420618", Body).Should().Be("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503");
        SlackSignature.Verify(Secret, "1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", Body, Now, Window)
            .Should().Be(SignatureCheck.Valid);
    }

    [Fact]
    public void AChangedBody_AnotherSecret_OrAnotherTimestamp_DoNotMatch()
    {
        var signature = SlackSignature.Sign(Secret, "1531420618", Body);
        var changed = (byte[])Body.Clone();
        changed[^1] ^= 1;
        SlackSignature.Verify(Secret, "1531420618", signature, changed, Now, Window).Should().Be(SignatureCheck.Mismatch);
        SlackSignature.Verify("another-secret", "1531420618", signature, Body, Now, Window).Should().Be(SignatureCheck.Mismatch);
        SlackSignature.Verify(Secret, "1531420619", signature, Body, Now, Window).Should().Be(SignatureCheck.Mismatch);
    }

    [Theory]
    [InlineData(-301, SignatureCheck.Stale)]
    [InlineData(301, SignatureCheck.Future)]
    [InlineData(-300, SignatureCheck.Valid)]
    [InlineData(300, SignatureCheck.Valid)]
    public void ATimestampOutsideFiveMinutes_EitherWay_IsRefused_EvenWhenSignedRightly(int offsetSeconds, SignatureCheck expected)
    {
        var timestamp = (Now.ToUnixTimeSeconds() + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        SlackSignature.Verify(Secret, timestamp, SlackSignature.Sign(Secret, timestamp, Body), Body, Now, Window).Should().Be(expected);
    }

    [Theory]
    [InlineData(null, "v0=00")]
    [InlineData("1531420618", null)]
    [InlineData("1531420618", "")]
    public void MissingHeaders_AreMissing(string? timestamp, string? signature) =>
        SlackSignature.Verify(Secret, timestamp, signature, Body, Now, Window).Should().Be(SignatureCheck.Missing);

    [Theory]
    [InlineData("abc", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("-1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5")]
    [InlineData("1531420618", "v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("99999999999999999999", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    public void MalformedHeaders_AreMalformed(string timestamp, string signature) =>
        SlackSignature.Verify(Secret, timestamp, signature, Body, Now, Window).Should().Be(SignatureCheck.Malformed);
}
