using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.Reporting;
using Xunit.Abstractions;

namespace MeetingBot.Conversation.Tests.Stories;

/// <summary>
/// The whole story in Chinese, through chat only: a convenor sets up the Yongnian joint meeting from its
/// policy document, schedules the year's two meetings and opens a round; three unit contacts join and are
/// approved; two report (one by card, one by text, one edits), one does not; the matrix and the brief say so; a
/// contact cannot report for another unit; a stranger asks who is responsible for 实训基地.
/// </summary>
public sealed class ReportingSeasonStory(ITestOutputHelper output) : IDisposable
{
    private readonly ChatHarness chat = new();

    [Fact]
    public async Task WholeSeason_InChinese()
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
            var created = await convenor.SaysAsync("创建联席会议 002", group);
            created.AllText.Should().Contain("区政府职业教育工作联席会议");
            (await convenor.SaysAsync("成员单位", group)).AllText.Should().Contain("区财政局").And.Contain("区教体局").And.Contain("区人社局");

            // Three contacts ask to join; the convenor approves two by card and one by typing.
            await finance.SaysAsync("我是区财政局联络员");
            await education.SaysAsync("我是区教体局的联络员");
            await labour.SaysAsync("我是人社局联络员");
            await convenor.PressAsync(convenor.Received("财政联络员"), "批准");
            await convenor.PressAsync(convenor.Received("教体联络员"), "批准");
            (await convenor.SaysAsync("批准 人社联络员", group)).AllText.Should().Contain("人社联络员");
            finance.Inbox.Should().Contain(m => m.Text.Contains("批准"));

            // Two meetings, so the year complies; every contact gets the notice with its invitation.
            (await convenor.SaysAsync("安排会议 2026-06-18 14:30 第一次全体会议", group)).AllText.Should().Contain("2026年6月18日（周四）14:30");
            (await convenor.SaysAsync("安排会议 2026年11月19日上午9点半 第二次全体会议", group)).AllText.Should().Contain("09:30");
            var notice = education.Received("第一次全体会议");
            notice.Attachments.Should().ContainSingle(f => f.ContentType.StartsWith("text/calendar"));
            await education.PressAsync(notice, "参加");
            var year = await convenor.SaysAsync("今年的会议", group);
            year.AllText.Should().Contain("第一次全体会议").And.Contain("第二次全体会议").And.NotContain("还差");

            // The round: each contact gets the card of exactly their unit's tasks.
            var opened = await convenor.SaysAsync("发起报告 2026-06-18 截止 2026-06-10", group);
            opened.AllText.Should().Contain("2026-06-10");
            var financeCard = finance.Received("进度报告");
            financeCard.Text.Should().Contain("落实国家职业教育制度框架").And.NotContain("拓宽普通教育和职业教育融通渠道");
            var labourCard = labour.Received("进度报告");

            // 区财政局 reports by card: a draft first, then submitted.
            await finance.PressAsync(financeCard, "保存草稿", new Dictionary<string, string> { ["status0"] = nameof(ProgressStatus.OnTrack), ["text0"] = "已落实中职生均拨款制度。" });
            var submitted = await finance.PressAsync(financeCard, "提交", new Dictionary<string, string> { ["status0"] = nameof(ProgressStatus.OnTrack), ["text0"] = "已落实中职生均拨款制度，2026年安排专项资金800万元。" });
            submitted.AllText.Should().Contain("已提交");

            // 区人社局 reports by text, then submits; then edits its submitted report by card.
            var typed = await labour.SaysAsync("报告：今年新增双师型教师23名，双师型教师队伍建设按计划推进。");
            typed.AllText.Should().Contain("建立一支双师型教师队伍");
            (await labour.SaysAsync("提交报告")).AllText.Should().Contain("已提交");

