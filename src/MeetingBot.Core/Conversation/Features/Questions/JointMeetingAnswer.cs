using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Meetings;
using MeetingBot.Core.Policy.Index;

namespace MeetingBot.Core.Conversation.Features.Questions;

/// <summary>
/// Questions about the joint meeting itself (how often it meets, its members, its office, its liaison officers,
/// when it last met): from the joint meeting's own state when the conversation is about one (what the bot keeps is
/// the current truth), else from what the documents' joint-meeting clauses say, cited.
/// </summary>
public static class JointMeetingAnswer
{
    public static QuestionAnswer Build(QuestionContext context, PolicyQuestion question)
    {
        var lang = context.Lang;
        var aspect = question.Aspect ?? JointMeetingAspect.Frequency;
        if (context.JointMeeting is { } jm && FromState(context, jm, aspect) is { } own) return own;

        var facts = context.Index.Answer(question).JointMeetings;
        if (facts.Count == 0) return QuestionAnswer.Plain(Replies.QuestionsNoJointMeetingClause(lang));
        return QuestionAnswer.List(
            Replies.QuestionsJointMeetingHeader(lang, aspect),
            facts.Select(f => Replies.QuestionsJointMeetingFact(lang, aspect, f, QuestionContext.Cite(f.Document, f.Task))).ToList());
    }

    private static QuestionAnswer? FromState(QuestionContext context, JointMeeting jm, JointMeetingAspect aspect)
    {
        var lang = context.Lang;
        switch (aspect)
        {
            case JointMeetingAspect.Frequency:
                return QuestionAnswer.Plain(Replies.QuestionsMeetsPerYear(lang, jm.Name, jm.State.MinMeetingsPerYear));
            case JointMeetingAspect.Members:
                return QuestionAnswer.List(Replies.QuestionsMembersHeader(lang, jm.Name, jm.State.Units.Count),
                    jm.State.Units.Select(u => "• " + u.Name).ToList(), QuestionAnswer.DefaultPageSize * 2);
            case JointMeetingAspect.Office:
                // Without a secretariat unit set, what the documents say is the best answer there is.
                return jm.State.SecretariatUnitId is { } office ? QuestionAnswer.Plain(Replies.QuestionsOfficeIs(lang, jm.Name, Replies.UnitName(jm, office))) : null;
            case JointMeetingAspect.Liaison:
                var contacts = jm.State.Contacts.Where(c => c is { Role: ContactRole.UnitContact, Status: ContactStatus.Approved, UnitId: not null })
                    .OrderBy(c => c.UnitId, StringComparer.Ordinal).Select(c => (Replies.UnitName(jm, c.UnitId!), c.Account.DisplayName)).ToList();
                return QuestionAnswer.List(Replies.QuestionsLiaisonHeader(lang, jm.Name, contacts.Count),
                    contacts.Select(c => $"• {c.Item1}：{c.DisplayName}").ToList(), QuestionAnswer.DefaultPageSize * 2);
            case JointMeetingAspect.LastMeeting:
                var last = context.Snapshot!.Meetings.Select(m => m.Value)
                    .Where(m => m.Status == MeetingStatus.Held)
                    .OrderByDescending(m => m.State.LocalStart).FirstOrDefault();
                return QuestionAnswer.Plain(Replies.QuestionsLastMeeting(lang, jm.Name, last?.LocalDate, last?.State.Agenda));
            default:
                return null;
        }
    }
}
