using MeetingBot.Core.Domain.Accounts;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy;
using MeetingBot.Core.UseCases;

namespace MeetingBot.Host.Storage;

/// <summary>One demo joint meeting per seed policy document, so a newcomer's first start has something to talk to.</summary>
public sealed class DemoJointMeetings(CreateJointMeetingHandler create)
{
    /// <summary>The seed documents, copied beside the host when it is built.</summary>
    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>Creates the demos; returns the ids created (an id that exists already is left as it is).</summary>
    public async Task<IReadOnlyList<string>> CreateAsync(CancellationToken cancellationToken)
    {
        var library = PolicyLibrary.Load(SeedsFolder);
        var created = new List<string>();
        foreach (var document in library.Documents.OrderBy(d => d.SourceName, StringComparer.Ordinal))
        {
            // "000_8c2f….txt" → "demo-000": short enough to type in chat.
            var id = "demo-" + Path.GetFileNameWithoutExtension(document.SourceName).Split('_')[0];
            var settings = new JointMeetingSettings(id, NameOf(document), MinMeetingsPerYear: document.JointMeeting?.MinMeetingsPerYear ?? JointMeetingSettings.DefaultMinMeetingsPerYear);
            var result = await create.HandleAsync(new CreateJointMeeting(settings, document, ChatAccount.System), cancellationToken);
            if (result.Created is not null)
                created.Add(id);
        }
        return created;
    }

    /// <summary>The joint meeting's own name where the document gives one, with the document's title to tell demos apart.</summary>
    public static string NameOf(Core.Policy.Model.PolicyDocument document) =>
        document.JointMeeting?.Name is { } name ? $"{name}（{document.Title}）" : document.Title;
}
