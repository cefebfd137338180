using System.Text;
using MeetingBot.Channels.WebChat.DirectLine;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Channels.WebChat.Personas;

/// <summary>Who one can be in the local web chat: the convenor, a member unit's contact, or a bystander with no role.</summary>
public sealed record Persona(string Id, string Label, string LabelEn, ContactRole? Role, string? UnitId)
{
    public const string ConvenorId = "convenor";
    public const string BystanderId = "bystander";
    public const string UnitPrefix = "unit:";

    /// <summary>The personas of a joint meeting: the convenor, one per member unit (in the joint meeting's order), a bystander.</summary>
    public static IReadOnlyList<Persona> Of(JointMeeting jointMeeting) =>
    [
        new(ConvenorId, Replies.PersonaConvenor(Lang.Zh), Replies.PersonaConvenor(Lang.En), ContactRole.Convenor, null),
        .. jointMeeting.Units.Select(u => new Persona(UnitPrefix + u.Id, Replies.PersonaUnitContact(Lang.Zh, u.Name), Replies.PersonaUnitContact(Lang.En, u.Name), ContactRole.UnitContact, u.Id)),
        new(BystanderId, Replies.PersonaBystander(Lang.Zh), Replies.PersonaBystander(Lang.En), null, null),
    ];

    public static Persona? Find(JointMeeting jointMeeting, string id) =>
        Of(jointMeeting).FirstOrDefault(p => string.Equals(p.Id, id.Trim(), StringComparison.Ordinal));

    /// <summary>The persona's web chat account id: <c>dl_local_{joint meeting}_{persona}</c>, other characters as _.</summary>
    public const string UserIdPrefix = "dl_local_";

    public static string UserId(string jointMeetingId, string personaId) => $"{UserIdPrefix}{Sanitise(jointMeetingId)}_{Sanitise(personaId)}";

    private static string Sanitise(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text) safe.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_');
        return safe.ToString();
    }
}
