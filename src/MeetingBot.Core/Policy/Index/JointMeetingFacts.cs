using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Index;

/// <summary>What one document says about its joint meeting on one aspect: its clause and the sentence that says it.</summary>
public sealed record JointMeetingFact(PolicyDocument Document, JointMeetingClause Clause, PolicyTask? Task, string? Sentence);

/// <summary>
/// Finds what the documents say about their joint meetings: the parsed clause (convenor, members, meetings a year)
/// and, for what the model does not hold as fields yet (the office, the liaison officers), the document's own
/// sentence, quoted with its task. When the model grows such fields (see the joint-meeting charter work), answer
/// from them here first.
/// </summary>
internal static partial class JointMeetingFacts
{
    public static IReadOnlyList<JointMeetingFact> Find(IEnumerable<PolicyDocument> documents, JointMeetingAspect aspect)
    {
        var facts = new List<JointMeetingFact>();
        foreach (var document in documents)
        {
            if (document.JointMeeting is not { } clause) continue;
            var (task, sentence) = Sentence(document, clause, aspect);
            facts.Add(new JointMeetingFact(document, clause, task, sentence));
        }
        return facts;
    }

    private static (PolicyTask? Task, string? Sentence) Sentence(PolicyDocument document, JointMeetingClause clause, JointMeetingAspect aspect)
    {
        var keyword = aspect switch
        {
            JointMeetingAspect.Office => OfficeWords(),
            JointMeetingAspect.Liaison => LiaisonWords(),
            JointMeetingAspect.Frequency => FrequencyWords(),
            _ => null,
        };
        if (keyword is null) return (null, null);
        // The clause's own task first, then the rest of the document (a charter spreads its rules over sections).
        var tasks = document.Tasks.OrderByDescending(t => clause.TaskPath is { } p && t.Path.SequenceEqual(p)).ToList();
        foreach (var task in tasks)
            foreach (var sentence in SentenceEnd().Split(task.Text))
                if (keyword.IsMatch(sentence) && (sentence.Contains("联席会议") || sentence.Contains("召集") || aspect != JointMeetingAspect.Frequency))
                    return (task, sentence.Trim() + "。");
        return (null, null);
    }

    [GeneratedRegex(@"[。；;\n]")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"办公室(?:设在|设于|由)|秘书处")]
    private static partial Regex OfficeWords();

    [GeneratedRegex(@"联络员")]
    private static partial Regex LiaisonWords();

    [GeneratedRegex(@"(?:每年|每半年|每季度|原则上)[^。；]{0,12}(?:召开|举行)|(?:召开|举行)[^。；]{0,8}次")]
    private static partial Regex FrequencyWords();
}
