using System.Text.RegularExpressions;

namespace MeetingBot.Core.Conversation.Features.Import;

/// <summary>
/// When a file sent in chat is a policy document to import: sent alone, or with 创建联席会议 / 导入 / 重新导入 /
/// import / reimport, or with a few words of its own ("这是实施方案"). A file with a command of another feature
/// is that feature's.
/// </summary>
public static partial class ImportCommands
{
    public static bool IsImport(string text)
    {
        var t = text.Trim().TrimEnd('。', '.', '!', '！');
        return t.Length == 0 || ImportWords().IsMatch(t) || (t.Length <= 20 && !t.Contains('?') && !t.Contains('？'));
    }

    /// <summary>The sender asks for the file to replace the document of the joint meeting in use.</summary>
    public static bool AsksReimport(string text) => ReimportWords().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:请)?(?:(?:创建|新建|建立)联席会议|(?:重新)?导入(?:政策)?(?:文件)?|(?:re)?import(?:\s+(?:the\s+)?(?:policy\s+)?(?:document|file))?|create\s+(?:a\s+)?joint\s+meeting)", RegexOptions.IgnoreCase)]
    private static partial Regex ImportWords();

    [GeneratedRegex(@"重新导入|再次导入|更新文件|reimport|re-import", RegexOptions.IgnoreCase)]
    private static partial Regex ReimportWords();
}
