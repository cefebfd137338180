using System.Text.RegularExpressions;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Units;
using MeetingBot.Core.Text;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// Finds the clause that sets up the joint meeting (联席会议): its name, convenor (…担任召集人), members (由…组成,
/// …为成员单位, 成员单位包括…, or the units of the item's note), meetings a year (每年至少召开2次 / 每半年召开一次)
/// and whether members report to it. The clause is the paragraph that says most about the meeting; facts it
/// leaves out are taken from other paragraphs about the meeting (a 联席会议制度 document spreads them over items).
/// Without a 联席会议, a coordination mechanism led by one unit (建立A牵头、B、C…等部门密切配合的工作协调机制) is taken.
/// Members named as fields ("由教育、财政…等部门组成") are resolved to the document's own units where one matches.
/// </summary>
internal static partial class JointMeetingReader
{
    private sealed record Candidate(TaskDraft? Task, Paragraph Paragraph, string Prose, int Score);

    public static JointMeetingClause? Read(IReadOnlyList<TaskDraft> tasks, IReadOnlyList<Paragraph> front, string? title, IReadOnlyList<string> knownUnits)
    {
        var posts = PostsByLine(front.Concat(tasks.SelectMany(t => t.Paragraphs)).Select(p => p.Text).ToList());
        var candidates = front.Select(p => (Task: (TaskDraft?)null, Paragraph: p))
            .Concat(tasks.SelectMany(t => t.Paragraphs.Select(p => (Task: (TaskDraft?)t, Paragraph: p))))
            .Where(c => c.Paragraph.Text.Contains("联席会议", StringComparison.Ordinal))
            .Select(c => Rate(c.Task, c.Paragraph))
            .Where(c => c.Score > 0)
            .ToList();
        // A document that only refers to a joint meeting ("提请市联席会议研究") does not set one up.
        var setUp = candidates.Any(c => SetsUp(c.Prose)) || (title is not null && TitledMeeting().IsMatch(title)) || posts.Convenor is not null;
        if (candidates.Count > 0 && setUp) return JointMeeting(candidates, title, knownUnits, posts);

        foreach (var task in tasks)
            foreach (var paragraph in task.Paragraphs)
                if (CoordinationMechanism().Match(paragraph.Text) is { Success: true } m)
                    return Coordination(task, paragraph, m);
        return null;
    }

    private static Candidate Rate(TaskDraft? task, Paragraph paragraph)
    {
        var prose = NotePattern().Replace(paragraph.Text, ""); // "（责任单位：联席会议成员单位）" sets nothing up
        if (!prose.Contains("联席会议", StringComparison.Ordinal)) return new Candidate(task, paragraph, prose, 0);
        var score = 1;
        if (task?.Title.Contains("联席会议") == true) score += 2;
        if (prose.Contains("召集人")) score += 3;
        if (prose.Contains("组成") || prose.Contains("成员单位")) score += 3;
        if (MeetingsPerYear(prose) is not null) score += 2;
        if (prose.Contains("联席会议制度")) score += 1;
        return new Candidate(task, paragraph, prose, score);
    }

    private static bool SetsUp(string prose) =>
        prose.Contains("召集") || prose.Contains("办公室设在") || MeetingsPerYear(prose) is not null || SetUpWording().IsMatch(prose)
        || ComposedOf().IsMatch(prose) || NamedAsMembers().IsMatch(prose) || MembersInclude().IsMatch(prose);

