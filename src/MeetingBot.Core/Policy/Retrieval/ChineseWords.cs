using JiebaNet.Segmenter;

namespace MeetingBot.Core.Policy.Retrieval;

/// <summary>
/// Chinese word segmentation with jieba (its dictionary ships in the jieba.NET package and is copied beside the
/// binaries, see MeetingBot.Core.csproj), taught the glossary's terms so that 双师型教师 or 顶岗实习 stay one word.
/// Loading the dictionary takes about a second, once per process, on first use.
/// </summary>
internal static class ChineseWords
{
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() =>
    {
        var segmenter = new JiebaSegmenter();
        // Taught before the segmenter is shared: jieba's dictionary is global and AddWord is not thread-safe.
        foreach (var term in Glossary.Default.ChineseTerms) segmenter.AddWord(term);
        return segmenter;
    });

    /// <summary>Loads the dictionary now, so that the first question does not pay for it.</summary>
    public static void Warm() => _ = Segmenter.Value;

    /// <summary>
    /// The words of a text, in search mode by default (a long word also gives its parts: 职业教育 → 职业, 教育, 职业教育), lower-cased,
    /// without punctuation, single characters or the small words that say nothing about a topic.
    /// </summary>
    public static IEnumerable<string> Of(string text, bool forSearch = true)
    {
        foreach (var word in forSearch ? Segmenter.Value.CutForSearch(text) : Segmenter.Value.Cut(text))
        {
            var w = word.Trim().ToLowerInvariant();
            if (w.Length < 2 || !w.Any(char.IsLetterOrDigit) || StopWords.Contains(w)) continue;
            yield return w;
        }
    }

    // Words of frames, politeness and function that carry no topic; the question reader removes most first.
    private static readonly HashSet<string> StopWords =
    [
        "的", "了", "和", "与", "及", "等", "在", "是", "有", "我们", "你们", "他们", "这个", "那个", "这些", "那些", "一下", "一个",
        "什么", "哪些", "哪个", "如何", "怎么", "怎样", "为什么", "可以", "能够", "能不能", "是不是", "要求", "进一步", "加强",
        "推进", "推动", "完善", "健全", "建立", "开展", "实施", "积极", "支持", "鼓励", "提高", "提升", "深化", "加快", "有关",
        "相关", "工作", "负责", "牵头", "单位", "部门", "谁", "请问", "问题", "事情", "这块", "一块", "方面", "现在", "目前",
        "the", "of", "and", "for", "to", "in", "on", "a", "an", "is", "are", "who", "which", "what", "does", "do",
    ];
}
