using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Conversation.Features.Setup;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Files;
using MeetingBot.Core.Policy.Formats;
using MeetingBot.Core.Policy.Model;
using MeetingBot.Core.Policy.Parsing;
using MeetingBot.Core.UseCases;

namespace MeetingBot.Core.Conversation.Features.Import;

/// <summary>
/// A policy document sent in chat (.docx, .pdf, .html, .txt): read, held, and shown as the joint meeting it
/// proposes, on a card to create it, re-import it into the joint meeting in use (its managers only; their
/// corrections are applied again), or discard it. Nothing is created or changed before a button is pressed, and a
/// preview confirmed or discarded once cannot be confirmed again. The confirmed file is kept as the document's
/// original, so that questions are answered from it and it survives a restart.
/// </summary>
public sealed class PolicyImportFeature(PolicyCatalog catalog, CreateJointMeetingHandler create, IPolicyFileStore files, PolicyFileLimits? limits = null)
    : IConversationFeature
{
    public const string CreateAction = "policy.import.create";
    public const string ReimportAction = "policy.import.reimport";
    public const string DiscardAction = "policy.import.discard";
    public const string AddAction = "policy.import.add";
    public const string FileKey = "file";

    private readonly JointMeetingCreation creation = new(catalog, create);
    private readonly PolicyFileLimits limits = limits ?? PolicyFileLimits.Default;

    public IEnumerable<CommandHelp> Commands => Replies.ImportCommands;

    public async Task<bool> TryHandleAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        switch (turn.CardAction)
        {
            case CreateAction: await CreateAsync(turn, cancellationToken); return true;
            case ReimportAction: await ReimportAsync(turn, cancellationToken); return true;
            case DiscardAction: await DiscardAsync(turn, cancellationToken); return true;
            case AddAction: await AddAsync(turn, cancellationToken); return true;
            case not null: return false;
        }
        if (turn.Message.Attachments is not { Count: > 0 } attachments || !ImportCommands.IsImport(turn.Text)) return false;
        await PreviewAsync(turn, attachments, cancellationToken);
        return true;
    }

    private async Task PreviewAsync(ConversationTurn turn, IReadOnlyList<ChatAttachment> attachments, CancellationToken cancellationToken)
    {
        var file = attachments[0];
        var name = SafeName(file.Name);
        if (attachments.Count > 1) turn.Say(Replies.ImportOneAtATime(turn.Lang, name));
        if (file.Length > limits.MaxAnyBytes)
        {
            turn.Say(Replies.ImportTooLarge(turn.Lang, name, (int)(limits.MaxAnyBytes / (1024 * 1024))));
            return;
        }
        byte[] bytes;
        try { bytes = await file.Download(limits.MaxAnyBytes, cancellationToken); }
        catch (ChatAttachmentException e)
        {
            turn.Say(e.TooLarge ? Replies.ImportTooLarge(turn.Lang, name, (int)(limits.MaxAnyBytes / (1024 * 1024))) : Replies.ImportNotFetched(turn.Lang, name, e.Message));
            return;
        }

        var parsed = PolicyParser.Parse(bytes, name, limits, cancellationToken);
        if (parsed.Document is not { } document)
        {
            turn.Say(Replies.ImportUnreadable(turn.Lang, name, parsed.Error ?? ""));
            return;
        }
        var held = await files.HoldAsync(name, bytes, Holder(turn), cancellationToken);
        await turn.LoadAsync(cancellationToken);
        var reimportInto = turn.JointMeeting is { } inUse && turn.Me.IsManager
            && (ImportCommands.AsksReimport(turn.Text) || SourceOf(inUse, document, name) is not null) ? inUse : null;
        // Another document for the joint meeting in use (its managers only): what adding it would change, worked out on a copy.
        var addInto = turn.JointMeeting is { } target && turn.Me.IsManager && reimportInto is null ? AddPreview(turn, target, document) : null;
        var reimportChanges = reimportInto is null ? null : ReimportPreview(turn, reimportInto, document, bytes, name, cancellationToken);
        var format = PolicyFileReader.Name(PolicyFileReader.Sniff(bytes).Format ?? PolicyFileFormat.Text);
        turn.Send(new OutgoingMessage(Replies.ImportPreviewSummary(turn.Lang, document), ImportPreview.Build(turn.Lang, document, name, format, held.Key, reimportInto, addInto, reimportChanges)));
    }

    private Task CreateAsync(ConversationTurn turn, CancellationToken cancellationToken) => ConfirmAsync(turn, async (held, confirmation) =>
    {
        var sourceName = await UniqueSourceNameAsync(held, cancellationToken);
        if (Parse(turn, held, sourceName) is not { } document) return;
        await files.KeepAsync(sourceName, held.Content, cancellationToken);
        catalog.Add(document, held.ContentHash);
        await creation.CreateFromAsync(turn, document, null, null, cancellationToken, created: confirmation.Made);
    }, cancellationToken);

    private async Task ReimportAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Value?.JointMeetingId is not { } id || !await turn.SwitchToAsync(id, cancellationToken) || turn.JointMeeting is not { } jointMeeting)
        {
            turn.Say(Replies.BadCardData(turn.Lang));
            return;
        }
        // Checked before the file is taken, so that a refused person leaves the preview to the convenor.
        jointMeeting.Identify(turn.From).RequireManager("import the policy document again");
        await ConfirmAsync(turn, async (held, confirmation) =>
        {
            var probe = PolicyParser.Parse(held.Content, held.FileName, limits, cancellationToken).Document;
            var source = (probe is null ? null : SourceOf(jointMeeting, probe, held.FileName)) ?? jointMeeting.State.Sources.FirstOrDefault();
            if (source is null)
            {
                turn.Say(Replies.BadCardData(turn.Lang));
                return;
            }
            // Read under the joint meeting's own source name: its tasks are that document's.
            if (Parse(turn, held, source.SourceName) is not { } document) return;
            var kept = await turn.ChangeAsync((snapshot, changes) =>
            {
                var applied = snapshot.JointMeeting.Value.ReimportTasks(turn.From, JointMeetingProposal.FromPolicy(document), turn.Now, snapshot.ReportedTaskIds());
                changes.Update(snapshot.JointMeeting);
                return applied;
            }, cancellationToken);
            confirmation.Made();
            await files.KeepAsync(source.SourceName, held.Content, cancellationToken);
            catalog.Add(document, held.ContentHash);
            turn.Say(Replies.Reimported(turn.Lang, turn.JointMeeting!.Name, document.Title, turn.JointMeeting.Tasks.Count, kept));
        }, cancellationToken);
    }

    private async Task AddAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (turn.Value?.JointMeetingId is not { } id || !await turn.SwitchToAsync(id, cancellationToken) || turn.JointMeeting is not { } jointMeeting)
        {
            turn.Say(Replies.BadCardData(turn.Lang));
            return;
        }
        // Checked before the file is taken, so that a refused person or a document added meanwhile leaves the preview as it was.
        jointMeeting.Identify(turn.From).RequireManager("add a policy document");
        var key = CardActions.Trimmed(turn.Value, FileKey);
        if (key is not { Length: 64 } || await files.PeekAsync(key, cancellationToken) is not { } peeked)
        {
            turn.Say(Replies.ImportAlreadyHandled(turn.Lang));
            return;
        }
        if (PolicyParser.Parse(peeked.Content, peeked.FileName, limits, cancellationToken).Document is { } probe && SourceOf(jointMeeting, probe, peeked.FileName) is { } known)
        {
            turn.Say(Replies.ImportAlreadyInJointMeeting(turn.Lang, known.Title, jointMeeting.Name));
            return;
        }
        await ConfirmAsync(turn, async (held, confirmation) =>
        {
            var sourceName = await UniqueSourceNameAsync(held, cancellationToken);
            if (Parse(turn, held, sourceName) is not { } document) return;
            var added = await turn.ChangeAsync((snapshot, changes) =>
            {
                var merged = snapshot.JointMeeting.Value.AddDocument(turn.From, JointMeetingProposal.FromPolicy(document), turn.Now);
                changes.Update(snapshot.JointMeeting);
                return merged;
            }, cancellationToken);
            confirmation.Made();
            await files.KeepAsync(sourceName, held.Content, cancellationToken);
            catalog.Add(document, held.ContentHash);
            turn.Say(Replies.DocumentAddedTo(turn.Lang, turn.JointMeeting!.Name, document.Title, added, turn.JointMeeting.Tasks.Count));
        }, cancellationToken);
    }

    // What re-importing would change (tasks added, removed, kept because reported on), worked out on a copy under the
    // source name the re-import will use.
    private string? ReimportPreview(ConversationTurn turn, JointMeeting jointMeeting, PolicyDocument document, byte[] bytes, string name, CancellationToken cancellationToken)
    {
        var source = SourceOf(jointMeeting, document, name) ?? jointMeeting.State.Sources.FirstOrDefault();
        if (source is null || turn.Snapshot is not { } snapshot) return null;
        var asSource = source.SourceName == document.SourceName ? document : PolicyParser.Parse(bytes, source.SourceName, limits, cancellationToken).Document;
        if (asSource is null) return null;
        try
        {
            var changes = jointMeeting.PreviewReimport(turn.From, JointMeetingProposal.FromPolicy(asSource), turn.Now, snapshot.ReportedTaskIds());
            return Replies.ImportReimportChanges(turn.Lang, jointMeeting.Name, changes);
        }
        catch (Domain.DomainException)
        {
            return null;
        }
    }

    private static (JointMeeting JointMeeting, string Changes)? AddPreview(ConversationTurn turn, JointMeeting jointMeeting, PolicyDocument document)
    {
        if (SourceOf(jointMeeting, document, document.SourceName) is not null) return null;
        try
        {
            var changes = JointMeeting.Restore(jointMeeting.State).AddDocument(turn.From, JointMeetingProposal.FromPolicy(document), turn.Now);
            return (jointMeeting, Replies.ImportAddChanges(turn.Lang, jointMeeting.Name, changes, jointMeeting.Tasks.Count));
        }
        catch (Domain.DomainException)
        {
            return null; // not addable (a unit name too long, …): the card offers to create a joint meeting instead
        }
    }

    // A name another document has already is made unique with the file's hash, so neither is lost.
    private async Task<string> UniqueSourceNameAsync(HeldPolicyFile held, CancellationToken cancellationToken) =>
        catalog.Documents.Any(d => d.SourceName == held.FileName) || await files.ClashesAsync(held.FileName, held.Content, cancellationToken)
            ? $"{Path.GetFileNameWithoutExtension(held.FileName)}-{held.ContentHash[..8]}{Path.GetExtension(held.FileName)}"
            : held.FileName;

    private async Task DiscardAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        if (await TakeAsync(turn, cancellationToken) is not { } held) return;
        turn.Say(Replies.ImportDiscarded(turn.Lang, held.FileName));
    }

    // Who a preview is held for: the sender in this conversation (another sender of the same file has a preview of their own).
    private static string Holder(ConversationTurn turn) => $"{turn.From.Key}|{turn.Message.Conversation.Channel}|{turn.Message.Conversation.Id}";

    /// <summary>Whether the change a confirmation makes is stored: from then on the preview is used up.</summary>
    private sealed class Confirmation
    {
        public bool IsMade { get; private set; }

        public void Made() => IsMade = true;
    }

    // The file is taken before the change, so that of two confirmations at once (on any instances) only one goes on;
    // when the change is then not stored (refused, or the store failed), the file is put back, so the preview can be
    // confirmed again rather than lost.
    private async Task ConfirmAsync(ConversationTurn turn, Func<HeldPolicyFile, Confirmation, Task> change, CancellationToken cancellationToken)
    {
        if (await TakeAsync(turn, cancellationToken) is not { } held) return;
        var confirmation = new Confirmation();
        try
        {
            await change(held, confirmation);
        }
        finally
        {
            if (!confirmation.IsMade)
            {
                try { await files.RestoreAsync(held, CancellationToken.None); }
                catch (Domain.Persistence.StoreException) { } // the store is down: the reason the change failed is what the person is told
            }
        }
    }

    private async Task<HeldPolicyFile?> TakeAsync(ConversationTurn turn, CancellationToken cancellationToken)
    {
        var key = CardActions.Trimmed(turn.Value, FileKey);
        var held = key is { Length: 64 } ? await files.TakeAsync(key, cancellationToken) : null;
        if (held is null) turn.Say(Replies.ImportAlreadyHandled(turn.Lang));
        return held;
    }

    private PolicyDocument? Parse(ConversationTurn turn, HeldPolicyFile held, string sourceName)
    {
        var parsed = PolicyParser.Parse(held.Content, sourceName, limits);
        if (parsed.Document is null) turn.Say(Replies.ImportUnreadable(turn.Lang, held.FileName, parsed.Error ?? ""));
        return parsed.Document;
    }

    // The document of the joint meeting this file is a new version of: the same title, or the same file name.
    private static PolicySource? SourceOf(JointMeeting jointMeeting, PolicyDocument document, string fileName) =>
        jointMeeting.State.Sources.FirstOrDefault(s => s.Title == document.Title)
        ?? jointMeeting.State.Sources.FirstOrDefault(s => string.Equals(Path.GetFileNameWithoutExtension(s.SourceName), Path.GetFileNameWithoutExtension(fileName), StringComparison.OrdinalIgnoreCase));

    // The sender's file name is kept (it is what they will recognise), without any path or characters a file system refuses.
    internal static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string(file.Where(c => !char.IsControl(c) && !Path.GetInvalidFileNameChars().Contains(c)).ToArray()).Trim().TrimStart('.');
        if (clean.Length > 100) clean = clean[..(100 - Path.GetExtension(clean).Length)] + Path.GetExtension(clean);
        return clean.Length == 0 ? "document" : clean;
    }
}
