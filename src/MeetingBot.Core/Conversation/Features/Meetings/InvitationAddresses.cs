using System.Net.Mail;
using MeetingBot.Core.Domain.Accounts;

namespace MeetingBot.Core.Conversation.Features.Meetings;

/// <summary>
/// Who an invitation names (RFC 5546): the ORGANIZER, the secretariat's mailbox, which calendars match a later
/// update or cancellation against, and the e-mail addresses of the people invited, where the host knows them.
/// </summary>
/// <param name="Organizer">The secretariat's address (e.g. "office@example.gov.cn"); it is written as a mailto URI.</param>
/// <param name="AddressOf">The e-mail address of a chat account, or null when the host does not know it.</param>
public sealed record InvitationAddresses(string Organizer, Func<ChatAccount, string?>? AddressOf = null)
{
    /// <summary>A reserved domain (RFC 2606): a valid address that never reaches anyone, for hosts that set none.</summary>
    public const string DefaultOrganizer = "secretariat@meetingbot.invalid";

    public static InvitationAddresses Default { get; } = new(DefaultOrganizer);

    /// <summary>A plain address (with or without "mailto:"), or null when it is not one.</summary>
    public static string? Normalize(string? address)
    {
        var text = address?.Trim() ?? "";
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) text = text["mailto:".Length..];
        return text.Length > 0 && !text.Any(char.IsWhiteSpace) && MailAddress.TryCreate(text, out var parsed) && parsed.Address == text
            && parsed.DisplayName.Length == 0 ? text : null;
    }

    public string? Of(ChatAccount account) => Normalize(AddressOf?.Invoke(account));
}
