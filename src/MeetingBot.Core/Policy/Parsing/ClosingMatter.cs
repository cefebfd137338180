using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// The end matter of an official document (抄送, 附件, the printing office's 印发 line, the issuer's signature and
/// date): not part of any task.
/// </summary>
internal static partial class ClosingMatter
{
    public static bool IsClosingLine(string line) => ClosingPattern().IsMatch(line);

    /// <summary>True where the end matter starts: a closing line, a date on its own, or a signature then a date.</summary>
    public static bool StartsAt(IReadOnlyList<Paragraph> paragraphs, int index)
    {
        var text = paragraphs[index].Text;
        if (IsClosingLine(text) || DocumentHeaderReader.IsDateLine(text)) return true;
        return index + 1 < paragraphs.Count && SignatureLine().IsMatch(text) && DocumentHeaderReader.IsDateLine(paragraphs[index + 1].Text);
    }

    // One or more issuing bodies on a line of their own, e.g. "某某市人民政府" or "市教育局　　市财政局".
    [GeneratedRegex(@"^(?:[\u4e00-\u9fff（）()]{2,30}(?:人民政府|办公厅|办公室|委员会|政府|局|厅|委|部|办|院)[\s\u3000]*)+$")]
    private static partial Regex SignatureLine();

    [GeneratedRegex(@"^(?:抄送|抄报|主送|附件\s*\d*\s*[:：]?\s*$|附件\s*\d*\s*[:：]|[（(]此件|.{0,40}\d{4}\s*年?\s*\d{1,2}\s*月?\s*\d{1,2}\s*日?\s*印发\s*$)")]
    private static partial Regex ClosingPattern();
}
