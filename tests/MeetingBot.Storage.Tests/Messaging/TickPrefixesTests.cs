using MeetingBot.Storage.Messaging;

namespace MeetingBot.Storage.Tests.Messaging;

/// <summary>The key prefixes that turn "recorded since" into a prefix query: few, tight, and missing nothing.</summary>
public class TickPrefixesTests
{
    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(0L, 3_155_378_975_999_999_999L)] // DateTimeOffset's whole range
    [InlineData(638_000_000_000_000_000L, 638_000_000_000_000_000L)]
    [InlineData(638_999_999_999_999_999L, 639_000_000_000_000_000L)] // one tick across a change of every lower digit
    [InlineData(639_076_000_000_000_000L, 639_077_000_000_000_000L)]
    [InlineData(639_076_123_456_789_012L, 639_077_987_654_321_098L)]
    [InlineData(9_999_999_999_999_999L, 10_000_000_000_000_001L)]
    public void Covering_HoldsBothEndsAndAtMostSevenPrefixes(long from, long to)
    {
        var prefixes = TickPrefixes.Covering(from, to);

        prefixes.Should().HaveCountLessThanOrEqualTo(TickPrefixes.MaxPrefixes).And.OnlyHaveUniqueItems();
        foreach (var ticks in new[] { from, to, from + (to - from) / 2, from + (to - from) / 3 })
            prefixes.Should().ContainSingle(p => D19(ticks).StartsWith(p, StringComparison.Ordinal), $"tick {ticks} is in range");
    }

    [Fact]
    public void Covering_RandomRanges_HoldEveryTickInsideAndLittleOutside()
    {
        var random = new Random(20260302);
        for (var i = 0; i < 2_000; i++)
        {
            var from = random.NextInt64(0, 3_155_378_975_999_999_999L);
            var to = from + random.NextInt64(0, 1L << random.Next(1, 62)) % (3_155_378_975_999_999_999L - from + 1);

            var prefixes = TickPrefixes.Covering(from, to);

            prefixes.Count.Should().BeInRange(1, TickPrefixes.MaxPrefixes);
            var probe = from + random.NextInt64(0, to - from + 1);
            prefixes.Should().Contain(p => D19(probe).StartsWith(p, StringComparison.Ordinal));
            // Tight: one digit fewer would have been enough only if the range needed more than seven prefixes.
            var width = Pow10(19 - prefixes[0].Length);
            ((double)prefixes.Count * width).Should().BeLessThanOrEqualTo((to - from + 1) * 10.0 + 2.0 * width); // double: no overflow near 10^19
        }
    }

    [Fact]
    public void Covering_ADayOfNow_ReadsAtMostAFewDays()
    {
        var now = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero).UtcTicks;
        var prefixes = TickPrefixes.Covering(now - TimeSpan.TicksPerHour, now + TimeSpan.TicksPerDay);

        (prefixes.Count * Pow10(19 - prefixes[0].Length)).Should().BeLessThanOrEqualTo(3 * TimeSpan.TicksPerDay);
    }

    private static string D19(long ticks) => ticks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);

    private static long Pow10(int exponent) => (long)Math.Pow(10, exponent);
}
