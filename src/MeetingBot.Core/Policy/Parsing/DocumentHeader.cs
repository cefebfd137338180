using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Policy.Parsing;

internal sealed record DocumentHeader(string? Title, string? Issuer, DateOnly? Date, string? DocumentNumber);

/// <summary>
/// Reads title, issuing body, date and document number from what precedes the first numbered item: website
/// metadata (名称: / 发布日期:), the notice that issues the plan (X关于印发《Y》的通知), the red header (X文件),
/// the signature block (issuer lines followed by a date line) and the standalone title line.
/// </summary>
internal static partial class DocumentHeaderReader
{
    public static DocumentHeader Read(IReadOnlyList<Paragraph> front, IReadOnlyList<Paragraph> all)
    {
        var lines = JoinBrokenTitles(front.Select(p => p.Text).ToList());
        var metadata = new Dictionary<string, string>();
        foreach (var line in lines)
        {
            var m = MetadataLine().Match(line);
            if (m.Success) metadata.TryAdd(m.Groups["key"].Value, m.Groups["value"].Value.Trim());
        }
        var body = lines.Where(l => !MetadataLine().IsMatch(l)).ToList();

        string? planName = null, issuer = null;
        foreach (var line in body.Prepend(metadata.GetValueOrDefault("名称") ?? metadata.GetValueOrDefault("标题") ?? metadata.GetValueOrDefault("信息名称") ?? ""))
        {
            var notice = ProsePunctuation().IsMatch(line) ? ForwardingSentence().Match(line) : IssuingNotice().Match(line);
            if (!notice.Success) continue;
            planName ??= Squeeze(notice.Groups["plan"].Value.Trim('《', '》'));
            // Bodies issuing jointly stand side by side: "中共青禾县委办公室　青禾县人民政府办公室".
            var by = string.Join("、", notice.Groups["by"].Value.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
            if (issuer is null && OrganisationSuffix().IsMatch(by)) issuer = by;
        }

        var title = FindTitle(body, metadata, planName);
        var ending = all.Skip(Math.Max(0, all.Count - 12)).Select(p => p.Text).ToList();
        issuer ??= body.Select(l => RedHeader().Match(l)).FirstOrDefault(m => m.Success)?.Groups["by"].Value
                   ?? (title is not null && TitleIssuer().Match(title) is { Success: true } t ? t.Groups["by"].Value : null)
                   ?? Signature(body)
                   ?? Signature(ending)
                   ?? metadata.GetValueOrDefault("发文机关")
                   ?? (metadata.GetValueOrDefault("发布机构") is { Length: > 3 } publisher ? publisher : null);

        // The signature date is the document's; a website's 成文日期 / 发布日期 come next.
        var date = body.Where(IsDateLine).Select(ParseDate).FirstOrDefault(d => d is not null)
                   ?? ParseDate(metadata.GetValueOrDefault("成文日期"))
                   ?? ParseDate(metadata.GetValueOrDefault("发布日期"))
                   ?? ending.Where(IsDateLine).Select(ParseDate).LastOrDefault(d => d is not null);

        var number = (metadata.GetValueOrDefault("文号") ?? metadata.GetValueOrDefault("发文字号")) is { Length: > 0 } n ? n
            : body.Select(l => DocumentNumberLine().Match(l)).FirstOrDefault(m => m.Success)?.Value;
        return new DocumentHeader(title, issuer, date, number);
    }

    private static string? FindTitle(List<string> lines, Dictionary<string, string> metadata, string? planName)
    {
        var candidates = lines.Select(Squeeze).Where(IsTitleLike).ToList();
        if (planName is not null)
            return candidates.FirstOrDefault(c => c.EndsWith(planName, StringComparison.Ordinal) && !IssuingNotice().IsMatch(c)) ?? planName;
        return candidates.FirstOrDefault() ?? metadata.GetValueOrDefault("名称") ?? metadata.GetValueOrDefault("标题") ?? metadata.GetValueOrDefault("信息名称");
    }

    // A red-header notice title set on two lines: "关于印发某某县职业教育质量提升" ⏎ "三年行动方案的通知", or under
    // its issuer: "苍岭州人民政府办公室" ⏎ "关于建立…联席会议制度的通知".
    private static List<string> JoinBrokenTitles(List<string> lines)
    {
        var joined = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i + 1 < lines.Count && OrganisationSuffix().IsMatch(line) && line.Length <= 30 && !ProsePunctuation().IsMatch(line)
                && lines[i + 1].StartsWith("关于", StringComparison.Ordinal) && DocumentKind().IsMatch(lines[i + 1]))
            {
                joined.Add(line + lines[++i]);
                continue;
            }
            if (i + 1 < lines.Count && line.Contains("关于") && !ProsePunctuation().IsMatch(line) && !DocumentKind().IsMatch(line)
                && DocumentKind().IsMatch(lines[i + 1]) && !ProsePunctuation().IsMatch(lines[i + 1]) && lines[i + 1].Length <= 40)
            {
                joined.Add(line + lines[++i]);
                continue;
            }
            joined.Add(line);
        }
        return joined;
    }

    private static bool IsTitleLike(string line) =>
        line.Length is >= 6 and <= 80 && !ProsePunctuation().IsMatch(line) && !MetadataLine().IsMatch(line)
        && !RedHeader().IsMatch(line) && !DocumentNumberLine().IsMatch(line) && !IsDateLine(line) && !line.EndsWith('：')
        && !line.EndsWith(':') && !line.StartsWith('（') && !line.StartsWith('(') && !line.StartsWith('【')
        && !Navigation().IsMatch(line) && !FieldLine().IsMatch(line);

    // Signature block: one line of issuing bodies (several separated by spaces), then a date line.
    private static string? Signature(List<string> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!IsDateLine(lines[i + 1])) continue;
            var names = Regex.Split(lines[i].Trim(), @"\s{2,}|\u3000+").Where(n => OrganisationSuffix().IsMatch(n)).ToList();
            if (names.Count > 0 && names.Sum(n => n.Length) <= 60) return string.Join("、", names);
        }
        return null;
    }

    public static bool IsDateLine(string line) => !MetadataLine().IsMatch(line) && DateOnlyLine().IsMatch(line.Trim());

    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = DatePattern().Match(text);
        if (!m.Success) return null;
        var year = ChineseNumerals.ParseYear(m.Groups["y"].Value);
        var month = Number(m.Groups["m"].Value);
        var day = Number(m.Groups["d"].Value);
        if (year is null or < 1949 or > 2100 || month is null or < 1 or > 12 || day is null or < 1) return null;
        return day <= DateTime.DaysInMonth(year.Value, month.Value) ? new DateOnly(year.Value, month.Value, day.Value) : null;
    }

    private static int? Number(string s) => s.Length > 0 && char.IsAsciiDigit(s[0]) ? int.Parse(s) : ChineseNumerals.Parse(s);

    // Removes the spaces a layout put between Chinese characters ("改革 发展行动计划").
    private static string Squeeze(string s) => CjkSpace().Replace(s.Trim(), "");

    [GeneratedRegex(@"^(?<key>索引号|发布机构|发文机关|发文单位|名称|标题|信息名称|文号|发文字号|主题分类|体裁分类|组配分类|服务对象分类|公文种类|文种|主题词|关键词|发布日期|发布时间|成文日期|生效日期|失效日期|有效性|效力状态|来源|公开方式|公开范围|信息来源|所属机构|统一编号|登记号)\s*[:：]\s*(?<value>.*)$")]
    private static partial Regex MetadataLine();

    [GeneratedRegex(@"^(?<by>.*?)(?:关于)?印发\s*(?<plan>《[^》]+》|.+?)(?:的通知|的通告|的函)?$")]
    private static partial Regex IssuingNotice();

    // "现将《X》印发给你们" / "《X》已经县政府同意，现印发给你们": the plan's name inside the notice's text.
    [GeneratedRegex(@"(?<by>)(?<plan>《[^》]+》)[^。]{0,20}?印发")]
    private static partial Regex ForwardingSentence();

    // "某某市人民政府关于…的实施意见": the issuer named at the head of the title.
    [GeneratedRegex(@"^(?<by>\S{2,30}?(?:人民政府|办公厅|办公室|委员会|局|厅|委)|国务院)关于")]
    private static partial Regex TitleIssuer();

    [GeneratedRegex(@"(?:通知|通告|意见|决定|办法|方案|规定|规划|计划|细则|函)$")]
    private static partial Regex DocumentKind();

    // Any short "键：值" line of a web page's header (公文种类：通知, 有效性：有效) is a field, never the title.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,6}\s*[:：]")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"[>＞»›]|^(?:首页|当前位置|您当前的位置|您的位置)")]
    private static partial Regex Navigation();

    [GeneratedRegex(@"(?:人民政府|办公厅|办公室|委员会|政府|国务院|局|厅|委|部|办)$")]
    private static partial Regex OrganisationSuffix();

    [GeneratedRegex(@"^(?<by>\S{4,30}?)\s*文件$")]
    private static partial Regex RedHeader();

    [GeneratedRegex(@"^\S{1,12}[〔\[［【（(]\d{4}[〕\]］】）)]\s*\d+\s*号$")]
    private static partial Regex DocumentNumberLine();

    [GeneratedRegex(@"^(?:[^\d\s]{0,8}\s*)?(?:\d{4}|[〇零一二三四五六七八九]{4})\s*[年\-/.]\s*[\d〇一二三四五六七八九十]{1,3}\s*[月\-/.]\s*[\d〇一二三四五六七八九十]{1,3}\s*日?$")]
    private static partial Regex DateOnlyLine();

    [GeneratedRegex(@"(?<y>\d{4}|[〇零一二三四五六七八九]{4})\s*[年\-/.]\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*[月\-/.]\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})")]
    private static partial Regex DatePattern();

    [GeneratedRegex("[。，,；;！？]")]
    private static partial Regex ProsePunctuation();

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff])[\s\u3000]+(?=[\u4e00-\u9fff])")]
    private static partial Regex CjkSpace();
}
