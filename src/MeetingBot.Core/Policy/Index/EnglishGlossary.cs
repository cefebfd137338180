using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// English names of the usual government units, so "the finance bureau" finds 财政局 and "the human resources
/// department" finds 人力资源社会保障厅, and the usual terms of vocational-education policy, so "training bases"
/// finds 实训基地. Text that is already Chinese passes through unchanged.
/// </summary>
internal static partial class EnglishGlossary
{
    private static readonly (string English, string Chinese)[] Fields = ByLength(
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
        ("vocational education centre", "职教中心"), ("administrative approval", "行政审批"), ("customs", "海关"),
        ("public security", "公安"), ("police", "公安"), ("ecology and environment", "生态环境"), ("environment", "生态环境"),
        ("emergency management", "应急管理"), ("statistics", "统计"), ("audit", "审计"), ("youth league", "团委"),
        ("women's federation", "妇联"), ("disabled persons' federation", "残联"), ("people's bank", "人民银行"),
        ("organisation department", "组织部"), ("organization department", "组织部"), ("propaganda department", "宣传部"),
        ("establishment office", "编办"), ("government", "人民政府"),
    ]);

    private static readonly (string English, string Chinese)[] Kinds =
    [
        ("bureau", "局"), ("department", "厅"), ("commission", "委"), ("office", "办"), ("committee", "委"),
    ];

    // Terms of the policy documents themselves, longest first so "vocational education" wins over "education".
    private static readonly (string English, string Chinese)[] Terms = ByLength(
    [
        ("dual-qualified teachers", "双师型教师"), ("dual-qualified teacher", "双师型教师"), ("dual qualified teachers", "双师型教师"),
        ("double-qualified teachers", "双师型教师"), ("double-qualified teacher", "双师型教师"), ("dual-qualified", "双师型"),
        ("double-qualified", "双师型"), ("practical training bases", "实训基地"), ("training bases", "实训基地"),
        ("training base", "实训基地"), ("training centres", "实训基地"), ("training centers", "实训基地"),
        ("certificates", "证书"), ("certificate", "证书"), ("pilots", "试点"), ("pilot", "试点"),
        ("industry-education integration", "产教融合"), ("integration of industry and education", "产教融合"),
        ("school-enterprise cooperation", "校企合作"), ("modern apprenticeship", "现代学徒制"), ("apprenticeships", "学徒制"),
        ("apprenticeship", "学徒制"), ("skills competitions", "技能大赛"), ("skills competition", "技能大赛"),
        ("vocational training", "职业培训"), ("vocational education", "职业教育"), ("vocational colleges", "职业院校"),
        ("vocational schools", "职业学校"), ("joint meetings", "联席会议"), ("joint meeting", "联席会议"),
        ("per-student funding", "生均拨款"), ("funding", "经费投入"), ("teachers", "教师"), ("teacher", "教师"),
        ("textbooks", "教材"), ("teaching materials", "教材"), ("supervision and evaluation", "督导评估"),
        ("educational supervision", "督导"), ("labour education", "劳动教育"), ("labor education", "劳动教育"),
        ("vocational skill standards", "职业技能标准"), ("vocational skills standards", "职业技能标准"),
        ("education groups", "职业教育集团"), ("education group", "职业教育集团"), ("ideological and political", "思政"),
        ("high-level", "高水平"), ("construction", "建设"), ("team", "队伍"), ("teaching staff", "教师队伍"),
    ]);

    private static readonly HashSet<string> StopWords = ["the", "a", "an", "of", "for", "on", "in", "about", "our", "its"];

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

    /// <summary>
    /// A topic with its known English terms put into Chinese and its small words dropped ("the 1+X certificate
    /// pilot" → "1+X证书试点"); words the glossary does not know stay, so the topic still says what was asked.
    /// </summary>
    public static string TopicToChinese(string topic)
    {
        if (!AsciiWords().IsMatch(topic)) return topic;
        var text = " " + topic + " ";
        foreach (var (english, chinese) in Terms)
            if (text.Contains(english, StringComparison.OrdinalIgnoreCase))
                text = Regex.Replace(text, $@"(?<![A-Za-z]){Regex.Escape(english)}(?![A-Za-z])", " " + chinese + " ", RegexOptions.IgnoreCase);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !StopWords.Contains(w.ToLowerInvariant())).ToList();
        if (words.Count == 0) return topic.Trim();
        // Words join without spaces unless both sides are Latin ("1+X" + "证书" → "1+X证书").
        var result = new System.Text.StringBuilder(words[0]);
        for (var i = 1; i < words.Count; i++)
        {
            if (char.IsAsciiLetter(result[^1]) && char.IsAsciiLetter(words[i][0])) result.Append(' ');
            result.Append(words[i]);
        }
        return result.ToString();
    }

    private static (string English, string Chinese)[] ByLength((string English, string Chinese)[] pairs) =>
        pairs.OrderByDescending(p => p.English.Length).ToArray();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex AsciiWords();
}
