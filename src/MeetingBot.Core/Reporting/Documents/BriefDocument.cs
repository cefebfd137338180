using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain;

namespace MeetingBot.Core.Reporting.Documents;

/// <summary>
/// The brief as a Word document to print and take into the meeting: A4, a title page, who has reported, the
/// tasks suggested for the agenda, then each task in document order with its units, its targets' latest figures
/// against their pace (序时进度), and each unit's status and narrative; page numbers in the footer.
/// </summary>
public static class BriefDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static FileAttachment File(RoundBrief brief, RoundStatusMatrix status, Lang lang) =>
        new(Replies.FileBrief(lang, brief.JointMeeting.Name, brief.Round.Id), ContentType, Write(brief, status, lang));

    public static byte[] Write(RoundBrief brief, RoundStatusMatrix status, Lang lang)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
            document.PackageProperties.Title = $"{brief.JointMeeting.Name} {Replies.DocBriefTitle(lang)}";
            document.PackageProperties.Creator = "MeetingBot";
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Create();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer(lang);

            var body = new Body();
            var word = new WordBuilder(body);
            TitlePage(word, brief, lang);
            Completeness(word, brief, status, lang);
            Agenda(word, brief, lang);
            Tasks(word, brief, lang);
            body.Append(Section(main.GetIdOfPart(footer)));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static void TitlePage(WordBuilder word, RoundBrief brief, Lang lang)
    {
        var zone = brief.JointMeeting.TimeZone;
        for (var i = 0; i < 4; i++) word.Centered("");
        word.Title(brief.JointMeeting.Name);
        word.Title(Replies.DocBriefTitle(lang));
        word.Centered("");
        if (brief.Meeting is { } meeting) word.Centered(Replies.DocMeeting(lang, meeting.Id, meeting.State.LocalStart, meeting.State.Agenda?.Split('\n')[0].Trim()));
        word.Centered(Replies.DocRound(lang, brief.Round.Id, brief.Round.State.Deadline));
        word.Centered(Replies.DocCompiled(lang, TimeZones.LocalTime(brief.Now, zone), zone.Id));
        word.PageBreak();
    }

    private static void Completeness(WordBuilder word, RoundBrief brief, RoundStatusMatrix status, Lang lang)
    {
        var c = brief.Completeness;
        var zone = brief.JointMeeting.TimeZone;
        word.Heading1(Replies.DocCompletenessHeading(lang));
        word.Text(Replies.DocCompletenessSummary(lang, status.Units.Count, c.SubmittedUnitIds.Count, c.LateUnitIds.Count, c.DraftOnlyUnitIds.Count, c.MissingUnitIds.Count));
        word.Table(
            [Replies.DocUnitColumn(lang), Replies.DocStateColumn(lang), Replies.DocFilledColumn(lang), Replies.DocSubmittedAtColumn(lang)],
            status.Units.Select(u => (IReadOnlyList<string>)[u.UnitName, Replies.CellName(lang, u.State), $"{u.Filled}/{u.Asked}",
                u.SubmittedAt is { } at ? $"{TimeZones.LocalTime(at, zone):yyyy-MM-dd HH:mm}" : Replies.DocNone(lang)]),
            [4, 2, 2, 3]);
    }

    private static void Agenda(WordBuilder word, RoundBrief brief, Lang lang)
    {
        word.Heading1(Replies.DocAgendaHeading(lang));
        var agenda = brief.Agenda;
        if (agenda.Count == 0) { word.Text(Replies.DocAgendaNone(lang)); return; }
        for (var i = 0; i < agenda.Count; i++)
        {
            var task = agenda[i];
            word.Text($"{i + 1}. {TaskNumbers.Label(task.Task, lang)}{(task.Task.Dropped ? Replies.TaskDropped(lang) : "")}{lang.Pick("：", ": ")}{Replies.DocAgendaReasons(lang, task.AtRisk, task.BehindPace, task.Unreported)}");
        }
    }

    private static void Tasks(WordBuilder word, RoundBrief brief, Lang lang)
    {
        word.Heading1(Replies.DocTasksHeading(lang));
        foreach (var task in brief.Tasks)
        {
            // A task the current version of its document no longer has, kept for its reports: marked as the chat brief marks it.
            word.Heading2(TaskNumbers.Label(task.Task, lang) + (task.Task.Dropped ? Replies.TaskDropped(lang) : ""));
            word.Text(Replies.DocLeadUnits(lang, task.LeadUnits));
            word.Text(Replies.DocResponsibleUnits(lang, task.ResponsibleUnits));
            if (task.Targets.Count > 0)
                word.Table(
                    [Replies.DocTargetColumn(lang), Replies.DocDeadlineColumn(lang), Replies.DocFigureColumn(lang), Replies.DocPaceColumn(lang)],
                    task.Targets.Select(t => (IReadOnlyList<string>)[t.Target.Text, t.Target.Deadline?.ToString("yyyy-MM-dd") ?? Replies.DocNone(lang),
                        t.Figure ?? Replies.DocNone(lang), PaceText(lang, t.Pace)]),
                    [5, 2, 2, 3]);
            foreach (var unit in task.Units)
            {
                word.Text(Replies.DocUnitHeading(lang, unit.UnitName, unit.Lead, unit.State), bold: true);
                if (unit.Entry is { } entry)
                {
                    var figures = entry.Figures.Select(f => $"{lang.Pick("目标", "target ")}{f.TargetIndex + 1}{lang.Pick("：", ": ")}{f.Value}");
                    word.Text(string.Join(lang.Pick("；", "; "), new[] { Replies.StatusName(lang, entry.Status) }.Concat(figures)));
                    word.Lines(entry.Narrative);
                }
                else if (unit.SubmittedOther)
                {
                    word.Text(Replies.DocNotOnThisTask(lang));
                }
            }
        }
    }

    public static string PaceText(Lang lang, Pace pace)
    {
        var shares = Replies.PaceShares(lang, pace.Reached, pace.Elapsed);
        return shares.Length == 0 ? Replies.PaceName(lang, pace.Mark) : $"{Replies.PaceName(lang, pace.Mark)}\n{shares}";
    }

    // A4 portrait with the margins of a government document, the footer on every page.
    private static SectionProperties Section(string footerId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new PageSize { Width = 11906, Height = 16838, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = 2098, Bottom = 1984, Left = 1587, Right = 1474, Header = 851, Footer = 992, Gutter = 0 });

    // "第 {PAGE} 页 共 {PAGES} 页" with the placeholders as PAGE and NUMPAGES fields, which Word fills in per page.
    private static Footer Footer(Lang lang)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        foreach (var piece in System.Text.RegularExpressions.Regex.Split(Replies.DocPageNumber(lang), @"(\{PAGES?\})"))
        {
            if (piece.Length == 0) continue;
            paragraph.Append(piece switch
            {
                "{PAGE}" => new SimpleField(WordBuilder.Run("1", size: "24")) { Instruction = " PAGE " },
                "{PAGES}" => new SimpleField(WordBuilder.Run("1", size: "24")) { Instruction = " NUMPAGES " },
                _ => (OpenXmlElement)WordBuilder.Run(piece, size: "24"),
            });
        }
        return new Footer(paragraph);
    }
}
