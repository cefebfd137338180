using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace MeetingBot.Core.Policy.Formats;

/// <summary>
/// A saved government web page as the document it publishes: the article body only (the site's navigation,
/// breadcrumbs, share buttons, related links and footer left out), its tables as rows, and the page's metadata
/// (发文机关, 文号, 发布日期 …) put first as the labelled lines the parser reads. The page is parsed as text: no
/// script runs and nothing it links to (images, styles, frames) is fetched.
/// </summary>
internal static partial class HtmlReader
{
    // The article containers of the common government site systems (TRS, 政府网站集约化平台, gov.cn), best first.
    private static readonly string[] BodySelectors =
    [
        "#UCAP-CONTENT", ".pages_content", ".TRS_Editor", ".TRS_UEDITOR", "#zoom", ".zoom", "#content", ".article-content",
        ".article_con", ".content", "article", ".article", ".main-text", "#mainText", ".xxgk_content", ".view",
    ];

    private const string ChromeSelector =
        "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, select, input, object, embed, svg, canvas";

    [GeneratedRegex(@"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|crumbs?|position|location|share|bdshare|social|footer|foot|header|head|top|sidebar|side|related|relate|recommend|comment|print|toolbar|tools|pager|pagination|search|login|copyright|banner|qrcode|ewm|fontsize|font-size)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex ChromeName();

    [GeneratedRegex(@"(?<key>索引号|发文机关|发布机构|发文单位|文号|发文字号|标题|名称|主题分类|成文日期|发布日期|发布时间)[\s\u3000\u00A0]*[:：][\s\u3000\u00A0]*(?<value>[^\n]*?)(?=[\s\u3000\u00A0]{2,}(?:索引号|发文机关|发布机构|文号|发文字号|标题|名称|主题分类|成文日期|发布日期|发布时间)|$)")]
    private static partial Regex MetadataField();

    public static PolicyFileResult Read(string html, string encoding, CancellationToken cancellationToken)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var metadata = Metadata(document);
        foreach (var chrome in document.QuerySelectorAll(ChromeSelector).ToList()) chrome.Remove();
        cancellationToken.ThrowIfCancellationRequested();

        var body = FindBody(document);
        if (body is null) return PolicyFileResult.Fail("the web page has no article text");
        foreach (var chrome in body.QuerySelectorAll("*").Where(IsChrome).ToList()) chrome.Remove();

        var lines = new List<string>();
        foreach (var (key, value) in metadata) lines.Add($"{key}: {value}");
        var title = metadata.FirstOrDefault(m => m.Key == "名称").Value;
        var text = new List<string>();
        Write(body, text, new HashSet<string>(StringComparer.Ordinal), cancellationToken);
        if (title is not null && !text.Take(8).Any(l => Squeeze(l) == Squeeze(title))) lines.Add(title);
        lines.AddRange(text);
        return lines.Count(l => l.Length > 0) < 2
            ? PolicyFileResult.Fail("the web page has no article text")
            : PolicyFileResult.Ok(string.Join('\n', lines), PolicyFileFormat.Html, encoding);
    }

    private static IElement? FindBody(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        foreach (var selector in BodySelectors)
        {
            var found = document.QuerySelectorAll(selector).Where(e => !IsChrome(e)).MaxBy(e => ChineseLength(e.TextContent));
            if (found is not null && ChineseLength(found.TextContent) >= 50) return found;
        }
        // No known container: the block whose own paragraphs hold the most Chinese text.
        return document.Body?.QuerySelectorAll("div, td, section, main").Where(e => !IsChrome(e))
            .MaxBy(e => e.Children.Where(c => c.LocalName is "p" or "table" or "h1" or "h2" or "h3" or "div").Sum(c => ChineseLength(c.TextContent)))
            ?? document.Body;
    }

    private static bool IsChrome(IElement element) =>
        element.LocalName is not ("body" or "html" or "table" or "tr" or "td" or "tbody") &&
        (ChromeName().IsMatch(element.Id ?? "") || ChromeName().IsMatch(element.ClassName ?? "")
         || element.GetAttribute("role") is "navigation" or "banner" or "contentinfo" or "search");

    // Block elements end a line; a table is its rows; <br> breaks a line; inline text runs on.
    private static void Write(INode node, List<string> lines, ISet<string> headers, CancellationToken cancellationToken)
    {
        var current = new StringBuilder();
        void Flush()
        {
            var line = Collapse(current.ToString());
            if (line.Length > 0) lines.Add(line);
            current.Clear();
        }

        foreach (var child in node.ChildNodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (child is IText text) current.Append(text.Data);
            else if (child is IElement element)
            {
                if (element.LocalName == "br") { Flush(); continue; }
                if (element.LocalName == "table")
                {
                    Flush();
                    lines.AddRange(TableGrid.Lines(Rows(element), headers));
                    continue;
                }
                if (IsBlock(element.LocalName))
                {
                    Flush();
                    Write(element, lines, headers, cancellationToken);
                }
                else
                {
                    var inner = new List<string>();
                    Write(element, inner, headers, cancellationToken);
                    current.Append(string.Join('\n', inner));
                }
            }
        }
        Flush();
    }

    private static List<IReadOnlyList<GridCell>> Rows(IElement table) =>
        table.QuerySelectorAll("tr").Where(tr => tr.Closest("table") == table).Select(tr => (IReadOnlyList<GridCell>)tr.Children
            .Where(c => c.LocalName is "td" or "th")
            .Select(c => new GridCell(CellText(c), Span(c, "colspan"), Span(c, "rowspan"))).ToList()).ToList();

    private static string CellText(IElement cell)
    {
        var lines = new List<string>();
        Write(cell, lines, new HashSet<string>(), CancellationToken.None);
        return TableGrid.CellText(lines);
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), out var n) ? Math.Clamp(n, 1, 100) : 1;

