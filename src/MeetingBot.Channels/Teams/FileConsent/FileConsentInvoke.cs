using System.Globalization;
using System.Text.Json.Nodes;
using MeetingBot.Channels.BotFramework.Schema;
using MeetingBot.Channels.BotFramework.Turns;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Domain;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Messaging.OfferedFiles;

namespace MeetingBot.Channels.Teams.FileConsent;

/// <summary>
/// The person's answer to a consent card (invoke <c>fileConsent/invoke</c>). The offer must be one we made in this
/// conversation and still hold; an accept claims the upload in the store (so a second press, on any instance,
/// uploads nothing), checks that Teams' uploadUrl is OneDrive's, and answers Teams at once with 200: the PUT runs
/// after the answer, because a file of some MB to OneDrive can outlast Teams' invoke timeout, and the outcome is
/// said in the chat anyway (the consent card replaced by what became of it, and the file card).
/// </summary>
public sealed class FileConsentInvoke(IOfferedFileStore store, UploadHosts hosts, OneDriveUpload upload, TimeProvider time)
{
    public const string Name = "fileConsent/invoke";

    /// <summary>A claim older than this is an upload that died with its instance: another press may take it over.</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(5);

    private static readonly InvokeResponse Done = new(200);

    public async Task<InvokeResponse> HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var value = turn.Activity.Value as JsonObject;
        var action = UploadInfo.Text(value?["action"]);
        if (UploadInfo.Text(value?["type"]) != "fileUpload" || action is not ("accept" or "decline"))
            return InvokeResponse.Error(400, "BadRequest", "fileConsent/invoke needs value.type fileUpload and value.action accept or decline");

        var lang = Languages.Detect("", turn.Activity.Locale);
        var cardId = turn.Activity.ReplyToId;
        var offer = value!["context"] is JsonObject context && UploadInfo.Text(context[FileConsentCards.ContextKey]) is { } id ? await store.FindAsync(id, cancellationToken) : null;
        // Not ours, or not offered here: say so, and touch no message (the replyToId is the caller's word too).
        if (offer is null || offer.Holder != turn.Conversation.ConversationId || !FileConsentOffers.IsPersonal(turn))
        {
            await turn.SendTextAsync(Replies.FileConsentUnknown(lang), cancellationToken);
            return Done;
        }

        var by = turn.Activity.From?.Name ?? turn.Activity.From?.Id ?? "";
        if (action == "decline")
        {
            await store.DeclinedAsync(offer.Id, by, cancellationToken);
            var now = await store.FindAsync(offer.Id, cancellationToken) ?? offer;
            await ReplaceCardAsync(turn, cardId, now.State == OfferState.Saved ? Saved(lang, now) : Replies.FileConsentDeclined(lang, offer.Name), cancellationToken);
            return Done;
        }

        var info = UploadInfo.From(value["uploadInfo"]);
        if (info is null || !hosts.Allows(info.UploadUrl))
        {
            await turn.SendTextAsync(Replies.FileConsentHostRefused(lang, offer.Name), cancellationToken);
            return Done;
        }

        var claim = await store.ClaimAsync(offer.Id, StaleClaim, cancellationToken);
        switch (claim.Outcome)
        {
            case OfferClaimOutcome.Claimed:
                if (!turn.RunInBackground((later, ct) => UploadAsync(later, cardId, claim.File!, claim.Content!, info, by, lang, ct)))
                {
                    await store.ReleaseAsync(offer.Id, cancellationToken);
                    await turn.SendTextAsync(Replies.FileConsentTryLater(lang, offer.Name), cancellationToken);
                }
                break;
            case OfferClaimOutcome.AlreadySaved:
                await turn.SendTextAsync(Replies.FileConsentAlreadySaved(lang, offer.Name, claim.File!.By ?? "", When(claim.File.At)), cancellationToken);
                break;
            case OfferClaimOutcome.Busy:
                await turn.SendTextAsync(Replies.FileConsentBusy(lang, offer.Name), cancellationToken);
                break;
            case OfferClaimOutcome.Expired:
                await ReplaceCardAsync(turn, cardId, Replies.FileConsentExpired(lang, offer.Name), cancellationToken);
                break;
            default:
                await turn.SendTextAsync(Replies.FileConsentUnknown(lang), cancellationToken);
                break;
        }
        return Done;
    }

    private async Task UploadAsync(ITurnContext turn, string? cardId, OfferedFile offer, byte[] content, UploadInfo info, string by, Lang lang, CancellationToken cancellationToken)
    {
        UploadFailure? failure;
        try
        {
            failure = await upload.PutAsync(info.UploadUrl, content, cancellationToken);
        }
        catch
        {
            await store.ReleaseAsync(offer.Id, CancellationToken.None);
            throw;
        }
        if (failure is not null)
        {
            // The card stays, so Allow can be pressed again; the claim is given back for that.
            await store.ReleaseAsync(offer.Id, cancellationToken);
            await turn.SendTextAsync(Replies.FileConsentUploadFailed(lang, offer.Name, failure.HttpStatus, failure.TimedOut), cancellationToken);
            return;
        }

        await store.SavedAsync(offer.Id, by, cancellationToken);
        await turn.SendAsync(new Activity { Type = ActivityTypes.Message, Attachments = [FileConsentCards.Info(info)] }, cancellationToken);
        var saved = await store.FindAsync(offer.Id, cancellationToken) ?? offer with { By = by, At = time.GetUtcNow() };
        await ReplaceCardAsync(turn, cardId, Saved(lang, saved), cancellationToken);
    }

    private string Saved(Lang lang, OfferedFile offer) => Replies.FileConsentSaved(lang, offer.Name, offer.By ?? "", When(offer.At));

    private static async Task ReplaceCardAsync(ITurnContext turn, string? cardId, string text, CancellationToken cancellationToken)
    {
        var replacement = new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = "markdown" };
        // Without the card's id (a client that sent none) the words still reach the person, as a new message.
        if (cardId is null || !(await turn.UpdateAsync(cardId, replacement, cancellationToken)).Delivered)
            await turn.SendTextAsync(text, cancellationToken);
    }

    // In the default zone of a joint meeting: the file belongs to no one joint meeting.
    private string When(DateTimeOffset? at) =>
        TimeZones.LocalTime(at ?? time.GetUtcNow(), TimeZones.Find(JointMeetingSettings.DefaultTimeZoneId)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
