using System.Globalization;
using System.Text;
using MeetingBot.Core.Policy;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Parsing;

namespace MeetingBot.Core.Tests.Policy.Robustness;

/// <summary>
/// The hand-written adversarial documents of <c>Policy/Robustness/Documents/</c> (modelled on real 管理办法, 实施意见,
/// 工作方案, 联席会议制度 and government web pages, none of them a seed) and small helpers so that the expectation
/// tables can be written as plain Chinese text: a path is dotted ("二.三.1"), a list of units is separated by '|'
/// (not '、', which occurs inside 各县（市、区）人民政府). Failure messages print the parsed task as JSON, so that a
/// failing expectation shows what the parser produced.
/// </summary>
internal static class RobustnessDocuments
{
    public const string Articles = "banfa_articles.txt";             // 管理办法: 第N章 / 第N条 / （一）, website metadata header
    public const string FourLevels = "shishi_yijian_four_levels.txt"; // 实施意见: 一、（一）1.（1）, signature block at the end
    public const string WorkPlanNotes = "gongzuo_fangan_notes.txt";   // 工作方案: every responsibility-note style
    public const string WebPageNotice = "web_page_notice.txt";        // gov web page: navigation, metadata, 通知, 附件, 抄送
    public const string JointMeetingRules = "lianxi_huiyi_zhidu.txt"; // 联席会议制度: the clause spread over several items

    public static readonly string[] All = [Articles, FourLevels, WorkPlanNotes, WebPageNotice, JointMeetingRules];

    static RobustnessDocuments() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The document's text exactly as stored (UTF-8, LF line endings).</summary>
    public static string DocumentText(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Policy", "Robustness", "Documents", fileName);
        File.Exists(path).Should().BeTrue("the test document {0} should be copied to the output folder", path);
        return File.ReadAllText(path, new UTF8Encoding(false, true));
    }

    /// <summary>Parses a document of the Documents folder; fails the test with the parser's error if it does not parse.</summary>
    public static PolicyDocument Load(string fileName) => Ok(DocumentText(fileName), fileName);

    /// <summary>Parses text that must parse; fails the test with the parser's error otherwise.</summary>
    public static PolicyDocument Ok(string text, string sourceName = "test.txt")
    {
        var result = PolicyParser.ParseText(text, sourceName);
        result.Succeeded.Should().BeTrue("the document {0} should parse, but the parser said: {1}", sourceName, result.Error);
        result.Error.Should().BeNull();
        return result.Document!;
    }

    /// <summary>The task at the dotted path; fails the test, listing the paths found, if there is none.</summary>
    public static PolicyTask Task(this PolicyDocument document, string dottedPath)
    {
        var task = document.FindTask(dottedPath.Split('.'));
        task.Should().NotBeNull("the document should have a task at {0} (tasks found: {1})", dottedPath, Paths(document));
        return task!;
    }

    /// <summary>Every task path of the document, dotted, in document order.</summary>
    public static string Paths(PolicyDocument document) => string.Join(" ", document.Tasks.Select(t => t.PathText));

    /// <summary>The task as the JSON printed by <c>policy parse --json</c>, for failure messages.</summary>
    public static string Json(PolicyTask task) =>
        $"task ⟨path: {task.PathText}, line: {task.Line}, title: {task.Title}, lead: [{string.Join("、", task.Lead)}], " +
        $"responsible: [{string.Join("、", task.Responsible)}], assignment: {PolicyJson.Assignment(task.Assignment)}, " +
        $"targets: [{string.Join("; ", task.Targets.Select(Json))}]⟩";

    public static string Json(PolicyTarget t) => $"{t.Value ?? "-"} by {t.Deadline?.ToString("yyyy-MM-dd") ?? "-"} ({t.DeadlineText}: {t.Text})";

    /// <summary>The whole model as JSON minus the encoding it was read from: equal for the same document in any encoding.</summary>
    public static string ComparableJson(PolicyDocument document)
    {
        var json = PolicyJson.ToJson(document);
        json.Remove("encoding");
        return json.ToJsonString();
    }

    /// <summary>"A|B|C" → ["A", "B", "C"]; "" → [].</summary>
    public static string[] List(string pipeSeparated) => pipeSeparated.Length == 0 ? [] : pipeSeparated.Split('|');

    /// <summary>"2022-12-31" → that date; "" → null.</summary>
    public static DateOnly? Date(string isoDate) =>
        isoDate.Length == 0 ? null : DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A value as a reader compares it: full-width ％ and the spaces of PDF-extracted text do not matter.</summary>
    public static string? NormaliseValue(string? value) => value?.Replace("％", "%").Replace(" ", "").Replace("\u3000", "");

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030");

    public static byte[] WithPreamble(Encoding encoding, string text) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
}
