using MeetingBot.Core.Domain.JointMeetings;
using MeetingBot.Core.Domain.Persistence;

namespace MeetingBot.Core.Conversation;

/// <summary>
/// One page of the deployment's joint meetings, all of them or those matching a search: what a choice card and the
/// list show instead of every joint meeting at once (a province has thousands).
/// </summary>
/// <param name="Items">The joint meetings of this page, by id.</param>
/// <param name="Query">The words searched for; null for the whole list.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="Pages">How many pages the matches fill (at least 1).</param>
/// <param name="Matches">How many joint meetings match (all of them without a query).</param>
/// <param name="Total">How many joint meetings the deployment has.</param>
public sealed record JointMeetingPage(IReadOnlyList<JointMeeting> Items, string? Query, int Page, int Pages, int Matches, int Total)
{
    /// <summary>Whether everything there is fits on this one page (no search, no paging needed).</summary>
    public bool IsWhole => Query is null && Pages == 1;
}

/// <summary>One page of the light list's entries matching a search, before their records are read (see <see cref="JointMeetingPage"/>).</summary>
public sealed record JointMeetingHits(IReadOnlyList<JointMeetingEntry> Items, string? Query, int Page, int Pages, int Matches, int Total);

/// <summary>Searches joint meetings by id and name and cuts the result into pages.</summary>
public static class JointMeetingSearch
{
    /// <summary>Joint meetings a card or a list shows at once: a drop-down of ten is still easy to read.</summary>
    public const int PageSize = 10;

    /// <summary>The highest page number read from a command or card; beyond it the number is not a page.</summary>
    public const int MaxPage = 10_000;

    /// <summary>The longest search accepted (a name is at most a line).</summary>
    public const int MaxQueryLength = 100;

    /// <summary>The choice card's search and paging buttons: the words typed in <see cref="QueryInput"/>, or the page
    /// <see cref="PageKey"/> of the search <see cref="PagedQueryKey"/> ("" for the whole list).</summary>
    public const string FindAction = "jm.find";
    public const string QueryInput = "q";
    public const string PagedQueryKey = "pq";
    public const string PageKey = "page";

    /// <summary>
    /// Page <paramref name="page"/> of the joint meetings whose id or name holds every word of <paramref name="query"/>
    /// (case and full/half width ignored); null when that page does not exist (the first page always does).
    /// </summary>
    public static JointMeetingHits? Find(IReadOnlyList<JointMeetingEntry> all, string? query, int page)
    {
        ArgumentNullException.ThrowIfNull(all);
        var words = Words(query);
        var matches = words.Length == 0 ? all : all.Where(j => words.All(w => Holds(j, w))).ToList();
        var pages = Math.Max(1, (matches.Count + PageSize - 1) / PageSize);
        if (page < 1 || page > pages) return null;
        var items = matches.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return new JointMeetingHits(items, words.Length == 0 ? null : string.Join(' ', words), page, pages, matches.Count, all.Count);
    }

    private static bool Holds(JointMeetingEntry jm, string word) =>
        Fold(jm.Id).Contains(word, StringComparison.OrdinalIgnoreCase) || Fold(jm.Name).Contains(word, StringComparison.OrdinalIgnoreCase);

    private static string[] Words(string? query) =>
        query is null ? [] : Fold(query).Split((char[])[' ', '\t', '\u3000', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries);

    // Full-width letters and digits (typed with a Chinese IME) read as their half-width forms.
    private static string Fold(string text) => text.Normalize(System.Text.NormalizationForm.FormKC);
}
