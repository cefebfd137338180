using System.Text.RegularExpressions;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>The numbering styles of Chinese official documents, each recognised at the start of a paragraph.</summary>
internal enum MarkerStyle
{
    Part,          // 第一部分
    Chapter,       // 第一章
    Section,       // 第一节
    Article,       // 第一条
    ChineseComma,  // 一、
    ChineseParen,  // （一）
    ArabicDot,     // 1. 1． 1、 1﹒ ⒈
    ArabicParen,   // （1） 1） ⑴
    Circled,       // ①
}

/// <summary>A numbering label at the start of a paragraph: its style, its value, the label as written, and the rest.</summary>
internal sealed record Marker(MarkerStyle Style, int Number, string Label, string Rest);

internal static partial class Numbering
{
    public static bool StartsWithMarker(string text) => TryRead(text) is not null;

    /// <summary>A heading in lenticular brackets on a line of its own, such as 【保障措施】 (a note has a colon).</summary>
    public static bool IsSectionHeading(string text) =>
        text.Length is >= 4 and <= 24 && text[0] == '【' && text[^1] == '】' && text.IndexOfAny(['：', ':', '】'], 1) == text.Length - 1;

    public static Marker? TryRead(string text)
    {
        if (text.Length < 2) return null;
        var m = MarkerPattern().Match(text);
        if (!m.Success) return null;

        var rest = text[m.Length..].TrimStart(' ', '\u3000', '\t', '、', '．', '.', '﹒', '․', '‧', '｡', '·', '∙');
        foreach (var (group, style) in Styles)
        {
            var g = m.Groups[group];
            if (!g.Success) continue;
            var number = char.IsAsciiDigit(g.Value[0]) ? int.Parse(g.Value) : ChineseNumerals.Parse(g.Value);
            if (style == MarkerStyle.Circled) number = g.Value[0] - '\u2460' + 1;
            // Single-character forms: ⑴ (U+2474…), ⒈ (U+2488…), ㈠ (U+3220…), read as the styles they stand for.
            if (g.Value.Length == 1 && g.Value[0] is >= '\u2474' and <= '\u2487') number = g.Value[0] - '\u2474' + 1;
            if (g.Value.Length == 1 && g.Value[0] is >= '\u2488' and <= '\u249b') number = g.Value[0] - '\u2488' + 1;
            if (g.Value.Length == 1 && g.Value[0] is >= '\u3220' and <= '\u3229') number = g.Value[0] - '\u3220' + 1;
            if (number is null or <= 0) return null;
            var label = style is MarkerStyle.Part or MarkerStyle.Chapter or MarkerStyle.Section or MarkerStyle.Article
                ? m.Value.Trim().Replace(" ", "").Replace("\u3000", "")
                : g.Value;
            return new Marker(style, number.Value, label, rest);
        }
        return null;
    }

    private static readonly (string Group, MarkerStyle Style)[] Styles =
    [
        ("part", MarkerStyle.Part), ("chapter", MarkerStyle.Chapter), ("section", MarkerStyle.Section),
        ("article", MarkerStyle.Article), ("cn", MarkerStyle.ChineseComma), ("cnp", MarkerStyle.ChineseParen),
        ("ad", MarkerStyle.ArabicDot), ("ap", MarkerStyle.ArabicParen), ("circ", MarkerStyle.Circled),
    ];

    // Arabic "1." must not be a decimal ("1.2万元"), "一、" must not be prose ("一是…" has no 、), and neither may
    // start an enumeration of numbers ("3、4月份", "二、三年级").
    [GeneratedRegex("""
        ^(?:
            第(?<part>[零〇一二两三四五六七八九十百千\d]{1,6})部分
          | 第(?<chapter>[零〇一二两三四五六七八九十百千\d]{1,6})章
          | 第(?<section>[零〇一二两三四五六七八九十百千\d]{1,6})节
          | 第(?<article>[零〇一二两三四五六七八九十百千\d]{1,6})条(?=[\s\u3000：:]|[^\s，。、])
          | (?<cn>[零〇一二两三四五六七八九十百千]{1,6})[、．.﹒․‧｡](?![零〇一二两三四五六七八九十]+(?:、|年级|月|季度|个|次|批|等奖|类))
          | [（(]\s*(?<cnp>[零〇一二两三四五六七八九十百千]{1,6})\s*[）)]
          | (?<cnp>[\u3220-\u3229])
          | (?<ad>\d{1,3})\s*(?:[.．﹒․‧｡·∙](?![\d.．])|、(?!\d))
          | (?<ad>[\u2488-\u249b])
          | [（(]\s*(?<ap>\d{1,3})\s*[）)]
          | (?<ap>\d{1,3})[）)]
          | (?<ap>[\u2474-\u2487])
          | (?<circ>[\u2460-\u2473])
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex MarkerPattern();
}
