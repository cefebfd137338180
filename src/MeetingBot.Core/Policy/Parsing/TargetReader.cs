using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// Reads targets from prose. A sentence is split into ；-parts and clauses (outside brackets); a clause with a
/// goal quantity (建设100个…, 达到60%, 8000人次以上) is a target, dated by the deadline in force: one earlier in its
/// sentence, one that opens the paragraph ("到2022年，…" before a list of goals), or one that closes its part
/// ("…1200户，2025年9月底前完成"). A part with a deadline but no quantity is one target without a value
/// ("到2022年，基本办学条件达到国家规定标准"). Durations (3年以上, 1个月, 20个工作日) are not goals.
/// </summary>
internal static partial class TargetReader
{
    /// <param name="skip">Characters at the start not to read (a heading's label).</param>
    /// <param name="notes">Spans of responsibility notes: they end a sentence and hold no targets.</param>
    /// <param name="bodyStart">Where the text after a heading's title sentence starts: its first sentence is the
    /// one whose opening deadline governs the paragraph.</param>
    /// <param name="planYear">The year of an annual plan, which dates "9月底前".</param>
    public static List<PolicyTarget> Read(Paragraph paragraph, int skip = 0, IEnumerable<(int Start, int End)>? notes = null, int bodyStart = 0, int? planYear = null)
    {
        var targets = new List<PolicyTarget>();
        // Every deadline and quantity has a digit, except a plan period (十四五): most paragraphs need no more work.
        if (!HasDigitOrPlanPeriod(paragraph.Text)) return targets;
        var text = WithoutNotes(paragraph.Text, notes);
        Deadline? paragraphDeadline = null;
        var first = true;
        foreach (var (sentenceStart, sentence) in Split(text, skip, "。！？!?"))
        {
            var inTitle = sentenceStart < bodyStart;
            if (!HasDigitOrPlanPeriod(sentence)) { first &= inTitle; continue; }
            var deadlines = DeadlineReader.FindAll(sentence, planYear);
            var opening = deadlines.Count > 0 && deadlines[0].Index <= 2 ? deadlines[0] : null;
            if (first && !inTitle && opening is { Weak: false }) paragraphDeadline = opening;
            first &= inTitle;

            // A deadline in force stays so across the sentence's ；-separated parts ("2022年底,…;开展…8000人次以上").
            var current = opening ?? paragraphDeadline;
            var goalSentence = false; // once a clause states a goal or a deadline is in force, the sentence lists goals
            foreach (var (partStart, part) in Split(sentence, 0, "；;"))
            {
                var found = false;
                var undated = targets.Count; // targets of this part read before any deadline was in force
                Deadline? partDeadline = null;
                foreach (var (clauseStart, clause) in Split(part, 0, "，,："))
                {
                    var offset = partStart + clauseStart;
                    var own = deadlines.LastOrDefault(d => d.Index >= offset && d.Index < offset + clause.Length);
                    if (own is not null) current = partDeadline = own;
                    goalSentence |= current is { Weak: false } || GoalWording().IsMatch(clause);
                    foreach (var (pieceStart, piece, value) in Quantities(clause, goalSentence))
                    {
                        targets.Add(new PolicyTarget(piece, current?.Date, current?.Text, value, paragraph.LineAt(sentenceStart + offset + pieceStart)));
                        found = true;
                    }
                }
                // "完成户厕改造1200户，2025年9月底前全部完成验收": the deadline closes the part and dates its goals.
                if (partDeadline is not null)
                    for (var k = undated; k < targets.Count && targets[k].Deadline is null; k++)
                        targets[k] = targets[k] with { Deadline = partDeadline.Date, DeadlineText = partDeadline.Text };
                if (!found && partDeadline is { Weak: false } && part.Length > partDeadline.Text.Length + 4)
                    targets.Add(new PolicyTarget(part, partDeadline.Date, partDeadline.Text, null, paragraph.LineAt(sentenceStart + partStart)));
            }
        }
        return targets;
    }

    private static bool HasDigitOrPlanPeriod(string text) =>
        text.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || text.Contains('〇') || text.Contains("二零") || text.Contains("五”") || text.Contains("五\"") || text.Contains("五末") || text.Contains("五期");

