using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Reporting;
using MeetingBot.Core.Reporting.Documents;
using MeetingBot.Core.Tests.Policy.Seeds;

namespace MeetingBot.Core.Tests.Reporting;

/// <summary>
/// The seed round after the convenor re-imported a version of the plan without a task a unit had reported on: the
/// Word brief keeps the task and its report, and marks it as the chat brief does (no longer in the current version).
/// </summary>
public class BriefDocumentDroppedTaskTests
{
    private static readonly (RoundReadModels Round, string DroppedId, string OtherId) Seed = Reimported();

    private static (RoundReadModels, string, string) Reimported()
    {
        var snapshot = SeedRound.Snapshot();
        var jm = snapshot.JointMeeting.Value;
        var reported = snapshot.Reports.SelectMany(r => r.Value.State.Entries.Select(e => e.TaskId)).ToHashSet();
        var dropped = snapshot.Reports[0].Value.State.Entries[0].TaskId;
        var proposal = JointMeetingProposal.FromPolicy(SeedDocuments.Load(SeedDocuments.Yongnian));
        jm.ReimportTasks(new ChatAccount("msteams", "aad-convenor", "张召集"), proposal with { Tasks = proposal.Tasks.Where(t => t.Id != dropped).ToList() }, SeedRound.AsOf, reported);
        var other = jm.Tasks.First(t => !t.Dropped && reported.Contains(t.Id)).Id;
        return (RoundReadModels.Of(snapshot, snapshot.Rounds[0].Value, SeedRound.AsOf), dropped, other);
    }

    private static string[] TaskHeadings(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading2").Select(p => p.InnerText).ToArray();
    }

    [Theory]
    [InlineData(Lang.Zh, "已不在文件当前版本中")]
    [InlineData(Lang.En, "no longer in the current version of the document")]
    public void ATaskKeptOnlyForItsReports_IsMarkedInItsHeading_LikeTheChatBrief_AndTheOthersAreNot(Lang lang, string mark)
    {
        var (round, dropped, other) = Seed;
        round.Brief.Tasks.Single(t => t.Task.Id == dropped).Task.Dropped.Should().BeTrue("the re-import kept it for its report");

        var headings = TaskHeadings(BriefDocument.Write(round.Brief, round.Status, lang));

        var label = TaskNumbers.Label(round.Brief.Tasks.Single(t => t.Task.Id == dropped).Task, lang);
        headings.Should().ContainSingle(h => h.StartsWith(label, StringComparison.Ordinal)).Which.Should().Contain(mark);
        headings.Where(h => h.Contains(mark, StringComparison.Ordinal)).Should().ContainSingle("only the dropped task is marked");
        headings.Should().Contain(h => h.StartsWith(TaskNumbers.Label(round.Brief.Tasks.Single(t => t.Task.Id == other).Task, lang), StringComparison.Ordinal));
        string.Join("\n", BriefWriter.Write(round.Brief, lang)).Should().Contain(label + Replies.TaskDropped(lang), "the chat brief marks it the same way");
    }

    [Theory]
    [InlineData(Lang.Zh)]
    [InlineData(Lang.En)]
    public void WithADroppedTask_TheBriefStillPassesTheOpenXmlValidator(Lang lang)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(BriefDocument.Write(Seed.Round.Brief, Seed.Round.Status, lang)), false);

        new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").Should().BeEmpty();
    }
}
