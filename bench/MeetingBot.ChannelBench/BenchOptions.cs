using System.Globalization;

namespace MeetingBot.ChannelBench;

/// <summary>The command line: what to send, how long each phase lasts, and extra settings for the host process.</summary>
public sealed record BenchOptions
{
    public const string DefaultText = "谁负责双师型教师队伍建设？";

    /// <summary>The built host; null means src/MeetingBot.Host/bin/Release/net10.0/MeetingBot.Host.dll of this repository.</summary>
    public string? HostDll { get; init; }

    /// <summary>The message text of every turn ("help" for the cheapest answer the bot has).</summary>
    public string Text { get; init; } = DefaultText;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan Saturation { get; init; } = TimeSpan.FromSeconds(20);
    public int Threads { get; init; } = 2;
    public int Connections { get; init; } = 32;
    public double Rate { get; init; } = 500;
    public TimeSpan RateDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Conversations per wrk thread. The bot paces each conversation under Teams' limits (7 sends a second, 60 in
    /// 30 s), so load spread over too few would measure the pacer; 2,048 keeps each far below every limit.
    /// </summary>
    public int ConversationsPerThread { get; init; } = 2048;

    /// <summary>Conversations the fixed-rate run cycles through (at 500/s, one turn per conversation every 2 s).</summary>
    public int RateConversations { get; init; } = 1024;

    /// <summary>Extra environment variables for the host (runtime knobs such as DOTNET_gcServer=0), never bot settings.</summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    public string Wrk { get; init; } = "wrk";

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--host" => options with { HostDll = Path.GetFullPath(Value()) },
                "--text" => options with { Text = Value() },
                "--warmup" => options with { Warmup = Seconds(name, Value()) },
                "--saturation" => options with { Saturation = Seconds(name, Value()) },
                "--threads" => options with { Threads = Positive(name, Value()) },
                "--connections" => options with { Connections = Positive(name, Value()) },
                "--rate" => options with { Rate = Positive(name, Value()) },
                "--rate-duration" => options with { RateDuration = Seconds(name, Value()) },
                "--conversations" => options with { ConversationsPerThread = Positive(name, Value()) },
                "--wrk" => options with { Wrk = Value() },
                "--quick" => options with { Warmup = TimeSpan.FromSeconds(3), Saturation = TimeSpan.FromSeconds(5), RateDuration = TimeSpan.FromSeconds(10) },
                "--host-env" => AddEnvironment(options, environment, Value()),
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }

        return options with { HostEnvironment = environment };
    }

    public static string Usage => """
        usage: MeetingBot.ChannelBench [--quick] [--text <message>] [--warmup <s>] [--saturation <s>] [--threads <n>]
                                       [--connections <n>] [--rate <turns/s>] [--rate-duration <s>] [--conversations <n>]
                                       [--host <MeetingBot.Host.dll>] [--host-env KEY=VALUE]... [--wrk <path>]
        """;

    private static BenchOptions AddEnvironment(BenchOptions options, Dictionary<string, string> environment, string pair)
    {
        var equals = pair.IndexOf('=');
        if (equals <= 0) throw new ArgumentException($"--host-env wants KEY=VALUE, not '{pair}'");
        var key = pair[..equals];
        // The point of the bench is the real configuration: knobs that would switch off authentication, delivery or
        // warning logs are refused rather than measured.
        if (!key.StartsWith("DOTNET_", StringComparison.Ordinal) && !key.StartsWith("ASPNETCORE_", StringComparison.Ordinal))
            throw new ArgumentException($"--host-env takes runtime knobs (DOTNET_*, ASPNETCORE_*) only, not '{key}'");
        environment[key] = pair[(equals + 1)..];
        return options;
    }

    private static TimeSpan Seconds(string name, string value) => TimeSpan.FromSeconds(Positive(name, value));

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"{name} wants a positive whole number, not '{value}'");
}