    // Blanks notes out in place, so offsets (and so line numbers) stay those of the paragraph.
    private static string WithoutNotes(string text, IEnumerable<(int Start, int End)>? notes)
    {
        if (notes is null || !notes.Any()) return text;
        var chars = text.ToCharArray();
        foreach (var (start, end) in notes)
        {
            Array.Fill(chars, ' ', start, Math.Min(end, chars.Length - 1) - start + 1);
            chars[start] = '。';
        }
        return new string(chars);
    }

    // The goal quantities of a clause; a clause listing several (15所、高水平专业群30个; 10所…和30个…) gives one
    // target each, provided every listed part holds exactly one.
    private static IEnumerable<(int Start, string Text, string Value)> Quantities(string clause, bool goal)
    {
        var goals = GoalQuantities(clause, goal).ToList();
        if (goals.Count == 0) yield break;
        if (goals.Count > 1)
        {
            var parts = Split(clause, 0, "、和及").ToList();
            var each = parts.Select(p => (p.Start, p.Text, Goals: GoalQuantities(p.Text, goal).ToList())).ToList();
            if (each.All(p => p.Goals.Count <= 1) && each.Count(p => p.Goals.Count == 1) == goals.Count)
            {
                foreach (var p in each.Where(p => p.Goals.Count == 1)) yield return (p.Start, p.Text, p.Goals[0]);
                yield break;
            }
        }
        yield return (0, clause, goals[0]);
    }

    private static IEnumerable<string> GoalQuantities(string clause, bool goal)
    {
        foreach (Match m in QuantityPattern().Matches(clause))
        {
            var unit = m.Groups["unit"].Value;
            if (NotGoalUnits.Contains(unit)) continue;
            var comparison = m.Groups["cmp"].Success || m.Groups["range"].Success;
            if (goal || comparison) yield return string.Concat(m.Value.Where(c => !char.IsWhiteSpace(c))); // "10 个" from PDF text → "10个"
        }
    }

    private static readonly HashSet<string> NotGoalUnits = ["年", "个月", "个工作日", "工作日", "月", "天", "日", "周", "小时", "学时", "课时", "学年", "岁", "号", "期", "届", "次", "级"];

    // Splits on the given separators outside brackets and quotes, dropping empty pieces; keeps offsets.
    private static IEnumerable<(int Start, string Text)> Split(string text, int from, string separators)
    {
        var depth = 0;
        var start = from;
        for (var i = from; i <= text.Length; i++)
        {
            var end = i == text.Length;
            if (!end)
            {
                var c = text[i];
                if (c is '（' or '(' or '《' or '〔' or '【') depth++;
                else if (c is '）' or ')' or '》' or '〕' or '】') depth = Math.Max(0, depth - 1);
                if (depth > 0 || !separators.Contains(c)) continue;
            }
            var span = text.AsSpan(start, i - start);
            var leading = span.Length - span.TrimStart().Length;
            if (leading < span.Length) yield return (start + leading, span.Trim().ToString());
            start = i + 1;
        }
    }

    [GeneratedRegex(@"(?<![第\d.])(?<num>\d+(?:\.\d+)?)(?:(?:%|％)?(?<range>\s*[—–\-~～]\s*\d+(?:\.\d+)?))?\s*(?<unit>%|％|‰|个百分点|百分点|万平方米|平方米|万人次|人次|场次|万人|万元|亿元|万亩|万户|万个|万名|万家|万套|公里|千米|公顷|个工作日|工作日|个月|元|所|个|家|门|名|支|项|条|本|套|间|座|批|处|倍|万|亿|部|种|类|张|台|场|亩|户|人|年|月|天|日|周|小时|学时|课时|学年|岁|号|期|届|次|级)(?<cmp>以上|以下|以内|左右|及以上)?|(?<![\d.])(?<num>\d+(?:\.\d+)?)\s*[∶:]\s*\d+(?<cmp>以上)?")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex("达到|不低于|不少于|不超过|超过|至少|提高到|提升到|增加到|降低|下降|控制在|占比|比例|比重|建设|建成|打造|培育|遴选|认定|认证|评定|创建|新建|新增|开发|开展|培训|招收|力争|实现|覆盖|完成|改造")]
    private static partial Regex GoalWording();
}
