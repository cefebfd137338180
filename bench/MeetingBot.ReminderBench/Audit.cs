using MeetingBot.Core.Domain.Reminders;
using MeetingBot.TestPeers.Connector;

namespace MeetingBot.ReminderBench;

/// <summary>
/// What reached the stub Connector against what the ledger says was sent. A duplicate is a second accepted send to
/// one contact's 1:1; a loss is a contact due a reminder without exactly one accepted send and a Sent record.
/// </summary>
internal sealed record Audit(int Accepted, int Throttled, int OtherErrors, int Duplicates, int Losses, int LedgerSent, int LedgerLate,
    int LedgerOther, DateTimeOffset? FirstSend, DateTimeOffset? LastSend)
{
    public static async Task<Audit> RunAsync(StubConnector connector, IReminderLedger ledger, BenchOptions options)
    {
        var sends = connector.Requests.Where(r => r.Operation == ConnectorOperation.SendToConversation).ToList();
        var accepted = sends.Where(r => r.Status == 200).ToList();
        var perConversation = accepted.GroupBy(r => r.ConversationId!).ToDictionary(g => g.Key, g => g.Count());
        int ledgerSent = 0, ledgerLate = 0, ledgerOther = 0, losses = 0;
        for (var i = 0; i < options.JointMeetings; i++)
        {
            var id = Seeding.JointMeetingId(i);
            var all = await ledger.ListAsync(id);
            var records = all.GroupBy(r => r.Key.Recipient).ToDictionary(g => g.Key, g => g.First());
            for (var u = 1; u <= BenchOptions.UnitsPerJointMeeting; u++)
            {
                var unit = $"u{u}";
                var sent = records.TryGetValue(unit, out var record) && record.State == ReminderState.Sent;
                if (sent) ledgerSent++;
                if (sent && record!.Late) ledgerLate++;
                var received = perConversation.GetValueOrDefault(Seeding.ConversationOf(Seeding.ContactOf(id, unit)));
                if (!sent || received == 0) losses++;
            }
            // Anything but one Sent record per unit: a reminder not sent, or one the bench did not expect.
            ledgerOther += all.Count(r => r.State != ReminderState.Sent) + (all.Count - records.Count);
        }

        return new Audit(accepted.Count, connector.Requests.Count(r => r.Status == 429), sends.Count(r => r.Status is not (200 or 429)),
            perConversation.Values.Sum(c => c - 1), losses, ledgerSent, ledgerLate, ledgerOther,
            accepted.Count > 0 ? accepted.Min(r => r.At) : null, accepted.Count > 0 ? accepted.Max(r => r.At) : null);
    }
}
