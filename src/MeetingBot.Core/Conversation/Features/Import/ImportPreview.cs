using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Conversation.Features.Import;

/// <summary>
/// The card a convenor confirms an import on: what the document is, the joint meeting it proposes (units, tasks
/// with their lead and responsible units, targets, the joint-meeting clause) and what the parser was unsure of,
/// with the buttons to create it, re-import it into the joint meeting in use, or discard it.
/// </summary>
internal static class ImportPreview
{
    public const int TasksShown = 12;

    public static Card Build(Lang lang, PolicyDocument document, string fileName, string format, string key, JointMeeting? reimportInto, (JointMeeting JointMeeting, string Changes)? addInto = null, string? reimportChanges = null)
    {
        var body = new List<CardElement>
        {
            Card.Title(Replies.ImportPreviewTitle(lang, document.Title)),
            Card.Facts(Replies.ImportPreviewFacts(lang, document, fileName, format)),
        };
        var withUnits = document.Tasks.Where(t => t.AllUnits.Any()).ToList();
        body.Add(Card.Text(Replies.ImportPreviewTasksHeading(lang, withUnits.Count, document.Tasks.Count), bold: true));
        body.AddRange(withUnits.Take(TasksShown).Select(t => (CardElement)Card.Text(Replies.ImportPreviewTask(lang, t))));
        if (withUnits.Count > TasksShown) body.Add(Card.Text(Replies.ImportPreviewMoreTasks(lang, withUnits.Count - TasksShown), subtle: true));
        var targets = document.Tasks.SelectMany(t => t.Targets).Concat(document.DocumentTargets).ToList();
        if (targets.Count > 0) body.Add(Card.Text(Replies.ImportPreviewTargets(lang, targets.Count, targets.Select(t => t.Text).ToList()), subtle: true));
        if (document.Warnings.Count > 0) body.Add(Card.Text(Replies.ImportPreviewWarnings(lang, document.Warnings.Select(w => w.Message).ToList()), attention: true));
        if (addInto is { } add) body.Add(Card.Text(add.Changes, attention: true));
        if (reimportInto is not null && reimportChanges is not null) body.Add(Card.Text(reimportChanges, attention: true));
        body.Add(Card.Text(Replies.ImportPreviewNothingYet(lang), subtle: true));

        var actions = new List<CardAction>();
        if (reimportInto is not null)
            actions.Add(Card.Submit(Replies.ImportReimportButton(lang, reimportInto.Name), CardActions.Data(PolicyImportFeature.ReimportAction, reimportInto.Id, lang, (PolicyImportFeature.FileKey, key)), ButtonStyle.Positive));
        if (addInto is { } into)
            actions.Add(Card.Submit(Replies.ImportAddButton(lang, into.JointMeeting.Name), CardActions.Data(PolicyImportFeature.AddAction, into.JointMeeting.Id, lang, (PolicyImportFeature.FileKey, key)), ButtonStyle.Positive));
        actions.Add(Card.Submit(Replies.ImportCreateButton(lang), CardActions.Data(PolicyImportFeature.CreateAction, null, lang, (PolicyImportFeature.FileKey, key)), reimportInto is null && addInto is null ? ButtonStyle.Positive : ButtonStyle.Default));
        actions.Add(Card.Submit(Replies.ImportDiscardButton(lang), CardActions.Data(PolicyImportFeature.DiscardAction, null, lang, (PolicyImportFeature.FileKey, key)), ButtonStyle.Destructive));
        return Card.Create(body, actions, lang);
    }
}
