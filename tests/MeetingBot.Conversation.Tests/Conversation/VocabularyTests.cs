using System.Text.RegularExpressions;
using MeetingBot.Conversation.Tests.Features.Reporting;
using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.TestPeers;

namespace MeetingBot.Conversation.Tests.Conversation;

/// <summary>
/// One vocabulary: the same thing is called the same everywhere a person reads it (replies, cards, help, the web
/// chat page, the Teams manifest), in both languages. The glossary names the word used and the words that drifted
/// in before; a new text using one of those fails here.
/// </summary>
public sealed partial class VocabularyTests
{
    /// <summary>What a thing is called, and what it must not be called instead.</summary>
    private static readonly (string Thing, string Word, string[] NotZh, string[] NotEn)[] Glossary =
    [
        ("a unit's part in a task it does not lead", "参与 / shared", ["配合", "协办"], ["supporting", "(support)", "co-lead"]),
        ("the secretariat", "联席会议办公室 / secretariat", ["秘书处", "召集人和办公室"], ["secretary"]),
        ("a call for progress reports before a meeting", "报告征集 / reporting round", ["报告轮次", "填报周期"], ["reporting period", "reporting cycle", "report cycle"]),
    ];

    // Where the words a person reads are written: every reply and card text, the help, the pages, the manifests.
    private static IEnumerable<string> Sources()
    {
        var root = RepoRoot.Find();
        var replies = Directory.GetFiles(Path.Combine(root, "src", "MeetingBot.Core", "Conversation", "Replies"), "*.cs");
        string[] others =
        [
            Path.Combine(root, "src", "MeetingBot.Core", "Commands", "CommandCatalog.cs"),
            Path.Combine(root, "src", "MeetingBot.Host", "WebChat", "app.js"),
            Path.Combine(root, "src", "MeetingBot.Host", "WebChat", "index.html"),
            .. Directory.GetFiles(Path.Combine(root, "manifests", "teams"), "*.json", SearchOption.AllDirectories),
        ];
        return [.. replies, .. others];
    }

    [Fact]
    public void EveryTextAPersonReads_UsesTheGlossarysWords()
    {
        var problems = new List<string>();
        var sources = Sources().ToList();
        foreach (var file in sources)
        {
            // In C#, the string literals only: comments may say what a word replaced.
            var text = File.ReadAllText(file);
            var read = file.EndsWith(".cs", StringComparison.Ordinal) ? string.Join("\n", Literal().Matches(text).Select(m => m.Value)) : text;
            foreach (var (thing, word, notZh, notEn) in Glossary)
                foreach (var drift in notZh.Concat(notEn))
                    if (read.Contains(drift, StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{Path.GetFileName(file)} says \"{drift}\" for {thing}: say {word}");
        }

        sources.Should().HaveCountGreaterThan(20, "the replies' files, the help, the page and the manifests are read");
        problems.Should().BeEmpty();
    }

    [Fact]
    public void TheGlossary_WouldCatchTheWordsThatDriftedBefore()
    {
        // The texts this test was written against: each broke the glossary.
        string[] before = ["二.三.4（配合）", "如果一直出错，请告知秘书处。", "召集人和办公室：张召集（召集人）", "发起了报告轮次 r1"];

        before.Should().AllSatisfy(text => Glossary.Any(g => g.NotZh.Any(text.Contains)).Should().BeTrue(text));
    }

    [Fact]
    public async Task ReportCardAndMyTasks_CallTheUnitsPartInATaskTheSame()
    {
        using var chat = new ChatHarness();
        var stage = await ReportingStage.SetUpAsync(chat);
        await stage.OpenRoundAsync();

        var card = stage.FinanceContact.Received($"进度报告：{ReportingStage.Finance}");
        var myTasks = (await stage.FinanceContact.SaysAsync("我的任务")).AllText;
        var english = Replies.TaskRole(Lang.En, lead: false);

        card.Text.Should().Contain($"（{Replies.TaskRole(Lang.Zh, lead: false)}）");
        myTasks.Should().Contain($"、{Replies.TaskRole(Lang.Zh, lead: false)} ");
        Replies.QuestionsMyTasksHeader(Lang.En, "X", 1, 2).Should().Contain(english[..4], "\"shares\" in English, as the card's \"shared\"");
    }

    [Fact]
    public async Task UnitList_SomeoneNamedAfterTheirRole_IsNotLabelledWithItTwice()
    {
        using var chat = new ChatHarness();
        var convenor = chat.Person("召集人"); // as the web chat's persona is called
        await chat.YongnianAsync(convenor);
        var secretary = chat.Person("李秘书");
        await chat.BindRoleAsync(secretary, ContactRole.Secretariat);

        var units = (await convenor.SaysAsync("成员单位")).AllText;

        units.Should().Contain("召集人和联席会议办公室：召集人、李秘书（联席会议办公室）").And.NotContain("召集人（召集人）");
    }

    // A C# string literal, interpolated or not (not verbatim: the replies use none).
    [GeneratedRegex(@"\$?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Literal();
}
