using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Features.Reporting;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Core.Reporting.Documents;

/// <summary>The responsibility matrix as .xlsx: a row per task in document order, a column per unit, 牵头 or 参与 (Replies.TaskRole) where it takes part.</summary>
public static class ResponsibilityExport
{
    public static FileAttachment Xlsx(JointMeeting jm, Lang lang) =>
        new(Replies.FileMatrix(lang, jm.Name), Workbook.ContentType, Workbook.Write(jm.Name, [Sheet(jm, lang)]));

    public static SheetTable Sheet(JointMeeting jm, Lang lang)
    {
        var tasks = jm.Tasks.Where(t => !t.NotForThisMeeting).ToList();
        var units = jm.Units.Where(u => tasks.Any(t => t.Involves(u.Id))).ToList();
        var header = new List<string> { Replies.DocTaskColumn(lang) };
        header.AddRange(units.Select(u => u.Name));
        var rows = tasks.Select(t =>
        {
            var row = new List<SheetValue> { TaskNumbers.Label(t, lang) };
            row.AddRange(units.Select(u => (SheetValue)(t.LeadUnitIds.Contains(u.Id) ? Replies.TaskRole(lang, true)
                : t.ResponsibleUnitIds.Contains(u.Id) ? Replies.TaskRole(lang, false) : null)));
            return (IReadOnlyList<SheetValue>)row;
        }).ToList();
        return new SheetTable(Replies.SheetMatrix(lang), header, rows);
    }
}