    private static JointMeetingClause JointMeeting(List<Candidate> candidates, string? title, IReadOnlyList<string> knownUnits, Posts posts)
    {
        var best = candidates.MaxBy(c => c.Score)!;
        var ordered = candidates.OrderByDescending(c => c == best).ToList(); // the clause first, then the rest in order
        var name = Name(title, ordered.Select(c => c.Prose));
        var prefix = name is null ? null : UnitNames.JurisdictionPrefix(name);

        var members = ordered.Select(c => Members(c.Prose, knownUnits, prefix)).FirstOrDefault(m => m is not null)
                      ?? (posts.Members.Count > 0 ? posts.Members : null)
                      ?? best.Task?.Lead.Concat(best.Task.Responsible).ToList() ?? [];
        var at = best.Paragraph.Text.IndexOf("联席会议", StringComparison.Ordinal);
        // The office and the liaison officers are often set up in a paragraph of their own, without the word 联席会议.
        var texts = ordered.Select(c => c.Prose).Concat(posts.Texts).ToList();
        return new JointMeetingClause(JointMeetingKind.JointMeeting, name,
            ordered.Select(c => Convenor(c.Prose)).FirstOrDefault(c => c is not null) ?? posts.Convenor,
            members.Distinct().ToList(),
            ordered.Select(c => MeetingsPerYear(c.Prose)).FirstOrDefault(n => n is not null),
            ordered.Any(c => MembersReport().IsMatch(c.Prose)),
            best.Paragraph.LineAt(Math.Max(at, 0)), best.Task?.Item.Path)
        {
            ViceConvenors = texts.Select(ViceConvenors).FirstOrDefault(v => v.Count > 0) ?? posts.ViceConvenors,
            Office = texts.Select(t => OfficeIn().Match(t)).FirstOrDefault(m => m.Success)?.Groups["unit"].Value,
            OfficeHead = texts.Select(t => OfficeHead().Match(t)).FirstOrDefault(m => m.Success)?.Groups["who"].Value,
            LiaisonOfficers = posts.Liaisons,
            LiaisonRule = texts.Select(t => LiaisonRule().Match(t)).FirstOrDefault(m => m.Success)?.Value,
        };
    }

    // "区教育局局长担任副召集人" / "副召集人由区教育局、区财政局主要负责同志担任": as written, one per post.
    private static List<string> ViceConvenors(string text)
    {
        var m = ViceConvenorPattern().Match(text);
        if (!m.Success) return [];
        var who = m.Groups["who"].Value.Trim();
        who = who[(who.LastIndexOf('由') + 1)..];
        return who.Split('、', '，', ',').Select(w => w.Trim()).Where(w => w.Length >= 2).ToList();
    }

    private static List<string>? Members(string text, IReadOnlyList<string> knownUnits, string? prefix)
    {
        var m = ComposedOf().Match(text);
        if (m.Success && ListOfPeople().IsMatch(m.Groups["list"].Value)) return null;
        if (!m.Success) m = NamedAsMembers().Match(text);
        if (!m.Success) m = MembersInclude().Match(text);
        if (!m.Success) return null;

        // "…民政等部门和团市委": the fields, then a unit named after them.
        var list = FieldsThenUnit().Replace(DelegatesSuffix().Replace(m.Groups["list"].Value, ""), "、");
        var fragments = list.Split('、', '，', ',').Where(f => !UnitNames.IsGeneric(f.Trim().TrimEnd('等')) && f.Trim() is not ("相关" or "有关" or "其他" or "各")).ToArray();
        if (fragments.All(f => f.Trim().Length == 0)) return null; // "由相关部门组成" lists no one
        if (fragments.Count(f => UnitNames.EndsWithUnitSuffix(f.Trim().TrimEnd('等'))) * 2 > fragments.Length)
            return UnitListParser.Parse(list).Select(u => u.Name).ToList();
        return fragments.Select(f => f.Trim()).Where(f => f.Length > 0)
            .Select(f => ResolveField(f.EndsWith('等') ? f[..^1] : f, knownUnits, prefix)).ToList();
    }

    private static JointMeetingClause Coordination(TaskDraft task, Paragraph paragraph, Match m)
    {
        var lead = UnitListParser.Parse(m.Groups["lead"].Value);
        var prefix = lead.Select(u => UnitNames.JurisdictionPrefix(u.Name)).FirstOrDefault(p => p is not null);
        var others = UnitListParser.Parse(m.Groups["list"].Value, prefix);
        var members = lead.Concat(others).Select(u => u.Name).Where(UnitNames.EndsWithUnitSuffix).Distinct().ToList();
        return new JointMeetingClause(JointMeetingKind.CoordinationMechanism, null, lead.FirstOrDefault()?.Name, members,
            MeetingsPerYear(paragraph.Text), MembersReport().IsMatch(paragraph.Text), paragraph.LineAt(m.Index), task.Item.Path);
    }

