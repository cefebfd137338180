using System.Text;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Index;

/// <summary>
/// Brings a question as typed in a chat to the form the patterns read: full-width letters, digits and signs
/// made half-width (１＋Ｘ → 1+X), spaces between Chinese words dropped (谁 负责 实训基地), politeness and
/// sentence particles removed (请问一下，… 呢？), 啥 read as 什么.
/// </summary>
internal static partial class QuestionText
{
    public static string Tidy(string question)
    {
        var q = FoldWidth(question).Trim();
        q = CjkSpace().Replace(q, "");
        q = q.TrimEnd('?', '。', '.', '!', '~', ' ').Trim();
        q = Politeness().Replace(q, "");
        q = Particles().Replace(q, "");
        q = q.Replace("啥", "什么", StringComparison.Ordinal).Replace("咋", "怎么", StringComparison.Ordinal);
        q = FrameWordsBySound(q);
        return q.TrimEnd('?', '。', '.', '!', '~', ',', '，', ' ').Trim();
    }

    // The words questions are read by, which a Pinyin IME also offers as homophones (谁付责 for 谁负责).
    private static readonly string[] FrameWords = ["负责", "牵头", "主管", "召集", "联络员", "成员单位", "联席会议"];

    /// <summary>A question's frame words typed as homophones put right, so the frame is still recognised.</summary>
    public static string FrameWordsBySound(string q)
    {
        foreach (var word in FrameWords)
            for (var i = 0; i + word.Length <= q.Length; i++)
                if (q[i] >= '\u4E00' && !q.AsSpan(i, word.Length).SequenceEqual(word)
                    && Enumerable.Range(0, word.Length).All(k => Retrieval.Pinyin.SoundAlike(q[i + k], word[k])))
                    q = string.Concat(q.AsSpan(0, i), word, q.AsSpan(i + word.Length));
        return q;
    }

    /// <summary>Full-width forms (U+FF01–FF5E) and the ideographic space to their ASCII counterparts.</summary>
    public static string FoldWidth(string text)
    {
        var i = 0;
        while (i < text.Length && !IsWide(text[i])) i++;
        if (i == text.Length) return text;
        var buffer = new StringBuilder(text);
        for (; i < buffer.Length; i++)
            if (IsWide(buffer[i])) buffer[i] = buffer[i] == '\u3000' ? ' ' : (char)(buffer[i] - 0xFEE0);
        return buffer.ToString();
    }

    private static bool IsWide(char c) => c is >= '\uFF01' and <= '\uFF5E' or '\u3000';

    // A space with Chinese (or Chinese punctuation) on both sides separates nothing: "人社局 负责 什么".
    [GeneratedRegex(@"(?<=[\u3000-\u303F\u4E00-\u9FFF“”‘’])\s+(?=[\u3000-\u303F\u4E00-\u9FFF“”‘’])")]
    private static partial Regex CjkSpace();

    [GeneratedRegex(@"^(?:(?:我)?(?:想|要)?(?:(?:请问|咨询|请教)(?:一下|下)?|问(?:一下|下))|麻烦(?:问)?(?:一下)?|你好|您好)[,，:：、\s]*(?=.)")]
    private static partial Regex Politeness();

    [GeneratedRegex(@"(?<=\S)[呢吗嘛啊呀吧哈哦]+$")]
    private static partial Regex Particles();
}
