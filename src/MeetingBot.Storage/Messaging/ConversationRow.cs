using MeetingBot.Core.Messaging;

namespace MeetingBot.Storage.Messaging;

/// <summary>A stored conversation as the body of its row.</summary>
internal sealed record ConversationRow(ReferenceRow Reference, bool Installed, DateTimeOffset UpdatedAt)
{
    public static ConversationRow From(StoredConversation conversation) =>
        new(ReferenceRow.From(conversation.Reference), conversation.Installed, conversation.UpdatedAt);

    public StoredConversation ToConversation() => new(Reference.ToReference(), Installed, UpdatedAt);
}