    // "教育" → the document's 自治区教育厅; a field no unit of the document matches stays a department of that field.
    private static string ResolveField(string field, IReadOnlyList<string> knownUnits, string? prefix)
    {
        if (UnitNames.EndsWithUnitSuffix(field) && knownUnits.Contains(field)) return field;
        if (UnitNames.EndsWithUnitSuffix(field) && (UnitNames.HasOwnPlace(field) || UnitNames.IsProperName(field))) return field; // 团市委
        var key = UnitNames.Key(field);
        var match = knownUnits.Where(u => UnitNames.StemKey(u).StartsWith(key, StringComparison.Ordinal))
            .OrderBy(u => UnitNames.StemKey(u).Length).FirstOrDefault();
        if (match is not null) return match;
        return UnitNames.EndsWithUnitSuffix(field) ? (prefix ?? "") + field : (prefix ?? "") + field + "部门";
    }

    // A 联席会议制度 document is named after its meeting; otherwise the name where the clause sets it up
    // ("建立…联席会议制度"), else the longest plain mention.
    private static string? Name(string? title, IEnumerable<string> texts)
    {
        if (title is not null && TitledMeeting().Match(title) is { Success: true } titled) return titled.Groups["name"].Value;
        return texts.SelectMany(text => AllIndexes(text, "联席会议")
                .Select(i => (Name: NameBefore(text, i), SetsUp: text.AsSpan(i + 4).StartsWith("制度"))))
            .Where(c => c.Name is not null && !NotAName().IsMatch(c.Name))
            .OrderByDescending(c => c.SetsUp).ThenByDescending(c => c.Name!.Length)
            .Select(c => c.Name).FirstOrDefault();
    }

    private sealed record Posts(string? Convenor, List<string> Members, List<string> ViceConvenors, List<string> Liaisons, List<string> Texts);

    // 召 集 人：州人民政府分管副州长 / 副召集人：… / 成　　员：州委组织部副部长 ⏎ 州财政局副局长 …: the members
    // are the units of the posts listed (deputy convenors' included), one per line.
    private static Posts PostsByLine(List<string> lines)
    {
        string? convenor = null;
        var members = new List<string>();
        var vice = new List<string>();
        var liaisons = new List<string>();
        var texts = new List<string>();
        var listing = (List<string>?)null;
        foreach (var line in lines)
        {
            if (line.Contains("办公室设在") || line.Contains("办公室主任") || line.Contains("联络员")) texts.Add(line);
            var field = PostField().Match(line);
            if (field.Success)
            {
                var role = field.Groups["role"].Value.Replace(" ", "").Replace("\u3000", "");
                var holder = field.Groups["holder"].Value.Trim();
                if (role == "召集人") { convenor ??= holder; listing = null; continue; }
                if (role == "联络员") { liaisons.AddRange(Holders(holder)); listing = liaisons; continue; }
                if (role == "副召集人") vice.AddRange(Holders(holder));
                listing = members;
                AddPostUnit(members, holder);
                continue;
            }
            if (listing is not null && PostLine().IsMatch(line.Replace(" ", "").Replace("\u3000", "")))
            {
                if (listing == liaisons) liaisons.Add(line.Trim()); else AddPostUnit(members, line.Trim());
            }
            else listing = null;
        }
        return new Posts(convenor, members.Distinct().ToList(), vice, liaisons, texts);
    }

    private static IEnumerable<string> Holders(string holder) =>
        holder.Split('、', '；', ';').Select(h => h.Trim()).Where(h => h.Length >= 2);

    // "州财政局副局长" → 州财政局; "成员单位：区教育局、区财政局" → each; "区财政局局长 李四" → 区财政局.
    private static void AddPostUnit(List<string> members, string post)
    {
        if (post.Contains('、'))
        {
            foreach (var unit in UnitListParser.Parse(post)) AddPostUnit(members, unit.Name);
            return;
        }
        var posted = PersonBeforePost().Replace(PersonAfterPost().Replace(post, ""), "");
        var unit0 = JobTitle().Replace(posted.Trim(' ', '\u3000', '\t'), "").Trim(' ', '\u3000', '\t');
        if (unit0.Length >= 2 && UnitNames.EndsWithUnitSuffix(unit0) && !UnitNames.IsGeneric(unit0) && !Prose().IsMatch(unit0)) members.Add(unit0);
    }

