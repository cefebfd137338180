using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// English names of the usual government units, so "the finance bureau" finds 财政局 and "the human resources
/// department" finds 人力资源社会保障厅. Text that is already Chinese passes through unchanged.
/// </summary>
internal static partial class EnglishGlossary
{
    private static readonly (string English, string Chinese)[] Fields =
    [
        ("human resources and social security", "人社"), ("human resources", "人社"), ("hr", "人社"),
        ("development and reform", "发改"), ("ndrc", "发改委"), ("finance", "财政"), ("financial", "财政"),
        ("education and sports", "教体"), ("education", "教育"), ("industry and information technology", "工信"),
        ("civil affairs", "民政"), ("natural resources", "自然资源"), ("housing and urban-rural development", "住建"),
        ("housing", "住建"), ("transport", "交通运输"), ("transportation", "交通运输"), ("water resources", "水利"),
        ("agriculture and rural affairs", "农业农村"), ("agriculture", "农业农村"), ("commerce", "商务"),
        ("culture and tourism", "文旅"), ("health", "卫健"), ("veterans affairs", "退役军人"), ("veterans", "退役军人"),
        ("market regulation", "市场监管"), ("state-owned assets", "国资"), ("sasac", "国资委"), ("taxation", "税务"),
        ("tax", "税务"), ("poverty alleviation", "扶贫"), ("science and technology", "科技"), ("trade union", "总工会"),
        ("federation of trade unions", "总工会"), ("vocational education center", "职教中心"),
        ("vocational education centre", "职教中心"), ("administrative approval", "行政审批"),
    ];

    private static readonly (string English, string Chinese)[] Kinds =
    [
        ("bureau", "局"), ("department", "厅"), ("commission", "委"), ("office", "办"), ("committee", "委"),
    ];

    public static string ToChinese(string text)
    {
        if (!AsciiWords().IsMatch(text)) return text;
        var lower = " " + text.ToLowerInvariant().Replace("the ", " ").Replace(" of ", " ") + " ";
        var field = Fields.FirstOrDefault(f => lower.Contains(" " + f.English + " ", StringComparison.Ordinal));
        if (field.Chinese is null) return text.Trim();
        var kind = Kinds.FirstOrDefault(k => lower.Contains(" " + k.English, StringComparison.Ordinal));
        var district = lower.Contains(" district ") ? "区" : lower.Contains(" provincial ") ? "省" : "";
        return district + field.Chinese + (field.Chinese.EndsWith('委') || field.Chinese.EndsWith('会') ? "" : kind.Chinese ?? "");
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex AsciiWords();
}
