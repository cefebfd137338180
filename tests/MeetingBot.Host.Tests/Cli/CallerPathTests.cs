using MeetingBot.Host.Cli;

namespace MeetingBot.Host.Tests.Cli;

public sealed class CallerPathTests : IDisposable
{
    private readonly TempFolder _caller = new();

    public void Dispose() => _caller.Dispose();

    [Fact]
    public void Resolve_RelativePathOnlyInCallerDirectory_ReturnsItThere()
    {
        var expected = _caller.WriteText("only-in-caller.txt", "一、总则");

        CallerPath.Resolve("only-in-caller.txt", _caller.Path).Should().Be(expected);
    }

    [Fact]
    public void Resolve_RelativePathFoundNowhere_ReturnsItAsTyped() =>
        CallerPath.Resolve(Path.Combine("seeds", "missing.txt"), _caller.Path).Should().Be(Path.Combine("seeds", "missing.txt"));

    [Fact]
    public void Resolve_NoCallerDirectory_ReturnsItAsTyped() =>
        CallerPath.Resolve("only-in-caller.txt", null).Should().Be("only-in-caller.txt");

    [Fact]
    public void Resolve_AbsolutePath_ReturnsItUnchanged()
    {
        var absolute = Path.Combine(_caller.Path, "elsewhere.txt");

        CallerPath.Resolve(absolute, "/nonexistent").Should().Be(absolute);
    }
}