    private static bool IsBlock(string name) => name is "p" or "div" or "section" or "article" or "main" or "h1" or "h2" or "h3"
        or "h4" or "h5" or "h6" or "li" or "ul" or "ol" or "blockquote" or "pre" or "center" or "dl" or "dt" or "dd" or "tr" or "hr";

    // Whitespace as a browser shows it, keeping the ideographic spaces an official document indents with.
    private static string Collapse(string text) =>
        Whitespace().Replace(text.Replace('\u00A0', ' '), " ").Trim(' ', '\u3000');

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex Whitespace();

    // The page's own description of the document: the gov.cn <meta> tags, and the 发文机关 / 文号 / 发布日期 table
    // that policy pages put above the text.
    private static List<KeyValuePair<string, string>> Metadata(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var found = new Dictionary<string, string>();
        void Add(string key, string? value)
        {
            value = value is null ? null : Collapse(value);
            if (!string.IsNullOrEmpty(value) && value.Length <= 200) found.TryAdd(key, value);
        }
        string? Meta(string name) => document.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

        foreach (var line in LabelLines(document))
            foreach (Match m in MetadataField().Matches(line))
                Add(Canonical(m.Groups["key"].Value), m.Groups["value"].Value.Trim());
        Add("名称", Meta("ArticleTitle"));
        Add("发文机关", Meta("ContentSource"));
        Add("发布日期", Meta("PubDate")?.Split(' ')[0]);
        Add("名称", document.QuerySelector("h1")?.TextContent);
        return [.. found.Where(f => f.Key is "名称" or "发文机关" or "文号" or "成文日期" or "发布日期")];
    }

    // A label and its value in two cells (<td>发文机关：</td><td>国务院</td>) read as one line; list items and leaf
    // blocks as they are.
    private static IEnumerable<string> LabelLines(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        foreach (var row in document.QuerySelectorAll("tr"))
            yield return string.Join("  ", row.Children.Select(c => Collapse(c.TextContent)));
        foreach (var leaf in document.QuerySelectorAll("li, p, dd, span, div").Where(e => e.Children.All(c => c.LocalName is "span" or "b" or "strong" or "em" or "font")))
            if (leaf.TextContent.Length < 300) yield return Collapse(leaf.TextContent);
    }

    private static string Canonical(string key) => key switch
    {
        "发布机构" or "发文单位" => "发文机关",
        "发文字号" => "文号",
        "标题" => "名称",
        "发布时间" => "发布日期",
        _ => key,
    };

    private static int ChineseLength(string text) => text.Count(c => c is >= '\u4E00' and <= '\u9FFF');

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '\u3000').ToArray());
}
