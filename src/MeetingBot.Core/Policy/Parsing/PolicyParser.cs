using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Formats;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>Entry point: bytes or text of a policy document in, a <see cref="PolicyDocument"/> or an error out.</summary>
public static class PolicyParser
{
    public static PolicyParseResult ParseFile(string path)
    {
        if (Directory.Exists(path)) return PolicyParseResult.Fail($"{path} is a folder, not a policy document");
        if (!File.Exists(path)) return PolicyParseResult.Fail($"file not found: {path}");
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return PolicyParseResult.Fail($"cannot read {path}: {e.Message}"); }
        return Parse(bytes, Path.GetFileName(path));
    }

    /// <summary>A document in any format the office has it (.docx, .pdf, .html, .txt; see <see cref="PolicyFileReader"/>).</summary>
    public static PolicyParseResult Parse(byte[] bytes, string sourceName, PolicyFileLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var read = PolicyFileReader.Read(bytes, sourceName, limits, cancellationToken);
        return read.Document is not { } document
            ? PolicyParseResult.Fail($"{sourceName}: {read.Error}")
            : ParseText(document.Text, sourceName, document.Encoding);
    }

    /// <summary>Marks the error of a document that broke the parser: a bug to report, not a fault of the file.</summary>
    public const string InternalErrorPrefix = "internal error";

    public static PolicyParseResult ParseText(string text, string sourceName, string encoding = "utf-8")
    {
        // Documents come from outside: one that trips a bug is refused with a reason, never half-read.
        try { return ParseTextUnguarded(text, sourceName, encoding); }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return PolicyParseResult.Fail($"{sourceName}: {InternalErrorPrefix} while parsing ({e.GetType().Name}: {e.Message}); please report this document");
        }
    }

    private static PolicyParseResult ParseTextUnguarded(string text, string sourceName, string encoding)
    {
        var warnings = new List<ParseWarning>();
        var paragraphs = SourceReader.ReadParagraphs(NormaliseDigits(text));
        if (paragraphs.Count == 0) return PolicyParseResult.Fail($"{sourceName}: the file is empty");

        var outline = OutlineBuilder.Build(paragraphs, warnings);
        if (outline.Items.Count < 2)
            return PolicyParseResult.Fail($"{sourceName}: no numbered structure found (expected numbered headings such as 一、 （一） 1. or 第一条)");

        var header = DocumentHeaderReader.Read(outline.Front, paragraphs);
        var planYear = DeadlineReader.PlanYear(header.Title);
        var tasks = outline.Items.Select(item => TaskBuilder.Build(item, PartYear(item.Part) ?? planYear)).ToList();
        TaskBuilder.DateListedTargets(tasks, planYear);
        var written = TaskBuilder.AssignUnits(tasks, warnings);

        var knownUnits = tasks.SelectMany(t => t.Lead.Concat(t.Responsible)).Distinct().ToList();
        var clause = JointMeetingReader.Read(tasks, outline.Front, header.Title, knownUnits);

        var catalog = new UnitCatalog(
            tasks.SelectMany(t => t.Lead.Concat(t.Responsible)).Concat(clause?.Members ?? []),
            written);
        var frozen = tasks.Select(t => t.Freeze(catalog.Canonical)).ToList();
        if (clause is not null)
            clause = clause with
            {
                Members = clause.Members.Select(catalog.Canonical).Distinct().ToList(),
                Convenor = clause.Kind == JointMeetingKind.CoordinationMechanism && clause.Convenor is not null ? catalog.Canonical(clause.Convenor) : clause.Convenor,
            };

        var documentTargets = outline.Front.SelectMany(p => TargetReader.Read(p, planYear: planYear)).ToList();
        var document = new PolicyDocument(
            header.Title ?? Path.GetFileNameWithoutExtension(sourceName), header.Issuer, header.Date, header.DocumentNumber,
            sourceName, encoding, clause, frozen, catalog.Units(frozen), documentTargets, warnings) { Parts = outline.Parts };
        return PolicyParseResult.Ok(document);
    }

    // An attachment titled for one year ("2024年重点任务清单") dates its own "年底前".
    private static int? PartYear(PolicyPart? part) => part?.Title is { } title ? DeadlineReader.PlanYear(title) : null;

    // Full-width digits (２０２２年) read as ASCII so that one set of patterns covers both.
    private static string NormaliseDigits(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('０', '９')) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= '０' and <= '９' ? (char)(source[i] - '０' + '0') : source[i];
        });
    }
}
