using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// What a free-text question asks, in Chinese or English: who is responsible for a topic (or convenes a joint
/// meeting), what a unit owns, or which targets fall due in a period or concern a topic. Anything else is taken
/// as a topic ("双师型教师" alone asks who owns it). <see cref="Subject"/> is the topic of a targets question,
/// or the whole question when it names none.
/// </summary>
public sealed record PolicyQuestion(PolicyQuestionKind Kind, string Subject, DateOnly? DueFrom, DateOnly? DueBy)
{
    /// <summary>For a targets question: the topic it narrows them to ("双师型教师比例目标是多少"), else null.</summary>
    public string? TargetTopic { get; init; }

    /// <summary>True when the question asks who convenes something (谁召集 / 召集人是谁).</summary>
    public bool AboutConvenor { get; init; }

    /// <summary>For a question about the joint meeting itself: what it asks.</summary>
    public JointMeetingAspect? Aspect { get; init; }

    public static PolicyQuestion Parse(string question, DateOnly today)
    {
        var q = QuestionText.Tidy(question);

        if (JointMeetingQuestion.Read(q) is { } aspect)
            return new PolicyQuestion(PolicyQuestionKind.JointMeeting, "联席会议", null, null) { Aspect = aspect };

        if (QuestionPatterns.AboutTargets().IsMatch(q))
        {
            var topic = QuestionPatterns.TargetTopic(q);
            var (from, by) = QuestionPatterns.Period(q, today, defaultToThisYear: topic is null);
            return new PolicyQuestion(PolicyQuestionKind.TargetsDue, topic ?? q, from, by) { TargetTopic = topic };
        }

        foreach (var pattern in QuestionPatterns.ConvenorQuestions)
        {
            var m = pattern.Match(q);
            // 召集人是谁 without a topic asks about the joint meeting, the one body a document gives a convenor.
            if (m.Success) return new PolicyQuestion(PolicyQuestionKind.WhoIsResponsible, CleanTopic(m.Groups["topic"].Value) is { Length: > 0 } t ? t : "联席会议", null, null) { AboutConvenor = true };
        }
        foreach (var pattern in QuestionPatterns.UnitQuestions)
        {
            var m = pattern.Match(q);
            if (m.Success) return new PolicyQuestion(PolicyQuestionKind.UnitTasks, EnglishGlossary.ToChinese(m.Groups["unit"].Value.Trim()), null, null);
        }
        foreach (var pattern in QuestionPatterns.TopicQuestions)
        {
            var m = pattern.Match(q);
            if (m.Success && CleanTopic(m.Groups["topic"].Value) is { Length: > 0 } topic) return new PolicyQuestion(PolicyQuestionKind.WhoIsResponsible, topic, null, null);
        }
        // The frame elsewhere or in other words: 校企合作这一块谁牵头啊, 这个补贴找谁, 老师傅带徒弟的补助谁发.
        if (QuestionFrame.WhoTopic(q) is { } framed) return new PolicyQuestion(PolicyQuestionKind.WhoIsResponsible, CleanTopic(framed), null, null);
        return new PolicyQuestion(PolicyQuestionKind.WhoIsResponsible, CleanTopic(q), null, null);
    }

    // Known English terms in the documents' Chinese (the glossary's phrases first: "teacher training"), unknown words kept.
    private static string CleanTopic(string topic) => EnglishGlossary.TopicToChinese(Retrieval.Glossary.Default.EnglishToChinese(
        QuestionFrame.Topic(QuestionPatterns.TopicFiller().Replace(QuestionFrame.Topic(topic), "")))).Trim();
}
