using System.Diagnostics;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.ProvinceBench;

/// <summary>
/// Answer times of whole turns through the conversation handler on the province's store: a member's "我的任务"
/// (their joint meeting found by lookup, loaded, answered) and a stranger's "帮助" (every lookup misses, then the
/// directory's count of joint meetings). Each stranger is another person, so nothing of theirs is cached.
/// </summary>
internal sealed class AnswerTimes(ConversationHandler handler, ChatAccount member)
{
    private static int strangers;

    public List<double> Member { get; } = [];
    public List<double> Stranger { get; } = [];

    /// <summary>One turn of each; throws when an answer is not what that person should get.</summary>
    public async Task OneOfEachAsync()
    {
        var mine = await TimeAsync(member, "我的任务", Member);
        if (!mine.Contains("县第", StringComparison.Ordinal)) throw new InvalidOperationException("the member's tasks were not answered: " + mine);
        var stranger = new ChatAccount("msteams", $"aad-stranger-{Interlocked.Increment(ref strangers)}", "路人");
        var help = await TimeAsync(stranger, "帮助", Stranger);
        if (!help.Contains("查找联席会议", StringComparison.Ordinal)) throw new InvalidOperationException("the stranger's help does not say how to find a joint meeting: " + help);
    }

    private async Task<string> TimeAsync(ChatAccount who, string text, List<double> into)
    {
        var message = new ChatMessage(who, new ChatConversation("msteams", $"a:{who.AccountId}", ConversationKind.Personal), text);
        var watch = Stopwatch.StartNew();
        var reply = await handler.HandleAsync(message);
        lock (into) into.Add(watch.Elapsed.TotalMilliseconds);
        return string.Join('\n', reply.Messages.Select(m => m.Text));
    }

    public static string Describe(List<double> values)
    {
        var sorted = values.Order().ToList();
        return $"p50 {At(sorted, 0.50):0.0} ms, p99 {At(sorted, 0.99):0.0} ms (n={sorted.Count})";
    }

    public static double P99(List<double> values) => At(values.Order().ToList(), 0.99);

    private static double At(List<double> sorted, double q) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
}
