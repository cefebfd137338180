using MeetingBot.Conversation.Tests.Infrastructure;
using MeetingBot.Core.Domain.JointMeetings;

namespace MeetingBot.Conversation.Tests.Features;

/// <summary>What the store holds after a turn: the tests of set-up and membership check it, not only the replies.</summary>
internal static class StoreReads
{
    public static async Task<JointMeeting> StoredAsync(this ChatHarness chat, string id = Scenario.JointMeetingId) =>
        (await chat.Store.LoadAsync(id))?.JointMeeting.Value ?? throw new InvalidOperationException($"No joint meeting {id} is stored.");

    /// <summary>How many changes the joint meeting has recorded: a refusal adds none.</summary>
    public static async Task<int> AuditCountAsync(this ChatHarness chat, string id = Scenario.JointMeetingId) =>
        (await chat.Store.GetAuditAsync(id)).Count;

    public static async Task<IReadOnlyList<string>> StoredIdsAsync(this ChatHarness chat) =>
        (await chat.Store.ListAsync()).Select(v => v.Value.Id).OrderBy(i => i, StringComparer.Ordinal).ToList();
}
