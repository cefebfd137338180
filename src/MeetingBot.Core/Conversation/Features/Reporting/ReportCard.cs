using System.Text;
using MeetingBot.Core.Conversation.Cards;
using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Reporting;

namespace MeetingBot.Core.Conversation.Features.Reporting;

/// <summary>
/// A unit's report card, one page of its tasks at a time: per task its number, title, lead or shared, targets,
/// and inputs for status, a figure per target and the progress text. A unit may have two dozen tasks (区教体局 in
/// the Yongnian seed), far beyond one card's 28 KB, so tasks are paged by the size of the card itself, and each
/// page names its own tasks and saves on its own. What was saved is filled in.
/// </summary>
public static class ReportCard
{
    public const string DraftAction = "reporting.draft";
    public const string SubmitAction = "reporting.submit";
    public const string NextAction = "reporting.next";

    public const string RoundKey = "round";
    public const string UnitKey = "unit";
    public const string TasksKey = "tasks";
    public const string KeepKey = "keep";
    /// <summary>The version of the report the card was built from (0 before the first save).</summary>
    public const string VersionKey = "version";
    /// <summary>The card's own id, shared by its buttons: saves from the same card do not make it stale.</summary>
    public const string CardKey = "card";

    public const int MaxTasksPerPage = 6;

    /// <summary>Saved progress texts up to this length are filled in; a longer one is kept unless replaced (it would not fit).</summary>
    public const int MaxPrefilledNarrative = 1_000;

    public static string StatusId(int i) => $"status{i}";
    public static string FigureId(int i, int k) => $"figure{i}_{k}";
    public static string NarrativeId(int i) => $"text{i}";

    /// <summary>The page that starts at task <paramref name="start"/> (0 for the first).</summary>
    public static OutgoingMessage Page(UnitRound unit, int start, Lang lang, ICardBudget budget)
    {
        var pages = Paginate(unit, lang, budget);
        var index = pages.FindIndex(p => p.Start == start);
        var page = index >= 0 ? pages[index] : (Start: start, Count: Fit(unit, start, lang, budget));
        var number = index >= 0 ? index + 1 : pages.Count(p => p.Start < start) + 1;
        var card = Build(unit, page.Start, page.Count, number, Math.Max(pages.Count, number), lang);
        var tasks = unit.Tasks.Skip(page.Start).Take(page.Count).ToList();
        var text = Replies.ReportCardText(lang, unit.Unit.Name, unit.Round, number, Math.Max(pages.Count, number),
            tasks.Select(t => Replies.WithRole(lang, TaskNumbers.Label(t, lang), unit.Leads(t))),
            TaskNumbers.Display(tasks.FirstOrDefault()?.Id ?? "1", lang));
        return new OutgoingMessage(text, card) { Lang = lang };
    }

    /// <summary>Where each page starts and how many tasks it holds, filling each page as far as its size allows.</summary>
    public static List<(int Start, int Count)> Paginate(UnitRound unit, Lang lang, ICardBudget budget)
    {
        var pages = new List<(int Start, int Count)>();
        for (var start = 0; start < unit.Tasks.Count;)
        {
            var count = Fit(unit, start, lang, budget);
            pages.Add((start, count));
            start += count;
        }
        return pages;
    }

    private static int Fit(UnitRound unit, int start, Lang lang, ICardBudget budget)
    {
        var left = unit.Tasks.Count - start;
        if (left <= 0) return 0;
        var count = 1;
        // Page numbers are measured as two digits: the real ones are never longer.
        while (count < Math.Min(MaxTasksPerPage, left) && budget.Fits(Build(unit, start, count + 1, 99, 99, lang)))
            count++;
        return count;
    }

    private static Card Build(UnitRound unit, int start, int count, int page, int pages, Lang lang)
    {
        var tasks = unit.Tasks.Skip(start).Take(count).ToList();
        var body = new List<CardElement>
        {
            Card.Title(Replies.ReportCardTitle(lang, unit.Unit.Name)),
            Card.Text(Replies.ReportCardSubtitle(lang, unit.Round, unit.Meeting), subtle: true),
            Card.Text(Replies.ReportCardPage(lang, page, pages, start + 1, start + tasks.Count, unit.Tasks.Count, unit.Report), size: TextSize.Small),
        };
        var kept = new List<string>();
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            var entry = unit.EntryOf(task.Id);
            var items = new List<CardElement>
            {
                Card.Text(TaskNumbers.Label(task, lang), bold: true),
                Card.Text(Replies.TaskTargets(lang, unit.Leads(task), task.Targets), subtle: true, size: TextSize.Small),
                Card.ChoiceInput(StatusId(i), Replies.StatusLabel(lang),
                    Enum.GetValues<ProgressStatus>().Select(s => (Replies.StatusName(lang, s), s.ToString())), entry?.Status.ToString()),
            };
            for (var k = 0; k < task.Targets.Count; k++)
                items.Add(Card.TextInput(FigureId(i, k), Replies.FigureLabel(lang, k, task.Targets[k]),
                    entry?.Figures.FirstOrDefault(f => f.TargetIndex == k)?.Value, maxLength: TaskProgress.MaxFigureLength));
            var narrative = entry?.Narrative;
            if (narrative is { Length: > MaxPrefilledNarrative })
            {
                kept.Add(task.Id);
                items.Add(Card.Text(Replies.KeptNarrative(lang, narrative.Length), subtle: true, size: TextSize.Small));
                narrative = null;
            }
            items.Add(Card.TextInput(NarrativeId(i), Replies.NarrativeLabel(lang), narrative, multiline: true, maxLength: TaskProgress.MaxNarrativeLength));
            body.Add(Card.Group(items, separator: true));
        }

        var cardId = CardActions.NewActionId();
        CardSubmission Data(string action) => CardActions.Once(action, unit.JointMeeting.Id, lang,
            (RoundKey, unit.Round.Id), (UnitKey, unit.Unit.Id), (TasksKey, string.Join('|', tasks.Select(t => t.Id))),
            (KeepKey, kept.Count == 0 ? null : string.Join('|', kept)),
            (VersionKey, (unit.Report?.State.Version ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)), (CardKey, cardId));
        var actions = new List<CardAction>
        {
            Card.Submit(Replies.SaveDraftButton(lang), Data(DraftAction)),
            Card.Submit(Replies.SubmitButton(lang), Data(SubmitAction), style: ButtonStyle.Positive),
        };
        if (start + tasks.Count < unit.Tasks.Count)
            actions.Add(Card.Submit(Replies.NextPageButton(lang), Data(NextAction)));
        return Card.Create(body, actions, lang);
    }
}
