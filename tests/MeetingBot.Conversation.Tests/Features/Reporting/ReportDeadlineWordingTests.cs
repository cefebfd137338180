using System.Text.Encodings.Web;
using System.Text.Json;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Reminders;

namespace MeetingBot.Conversation.Tests.Features.Reporting;

/// <summary>
/// One round's deadline reads the same wherever a person meets it: the reply that opens the round, the report card,
/// the reply to a submission, a reminder (text and card), the round's status and the brief. A place that formats the
/// day its own way ("2026-06-10" next to "2026年6月10日（周三）") fails here.
/// </summary>
public sealed class ReportDeadlineWordingTests : IDisposable
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly ChatHarness chat = new();

    public void Dispose() => chat.Dispose();

    [Theory]
    [InlineData("zh-CN", "2026年6月10日（周三）", "发起报告 m1 截止 2026-06-10", "进度报告：", "会议简报", "报告情况")]
    [InlineData("en", "Wed 10 Jun 2026", "open reports for m1 due 2026-06-10", "Progress report: ", "brief", "report status")]
    public async Task OneRound_DeadlineReadsTheSameEverywhere(string language, string day, string open, string cardHeading, string brief, string status)
    {
        var lang = language == "en" ? Lang.En : Lang.Zh;
        Replies.ReportDeadline(lang, ReportingStage.Deadline).Should().Be(day);
        var stage = await ReportingStage.SetUpAsync(chat, language);

        var opened = (await stage.Convenor.SaysAsync(open, stage.Group)).AllText;
        var card = stage.FinanceContact.Received(cardHeading + ReportingStage.Finance);
        var submitted = (await stage.FinanceContact.SubmitsReportAsync(card, new Dictionary<string, string> { ["text0"] = "进展顺利" }, lang)).AllText;
        var reminder = await ReminderAsync(stage, ReportingStage.Education);
        var statusText = (await stage.Convenor.SaysAsync(status, stage.Group)).AllText;
        var briefText = (await stage.Convenor.SaysAsync(brief, stage.Group)).Messages[0].Text;

        var places = new Dictionary<string, string>
        {
            ["round opened"] = opened,
            ["report card"] = card.Text + JsonSerializer.Serialize(card.Card!.Json(), Readable),
            ["submitted"] = submitted,
            ["reminder"] = reminder.Text,
            ["reminder card"] = JsonSerializer.Serialize(reminder.Card!.Json(), Readable),
            ["report status"] = statusText,
            ["brief"] = briefText,
        };
        foreach (var (place, text) in places)
        {
            text.Should().Contain(day, $"the {place} states the deadline").And.NotContain("2026-06-10", $"the {place} writes the deadline like every other place");
        }
    }

    [Theory]
    [InlineData("zh-CN", "发起报告 m1 截止 2026-06-20", "2026年6月20日（周六）", "2026年6月18日（周四）")]
    [InlineData("en", "open reports for m1 due 2026-06-20", "Sat 20 Jun 2026", "Thu 18 Jun 2026")]
    public async Task ARefusedDeadline_ReadsLikeEveryOtherDeadline(string language, string open, string deadline, string meeting)
    {
        var stage = await ReportingStage.SetUpAsync(chat, language);

        var refused = (await stage.Convenor.SaysAsync(open, stage.Group)).AllText;

        refused.Should().Contain(deadline).And.Contain(meeting).And.NotContain("2026-06-20").And.NotContain("2026-06-18");
        (await stage.SnapshotAsync()).Rounds.Should().BeEmpty();
    }

    private async Task<OutgoingMessage> ReminderAsync(ReportingStage stage, string unitName)
    {
        var snapshot = await stage.SnapshotAsync();
        var index = chat.Catalog.IndexFor(snapshot.JointMeeting.Value);
        var unit = await stage.UnitIdAsync(unitName);
        var due = ReminderSchedule.Between(snapshot, index,
            new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.FromHours(8)), new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.FromHours(8)));
        var reminder = due.Single(r => r.Key is { Name: "due-3", Subject: "round:r1" } && r.Key.Recipient == unit);
        return ReminderMessages.Compose(reminder, snapshot, index, late: false).Single().Message;
    }
}
