using System.Globalization;
using MeetingBot.ChannelBench.Peers;

namespace MeetingBot.ChannelBench.Load;

/// <summary>
/// The Lua script wrk runs: each request is the activity with its own id, in one of the thread's conversations in
/// turn (thread k uses "a:bench-wk-0" … up to the count, the ids the primer opened), with the channel's bearer token.
/// Each thread counts what it sent and which answers were 200; done() prints those and wrk's own summary as
/// "BENCH key=value" lines for <see cref="WrkRunner"/>.
/// </summary>
public static class WrkScript
{
    /// <summary>The conversation group of wrk thread <paramref name="thread"/> (1-based), as the primer must name it.</summary>
    public static string Group(int thread) => $"w{thread}";

    public static string Write(ActivityBody body, string token, int conversationsPerThread)
    {
        var path = Path.Combine(Path.GetTempPath(), $"meetingbot-channelbench-{Guid.NewGuid():N}.lua");
        File.WriteAllText(path, Render(body, token, conversationsPerThread));
        return path;
    }

    private static string Render(ActivityBody body, string token, int conversations) => $$"""
        -- Written by MeetingBot.ChannelBench: authenticated Teams message turns, one conversation after another.
        local before_id = {{Long(body.BeforeId)}}
        local before_conversation = {{Long(body.BeforeConversation)}}
        local rest = {{Long(body.Rest)}}
        local conversations = {{conversations.ToString(CultureInfo.InvariantCulture)}}
        local headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer {{token}}" }
        local threads = {}

        function setup(thread)
          table.insert(threads, thread)
          thread:set("group", "w" .. #threads)
        end

        function init(args)
          sent = 0
          ok = 0
          other = 0
        end

        function request()
          local n = sent
          sent = sent + 1
          local conversation = "a:bench-" .. group .. "-" .. (n % conversations)
          return wrk.format("POST", "/api/messages", headers, before_id .. group .. ":" .. n .. before_conversation .. conversation .. rest)
        end

        function response(status, headers, body)
          if status == 200 then ok = ok + 1 else other = other + 1 end
        end

        function done(summary, latency, requests)
          local s, o, x = 0, 0, 0
          for _, thread in ipairs(threads) do
            s = s + thread:get("sent")
            o = o + thread:get("ok")
            x = x + thread:get("other")
          end
          local e = summary.errors
          io.write(string.format("BENCH sent=%d ok=%d other=%d\n", s, o, x))
          io.write(string.format("BENCH requests=%d duration_us=%d connect=%d read=%d write=%d status=%d timeout=%d\n",
            summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout))
          io.write(string.format("BENCH p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d mean_us=%d\n",
            latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9), latency.max, math.floor(latency.mean)))
        end
        """;

    // A Lua long string: the JSON goes in byte for byte, Chinese included, with nothing to escape.
    private static string Long(string text) =>
        text.Contains("]==]", StringComparison.Ordinal) ? throw new ArgumentException("text closes a Lua long string") : $"[==[{text}]==]";
}
