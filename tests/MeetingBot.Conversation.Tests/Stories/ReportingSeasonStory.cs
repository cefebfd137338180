using MeetingBot.Core.Conversation;
using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.Reporting;
using Xunit.Abstractions;

namespace MeetingBot.Conversation.Tests.Stories;

/// <summary>
/// The whole story through chat only, once per language: a convenor sets up the Yongnian joint meeting from
/// its policy document, schedules the year's two meetings and opens a round; three unit contacts join and are
/// approved; two report (one by card, one by text, one edits), one does not; the matrix and the brief say so; a
/// contact cannot report for another unit; a stranger asks who is responsible for 实训基地.
/// </summary>
public sealed class ReportingSeasonStory(ITestOutputHelper output) : IDisposable
{
    private readonly ChatHarness chat = new();

    [Fact]
    public Task WholeSeason_InChinese() => PlayAsync(SeasonScript.Chinese);

    [Fact]
    public Task WholeSeason_InEnglish() => PlayAsync(SeasonScript.English);

    private async Task PlayAsync(SeasonScript say)
    {
        var convenor = chat.Person("张召集");
        var finance = chat.Person("财政联络员");
        var education = chat.Person("教体联络员");
        var labour = chat.Person("人社联络员");
        var stranger = chat.Person("路人");
        var group = chat.Group("永年区职教联席会议");

        try
        {
            // Set-up, in the group that will work for the joint meeting.
            (await convenor.SaysAsync(say.Create, group)).AllText.Should().Contain("区政府职业教育工作联席会议").And.Contain(say.CreatedShows);
            (await convenor.SaysAsync(say.ListUnits, group)).AllText.Should().Contain("区财政局").And.Contain("区教体局").And.Contain("区人社局");

            // Three contacts ask to join; the convenor approves two by card and one by typing.
            await finance.SaysAsync(say.Joins[0]);
            await education.SaysAsync(say.Joins[1]);
            await labour.SaysAsync(say.Joins[2]);
            await convenor.PressAsync(convenor.Received("财政联络员"), say.ApproveButton);
            await convenor.PressAsync(convenor.Received("教体联络员"), say.ApproveButton);
            (await convenor.SaysAsync(say.ApproveByTyping, group)).AllText.Should().Contain("人社联络员");
            finance.Inbox.Should().Contain(m => m.Text.Contains(say.ApprovedShows));

            // Two meetings, so the year complies; every contact gets the notice with its invitation.
            (await convenor.SaysAsync(say.ScheduleFirst, group)).AllText.Should().Contain(say.FirstScheduledShows);
            (await convenor.SaysAsync(say.ScheduleSecond, group)).AllText.Should().Contain(say.SecondScheduledShows);
            var notice = education.Received(say.FirstAgenda);
            notice.Attachments.Should().ContainSingle(f => f.ContentType.StartsWith("text/calendar"));
            await education.PressAsync(notice, say.AttendButton);
            (await convenor.SaysAsync(say.YearList, group)).AllText.Should()
                .Contain(say.FirstAgenda).And.Contain(say.SecondAgenda).And.NotContain(say.YearShortShows);

            // The round: each contact gets the card of exactly their unit's tasks.
            (await convenor.SaysAsync(say.OpenRound, group)).AllText.Should().Contain(Replies.ReportDeadline(SubmitLang(say), new DateOnly(2026, 6, 10)));
            var financeCard = finance.Received(say.ReportCardShows);
            financeCard.Text.Should().Contain("落实国家职业教育制度框架").And.NotContain("拓宽普通教育和职业教育融通渠道");

            // 区财政局 reports by card: a draft first, then submitted.
            var onTrack = nameof(ProgressStatus.OnTrack);
            await finance.PressAsync(financeCard, say.DraftButton, new Dictionary<string, string> { ["status0"] = onTrack, ["text0"] = say.FinanceTexts[0] });
            (await finance.SubmitsReportAsync(financeCard, new Dictionary<string, string> { ["status0"] = onTrack, ["text0"] = say.FinanceTexts[1] }, SubmitLang(say)))
                .AllText.Should().Contain(say.SubmittedShows);

            // 区人社局 reports by text, matched to its task, then submits.
            (await labour.SaysAsync(say.LabourText)).AllText.Should().Contain("建立一支双师型教师队伍");
            (await labour.SaysAsync(say.SubmitTyped)).AllText.Should().Contain(say.SubmittedShows);

            // 区财政局 edits before the deadline, on the card of its report as it is now (the used one is done):
            // the report stays submitted, in a new version.
            (await finance.PressAsync(financeCard, say.SubmitButton)).AllText.Should().NotContain(say.SubmittedShows, "a used button is not pressed twice");
            var current = (await finance.SaysAsync(say.MyReport)).Messages[1];
            (await finance.SubmitsReportAsync(current, new Dictionary<string, string> { ["status0"] = onTrack, ["text0"] = say.FinanceTexts[2] }, SubmitLang(say)))
                .AllText.Should().NotContain(say.NotDone);
            // Draft, the page kept as a draft when the blank tasks were asked about, the submission, the edit.
            (await FinanceHistoryAsync()).Should().HaveCount(4);

            // 区人社局's contact tries to report for 区财政局 with 区财政局's card: refused, nothing changed.
            (await labour.PressAsync(current, say.DraftButton, new Dictionary<string, string> { ["text0"] = say.RefusedEdit }))
                .AllText.Should().Contain(say.RefusedShows);
            (await FinanceHistoryAsync()).Should().HaveCount(4);

            // The matrix: two submitted, 区教体局 (and the units without contacts) missing.
            var matrix = (await convenor.SaysAsync(say.WhoHasNotReported, group)).AllText;
            foreach (var line in say.MatrixShows) matrix.Should().Contain(line);

            // The brief, grouped by task then unit, with missing marked; it goes to the convenor only.
            var brief = await convenor.SaysAsync(say.Brief, group);
            foreach (var line in say.BriefShows) brief.AllText.Should().Contain(line);
            brief.Notifications.Should().BeEmpty();

            // A stranger asks a question in their own chat.
            var answer = (await stranger.SaysAsync(say.StrangerAsks)).AllText;
            foreach (var line in say.AnswerShows) answer.Should().Contain(line);
        }
        finally
        {
            foreach (var message in chat.Transcript) output.WriteLine("----\n" + message.Text);
        }
    }

    private async Task<IReadOnlyList<ReportVersion>> FinanceHistoryAsync()
    {
        var jointMeeting = (await chat.Store.ListAsync()).Single().Value;
        return await chat.Store.GetReportHistoryAsync(jointMeeting.Id, "r1", jointMeeting.FindUnit("区财政局")!.Id);
    }

    private static Lang SubmitLang(SeasonScript say) => say.SubmitButton == Replies.SubmitButton(Lang.En) ? Lang.En : Lang.Zh;

    public void Dispose() => chat.Dispose();
}