    private static string? NameBefore(string text, int at)
    {
        var start = at;
        while (start > 0 && IsNameChar(text[start - 1])) start--;
        var name = LeadingVerb().Replace(text[start..(at + 4)], "");
        return name.Length > 4 ? name : null;
    }

    private static IEnumerable<int> AllIndexes(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            yield return i;
    }

    private static bool IsNameChar(char c) => c is >= '\u4e00' and <= '\u9fff' && c is not ('的' or '由' or '和' or '及');

    private static string? Convenor(string text)
    {
        var m = ConvenorPattern().Match(text);
        // "市民政局负责联席会议的召集工作" names a unit; "召集人负责召集和主持会议" names none.
        if (!m.Success && ConvenorUnit().Match(text) is { Success: true } unit && UnitNames.EndsWithUnitSuffix(unit.Groups["who"].Value.Trim())) m = unit;
        if (!m.Success) return null;
        var who = m.Groups["who"].Value.Trim();
        return who[(who.LastIndexOf('由') + 1)..]; // "建立由县人民政府分管副县长任召集人"
    }

    private static int? MeetingsPerYear(string text)
    {
        var m = MeetingsPattern().Match(text);
        if (!m.Success) m = MeetingsUncounted().Match(text);
        if (!m.Success) return null;
        if (!m.Groups["n"].Success) return m.Groups["period"].Value switch { "半年" => 2, "季度" => 4, "月" => 12, _ => 1 };
        var n = char.IsAsciiDigit(m.Groups["n"].Value[0]) ? int.Parse(m.Groups["n"].Value) : ChineseNumerals.Parse(m.Groups["n"].Value);
        return m.Groups["period"].Value switch { "半年" => 2 * n, "季度" => 4 * n, "月" => 12 * n, _ => n };
    }

    [GeneratedRegex(@"^(?<role>召\s*集\s*人|副\s*召\s*集\s*人|成\s*员(?:\s*单\s*位)?|联\s*络\s*员)\s*[:：]\s*(?<holder>.*)$")]
    private static partial Regex PostField();

    // A line of its own naming a post: "州财政局副局长".
    [GeneratedRegex(@"^[\u4e00-\u9fff（）()]{3,30}$")]
    private static partial Regex PostLine();

    [GeneratedRegex(@"(?:常务)?(?:副)?(?:部长|局长|主任|主席|理事长|书记|秘书长|县长|市长|州长|区长|旗长|盟长|省长|厅长|院长|行长|会长|署长|处长|科长|队长|负责同志|负责人)$")]
    private static partial Regex JobTitle();

    [GeneratedRegex("^(?:下列|以下|如下)(?:人员|同志|单位)")]
    private static partial Regex ListOfPeople();

    // "某某区职业教育工作联席会议制度" / "关于建立苍岭州养老服务体系建设联席会议制度的通知"
    [GeneratedRegex(@"^(?:.*?关于(?:建立|成立|调整)?)?(?<name>[\u4e00-\u9fff]{2,40}联席会议)制度(?:的通知)?$")]
    private static partial Regex TitledMeeting();

    [GeneratedRegex(@"[（(](?:牵头单位|责任单位)[^）)]*[）)]?")]
    private static partial Regex NotePattern();

    [GeneratedRegex(@"由(?<list>[^。；;，,]+?)(?:等)?(?:部门|单位|方面)?(?:共同)?组成")]
    private static partial Regex ComposedOf();

    // "市教育局、市财政局等部门为成员单位"
    [GeneratedRegex(@"(?:^|[，,；;。])(?<list>[^，,；;。]+?)(?:等)?(?:部门|单位)?为(?:联席会议)?成员单位")]
    private static partial Regex NamedAsMembers();

    // "成员单位包括市教育局、市财政局"
    [GeneratedRegex(@"成员单位(?:包括|为|有)[:：]?(?<list>[^。；;，,]+)")]
    private static partial Regex MembersInclude();

    // "市人社局分管负责同志组成": the members are the units, not their delegates.
    [GeneratedRegex(@"(?:分管|主要|有关)?(?:负责同志|负责人|领导同志|分管领导)")]
    private static partial Regex DelegatesSuffix();

    [GeneratedRegex(@"(?:(?<!副)召集人由(?<who>[^，。；,;]{2,40}?)担任|(?<who>[^，。；,;]{2,40}?)(?<!副)(?:担任|任|为)召集人)")]
    private static partial Regex ConvenorPattern();