            // 区财政局 edits before the deadline: the report stays submitted, in a new version.
            var edited = await finance.PressAsync(financeCard, "提交", new Dictionary<string, string> { ["text0"] = "已落实中职生均拨款制度，专项资金增至900万元。" });
            edited.AllText.Should().NotContain("没有执行");
            var history = await chat.Store.GetReportHistoryAsync(JointMeetingId(), "r1", UnitId(chat, "区财政局"));
            history.Should().HaveCount(3);

            // 区人社局's contact tries to report for 区财政局 with 区财政局's card: refused, nothing changed.
            var refused = await labour.PressAsync(financeCard, "提交", new Dictionary<string, string> { ["text0"] = "代填" });
            refused.AllText.Should().Contain("只有区财政局的联络员可以代表该单位填报");
            (await chat.Store.GetReportHistoryAsync(JointMeetingId(), "r1", UnitId(chat, "区财政局"))).Should().HaveCount(3);

            // The matrix: two submitted, 区教体局 (and the units without contacts) missing.
            var matrix = await convenor.SaysAsync("谁还没交报告", group);
            output.WriteLine(matrix.AllText);
            matrix.AllText.Should().Contain("已提交 2：区人社局（1/23 项）、区财政局（1/14 项）")
                .And.Contain("未报告 4：区教体局、区发改局、区农业农村局、区税务局");

            // The brief, grouped by task then unit, with missing marked.
            var brief = await convenor.SaysAsync("会议简报", group);
            output.WriteLine(brief.AllText);
            brief.AllText.Should().Contain("**未报告**：区教体局、区发改局、区农业农村局、区税务局")
                .And.Contain("专项资金增至900万元").And.Contain("新增双师型教师23名")
                .And.Contain("- 区教体局（牵头） · **未报告**");
            brief.Notifications.Should().BeEmpty();

