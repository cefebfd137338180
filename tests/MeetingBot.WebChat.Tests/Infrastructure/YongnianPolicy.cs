using MeetingBot.Core.Policy;
using MeetingBot.Core.Policy.Index;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.WebChat.Tests.Infrastructure;

/// <summary>
/// What the policy index says about the Yongnian document (seeds/002, the demo joint meeting demo-002), read the
/// way the bot reads it, so the scenarios check the answers against the index instead of against copied text.
/// </summary>
public static class YongnianPolicy
{
    public const string JointMeetingId = "demo-002";

    private static readonly Lazy<PolicyDocument> Document = new(() =>
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        var file = Directory.GetFiles(seeds, "002_*.txt").Single();
        return PolicyLibrary.Load(file).Documents.Single();
    });

    private static readonly Lazy<PolicyIndex> Index = new(() => new PolicyIndex([Document.Value]));

    /// <summary>The best-matching task for a "who is responsible for" question.</summary>
    public static PolicyTask MostRelevantTask(string question) =>
        Index.Value.Ask(question, TestClock.Today).Tasks.First().Task;

    /// <summary>A unit named by the document with the fewest tasks (at least one): its report card is one short page.</summary>
    public static PolicyUnit UnitWithFewestTasks(Func<string, bool> isMember) => Document.Value.Units
        .Where(u => u.Tasks.Count > 0 && isMember(u.Name))
        .OrderBy(u => u.Tasks.Count)
        .ThenBy(u => u.Name, StringComparer.Ordinal)
        .First();
}