    // "市民政局负责联席会议的召集工作" / "由市民政局负责召集": the convenor is a unit.
    [GeneratedRegex(@"(?:^|[，。；,;])(?:由)?(?<who>[^，。；,;由]{2,30}?)负责(?:联席会议的?)?召集(?:工作)?")]
    private static partial Regex ConvenorUnit();

    [GeneratedRegex(@"副召集人由(?<who>[^，。；,;]{2,60}?)(?:担任|兼任)|(?<who>[^，。；,;]{2,60}?)(?:担任|任|为)副召集人")]
    private static partial Regex ViceConvenorPattern();

    [GeneratedRegex(@"办公室设在(?<unit>[^，。；,;（(]{2,30})")]
    private static partial Regex OfficeIn();

    [GeneratedRegex(@"办公室主任由(?<who>[^，。；,;]{2,40}?)(?:兼任|担任)|(?<who>[^，。；,;由]{2,40}?)(?:兼任|担任)(?:联席会议)?办公室主任")]
    private static partial Regex OfficeHead();

    // The sentence that appoints the liaison officers.
    [GeneratedRegex(@"[^。；;]*?(?:确定|明确|指定|选派|设)[^。；;]{0,20}?联络员[^。；;]*")]
    private static partial Regex LiaisonRule();

    // "区财政局局长 李四" / "区财政局局长（李四）": the person after the post.
    [GeneratedRegex(@"(?:[\s\u3000]+[\u4e00-\u9fff]{2,4}|[（(][\u4e00-\u9fff]{2,4}[）)])$")]
    private static partial Regex PersonAfterPost();

    // "王某某　区民政局局长": the person before the post.
    [GeneratedRegex(@"^[\u4e00-\u9fff]{2,4}[\s\u3000]+(?=\S{4,})")]
    private static partial Regex PersonBeforePost();

    // "建立…联席会议制度", "成立…联席会议": wording that sets the meeting up rather than refers to it.
    [GeneratedRegex(@"(?:建立|成立|设立|组建|健全|完善)[^。；;]{0,40}?联席会议")]
    private static partial Regex SetUpWording();

    [GeneratedRegex("设在|负责|承担|召开|联席会议")]
    private static partial Regex Prose();

    [GeneratedRegex(@"等(?:有关|相关)?(?:部门|单位)(?:和|及|以及)")]
    private static partial Regex FieldsThenUnit();

    // "联席会议每季度召开" / "每半年召开一次": a period and a verb of meeting, the count left to the period.
    [GeneratedRegex(@"每(?<period>年|半年|季度|月)(?:[^，。；,;]{0,6}?)(?:召开|举行)(?:全体|工作|联席|例)?(?:会议)?(?=[，。；,;]|$)")]
    private static partial Regex MeetingsUncounted();

    // A frequency of meetings, not of reports: a verb of meeting, or the word 会议 after the count.
    [GeneratedRegex(@"每(?<period>年|半年|季度|月)(?:[^，。；,;]{0,8}?(?:召开|举行|开展|组织)[^，。；,;]{0,4}?(?<n>\d{1,2}|[一二两三四五六七八九十])次|[^，。；,;]{0,8}?(?<n>\d{1,2}|[一二两三四五六七八九十])次(?:全体|工作|联席|例)?会议?)")]
    private static partial Regex MeetingsPattern();

    [GeneratedRegex(@"成员单位[^。]{0,40}?(?:报告|汇报|报送)|向联席会议(?:办公室)?(?:报告|汇报|报送)")]
    private static partial Regex MembersReport();

    [GeneratedRegex("[向就由]|成员单位|^(?:承担|负责|召开|参加|出席|组织|主持|设在)")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(?:建立健全|建立完善|健全完善|进一步完善|建立|完善|健全|成立|设立|组建)")]
    private static partial Regex LeadingVerb();

    [GeneratedRegex(@"建立(?<lead>[^，。；、,;]{2,30}?)牵头[、，,](?<list>[^。；;]+?)等(?:部门|单位)[^。；;]{0,60}?(?:协调机制|工作机制|联动机制)")]
    private static partial Regex CoordinationMechanism();
}
