namespace MeetingBot.Host.Tests.Manifests;

// Teams wants a 192×192 full-colour icon and a 32×32 outline that is white on transparent, nothing else.
public sealed class TeamsIconTests
{
    private const int Rgb = 2, Rgba = 6;

    [Fact]
    public void Color_Header_Is192SquareFullColour()
    {
        var color = PngImage.Read(TeamsTemplate.File("color.png"));

        (color.Width, color.Height).Should().Be((192, 192));
        color.ColorType.Should().BeOneOf(Rgb, Rgba);
    }

    [Fact]
    public void Outline_Header_Is32SquareWithAlpha()
    {
        var outline = PngImage.Read(TeamsTemplate.File("outline.png"));

        (outline.Width, outline.Height).Should().Be((32, 32));
        outline.ColorType.Should().Be(Rgba, "an alpha channel is what makes the background transparent");
    }

    [Fact]
    public void Outline_Pixels_AreOnlyWhiteOrTransparent()
    {
        var pixels = PngImage.Read(TeamsTemplate.File("outline.png")).Pixels();

        // Anti-aliased edges are white with partial alpha, which Teams accepts; any other colour would show.
        pixels.Where(p => p.A != 0 && (p.R, p.G, p.B) != (255, 255, 255)).Should().BeEmpty();
        pixels.Should().Contain(p => p.A == 0, "the background is transparent");
        pixels.Should().Contain(p => p.A == 255, "there is a glyph to see");
    }

    [Fact]
    public void Color_Pixels_AreNotAllOneColour()
    {
        var pixels = PngImage.Read(TeamsTemplate.File("color.png")).Pixels();

        pixels.Distinct().Should().HaveCountGreaterThan(2);
        pixels.Should().Contain(p => p.A == 255 && p.R == 255 && p.G == 255 && p.B == 255, "the glyph is white");
    }
}
