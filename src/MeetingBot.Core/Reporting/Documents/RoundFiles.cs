using MeetingBot.Core.Conversation;

namespace MeetingBot.Core.Reporting.Documents;

/// <summary>
/// A round's files (the Word brief, the Excel export) and the source names they can be made again from:
/// "round/brief/zh/{joint meeting}/{round}". A link to a file too large to carry names its source, and the host
/// renders it from the store when the link is opened (<see cref="RenderAsync"/>).
/// </summary>
public static class RoundFiles
{
    public const string Brief = "brief";
    public const string Export = "export";
    private const string Prefix = "round/";

    public static IReadOnlyList<FileAttachment> For(RoundReadModels round, Lang lang) =>
    [
        BriefDocument.File(round.Brief, round.Status, lang) with { Source = SourceOf(Brief, round, lang) },
        RoundExport.Xlsx(round, lang) with { Source = SourceOf(Export, round, lang) },
    ];

    public static string SourceOf(string kind, RoundReadModels round, Lang lang) =>
        $"{Prefix}{kind}/{lang.Code()}/{Uri.EscapeDataString(round.Brief.JointMeeting.Id)}/{Uri.EscapeDataString(round.Brief.Round.Id)}";

    /// <summary>The file a source names, as the store holds it now; null for a source that is not a round's file or names nothing.</summary>
    public static async Task<FileAttachment?> RenderAsync(string source, RoundViews views, CancellationToken cancellationToken)
    {
        if (!source.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var parts = source[Prefix.Length..].Split('/');
        if (parts.Length != 4 || parts[1] is not ("zh" or "en")) return null;
        var lang = parts[1] == "en" ? Lang.En : Lang.Zh;
        if (await views.LoadAsync(Uri.UnescapeDataString(parts[2]), Uri.UnescapeDataString(parts[3]), cancellationToken) is not { } round) return null;
        return parts[0] switch
        {
            Brief => BriefDocument.File(round.Brief, round.Status, lang),
            Export => RoundExport.Xlsx(round, lang),
            _ => null,
        };
    }
}
