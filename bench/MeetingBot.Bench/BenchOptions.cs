namespace MeetingBot.Bench;

/// <summary>Command line: <c>[--quick] [--json &lt;file&gt;] [--help]</c>.</summary>
public sealed record BenchOptions(bool Quick, string? JsonPath, bool Help = false)
{
    public const string Usage = "usage: dotnet run -c Release --project bench/MeetingBot.Bench -- [--quick] [--json <file>]\n" +
        "  --quick        fewer warm-up and measured iterations (smoke run; figures are indicative only)\n" +
        "  --json <file>  also write the figures as JSON";

    /// <summary>Returns null (with a message) when the arguments are not understood.</summary>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var quick = false;
        var help = false;
        string? json = null;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    help = true;
                    break;
                case "--quick":
                    quick = true;
                    break;
                case "--json" when i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    json = args[++i];
                    break;
                case "--json":
                    error = "--json needs a file name.";
                    return null;
                default:
                    error = $"Unknown argument '{args[i]}'.";
                    return null;
            }
        }

        return new BenchOptions(quick, json, help);
    }
}
