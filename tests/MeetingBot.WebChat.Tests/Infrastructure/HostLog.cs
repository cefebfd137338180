using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MeetingBot.WebChat.Tests.Infrastructure;

/// <summary>The host's warnings and errors, kept in memory so a failed step can show what the server said.</summary>
public sealed class HostLog : ILoggerProvider
{
    private const int Kept = 200;
    private readonly ConcurrentQueue<string> lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public string Text => lines.IsEmpty ? "(no warnings or errors)" : string.Join('\n', lines);

    public void Dispose()
    {
    }

    private void Add(string line)
    {
        lines.Enqueue(line);
        while (lines.Count > Kept && lines.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(HostLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                log.Add($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
        }
    }
}