            // A stranger asks a question in their own chat.
            var answer = await stranger.SaysAsync("谁负责实训基地？");
            answer.AllText.Should().Contain("打造一批高水平实训基地").And.Contain("区发改局、区教体局、区人社局").And.Contain("区财政局");
        }
        finally
        {
            foreach (var message in chat.Transcript) output.WriteLine("----\n" + message.Text);
        }
    }

    [Fact]
    public async Task WholeSeason_InEnglish()
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
            var created = await convenor.SaysAsync("create joint meeting from 002", group);
            created.AllText.Should().Contain("区政府职业教育工作联席会议").And.Contain("convenor");
            (await convenor.SaysAsync("member units", group)).AllText.Should().Contain("区财政局").And.Contain("区教体局").And.Contain("区人社局");

            // Three contacts ask to join; the convenor approves two by card and one by typing.
            await finance.SaysAsync("I am the contact for 区财政局");
            await education.SaysAsync("I am the contact for the education bureau");
            await labour.SaysAsync("I am the contact for 区人社局");
            await convenor.PressAsync(convenor.Received("财政联络员"), "Approve");
            await convenor.PressAsync(convenor.Received("教体联络员"), "Approve");
            (await convenor.SaysAsync("approve 人社联络员", group)).AllText.Should().Contain("人社联络员");
            finance.Inbox.Should().Contain(m => m.Text.Contains("approved"));

            // Two meetings, so the year complies; every contact gets the notice with its invitation.
            (await convenor.SaysAsync("schedule meeting 2026-06-18 14:30 First plenary", group)).AllText.Should().Contain("14:30");
            (await convenor.SaysAsync("schedule meeting November 19 9:30am Second plenary", group)).AllText.Should().Contain("09:30");
            var notice = education.Received("First plenary");
            notice.Attachments.Should().ContainSingle(f => f.ContentType.StartsWith("text/calendar"));
            await education.PressAsync(notice, "Attend");
            var year = await convenor.SaysAsync("meetings this year", group);
            year.AllText.Should().Contain("First plenary").And.Contain("Second plenary").And.NotContain("missing");

            // The round: each contact gets the card of exactly their unit's tasks.
            var opened = await convenor.SaysAsync("open reports for 2026-06-18 due 2026-06-10", group);
            opened.AllText.Should().Contain("2026-06-10");
            var financeCard = finance.Received("Progress report");
            financeCard.Text.Should().Contain("落实国家职业教育制度框架").And.NotContain("拓宽普通教育和职业教育融通渠道");
            var labourCard = labour.Received("Progress report");

            // 区财政局 reports by card: a draft first, then submitted.
            await finance.PressAsync(financeCard, "Save draft", new Dictionary<string, string> { ["status0"] = nameof(ProgressStatus.OnTrack), ["text0"] = "Per-student funding for secondary vocational schools is in place." });
            var submitted = await finance.PressAsync(financeCard, "Submit", new Dictionary<string, string> { ["status0"] = nameof(ProgressStatus.OnTrack), ["text0"] = "Per-student funding is in place; 8 million yuan earmarked for 2026." });
            submitted.AllText.Should().Contain("Submitted");

            // 区人社局 reports by text, then submits; then edits its submitted report by card.
            var typed = await labour.SaysAsync("report: 23 new dual-qualified teachers this year; the dual-qualified teacher team is on track.");
            typed.AllText.Should().Contain("建立一支双师型教师队伍");
            (await labour.SaysAsync("submit report")).AllText.Should().Contain("Submitted");

            // 区财政局 edits before the deadline: the report stays submitted, in a new version.
            var edited = await finance.PressAsync(financeCard, "Submit", new Dictionary<string, string> { ["text0"] = "Per-student funding is in place; earmarked funds raised to 9 million yuan." });
            edited.AllText.Should().NotContain("Not done");
            var history = await chat.Store.GetReportHistoryAsync(JointMeetingId(), "r1", UnitId(chat, "区财政局"));
            history.Should().HaveCount(3);

            // 区人社局's contact tries to report for 区财政局 with 区财政局's card: refused, nothing changed.
            var refused = await labour.PressAsync(financeCard, "Submit", new Dictionary<string, string> { ["text0"] = "on their behalf" });
            refused.AllText.Should().Contain("only the contacts of 区财政局 can report for it");
            (await chat.Store.GetReportHistoryAsync(JointMeetingId(), "r1", UnitId(chat, "区财政局"))).Should().HaveCount(3);

            // The matrix: two submitted, 区教体局 (and the units without contacts) missing.
            var matrix = await convenor.SaysAsync("who has not reported", group);
            output.WriteLine(matrix.AllText);
            matrix.AllText.Should().Contain("Submitted 2: 区人社局 (1/23 tasks), 区财政局 (1/14 tasks)")
                .And.Contain("Missing 4: 区教体局, 区发改局, 区农业农村局, 区税务局");

            // The brief, grouped by task then unit, with missing marked.
            var brief = await convenor.SaysAsync("brief", group);
            output.WriteLine(brief.AllText);
            brief.AllText.Should().Contain("**Missing**: 区教体局, 区发改局, 区农业农村局, 区税务局")
                .And.Contain("raised to 9 million yuan").And.Contain("23 new dual-qualified teachers")
                .And.Contain("- 区教体局 (lead) · **missing**");
            brief.Notifications.Should().BeEmpty();

            // A stranger asks a question in their own chat.
            var answer = await stranger.SaysAsync("who is responsible for 实训基地");
            answer.AllText.Should().Contain("打造一批高水平实训基地").And.Contain("Lead: 区发改局, 区教体局, 区人社局").And.Contain("Responsible: 区财政局");
        }
        finally
        {
            foreach (var message in chat.Transcript) output.WriteLine("----\n" + message.Text);
        }
    }

    // The joint meeting the story created in chat; its id and unit ids are the bot's to choose.
    private string JointMeetingId() => chat.Store.ListAsync().GetAwaiter().GetResult().Single().Value.Id;

    private static string UnitId(ChatHarness chat, string name) =>
        chat.Store.ListAsync().GetAwaiter().GetResult().Single().Value.FindUnit(name)!.Id;

    public void Dispose() => chat.Dispose();
}
