using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>The end matter of an official document (抄送, 附件, the printing office's 印发 line): not part of any task.</summary>
internal static partial class ClosingMatter
{
    public static bool IsClosingLine(string line) => ClosingPattern().IsMatch(line);

    [GeneratedRegex(@"^(?:抄送|抄报|主送|附件\s*\d*\s*[:：]?\s*$|附件\s*\d*\s*[:：]|[（(]此件|.{0,40}\d{4}\s*年?\s*\d{1,2}\s*月?\s*\d{1,2}\s*日?\s*印发\s*$)")]
    private static partial Regex ClosingPattern();
}
