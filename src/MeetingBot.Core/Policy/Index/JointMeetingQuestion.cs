using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Index;

/// <summary>What a question about the joint meeting itself asks.</summary>
public enum JointMeetingAspect
{
    /// <summary>How often it meets (每年至少召开2次).</summary>
    Frequency,
    /// <summary>Which units are its members.</summary>
    Members,
    /// <summary>Where its office (secretariat) is.</summary>
    Office,
    /// <summary>Who the liaison officers (联络员) are.</summary>
    Liaison,
    /// <summary>When it last met.</summary>
    LastMeeting,
}

/// <summary>
/// Reads a question about the joint meeting itself: how often it meets, its members, its office, its liaison
/// officers, when it last met (who convenes it is a "who" question, <see cref="PolicyQuestion.AboutConvenor"/>).
/// </summary>
public static partial class JointMeetingQuestion
{
    public static JointMeetingAspect? Read(string question)
    {
        var q = QuestionText.Tidy(question);
        if (Frequency().IsMatch(q)) return JointMeetingAspect.Frequency;
        if (LastMeeting().IsMatch(q)) return JointMeetingAspect.LastMeeting;
        if (Liaison().IsMatch(q)) return JointMeetingAspect.Liaison;
        if (Office().IsMatch(q)) return JointMeetingAspect.Office;
        if (Members().IsMatch(q)) return JointMeetingAspect.Members;
        return null;
    }

    // 联席会议多久开一次 / 一年开几次会 / 每年召开几次 / how often does the joint meeting meet
    [GeneratedRegex(@"(?:多久|多长时间|隔多久)(?:开|召开|举行)?(?:一次|1次)?(?:会|会议)?|(?:一年|每年|年度|半年)[^,，。]{0,6}?(?:开|召开|举行)?(?:几|多少)次|(?:开|召开)(?:几|多少)次会|how often|how many (?:times|meetings)(?: a| per| each)? year|how frequently", RegexOptions.IgnoreCase)]
    private static partial Regex Frequency();

    // 上次开会是什么时候 / 最近一次会议 / when did the joint meeting last meet
    [GeneratedRegex(@"(?:上次|上一次|最近一次|最近|前一次)(?:是)?(?:什么时候)?(?:开会|开的会|会议|召开|联席会)|last (?:meeting|met|held)|(?:when|did)[^?]*\blast\b[^?]*(?:meet|met|meeting)", RegexOptions.IgnoreCase)]
    private static partial Regex LastMeeting();

    // 联络员是谁 / 各单位联络员 / who are the liaison officers
    // ("我是区财政局联络员" says who one is: the membership feature's.)
    [GeneratedRegex(@"联络员(?:是谁|有谁|有哪些|都是谁|都有谁|名单|是哪些人)|^(?:谁是|哪些人是)(?:各单位的?|各成员单位的?)?联络员|^(?:各单位的?|各成员单位的?)联络员$|who (?:are|is) (?:the |our )?liaison", RegexOptions.IgnoreCase)]
    private static partial Regex Liaison();

    // 联席会议办公室设在哪 / 办公室在哪个单位 / where is the office of the joint meeting
    [GeneratedRegex(@"(?:联席会议)?办公室(?:设在|在|是)(?:哪|什么|那)|(?:联席会议|会议)的?办公室$|秘书处(?:在|是|设在)|where is (?:the |its )?(?:office|secretariat)|(?:office|secretariat) of the joint meeting|which unit (?:hosts|runs) the (?:office|secretariat)", RegexOptions.IgnoreCase)]
    private static partial Regex Office();

    // 联席会议有哪些成员单位 / 成员单位有哪些 / 哪些部门参加联席会议 / who are the members
    [GeneratedRegex(@"(?:成员单位|成员)(?:有哪些|是哪些|都有谁|包括|有谁|名单|都是谁)|(?:有哪些|哪些)(?:成员单位|成员)|哪些(?:单位|部门)(?:参加|参与|组成)|(?:who|which units) are (?:the |its )?members|members of the joint meeting|who (?:sits|is) on the joint meeting", RegexOptions.IgnoreCase)]
    private static partial Regex Members();
}
