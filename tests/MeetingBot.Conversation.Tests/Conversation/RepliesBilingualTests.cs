using System.Reflection;
using System.Text;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;
using Xunit.Abstractions;

namespace MeetingBot.Conversation.Tests.Conversation;

/// <summary>
/// Every reply method (a public static method of <see cref="Replies"/> taking a <see cref="Lang"/> first) is called
/// in Chinese and in English with sample values for its other parameters: the base values, then each parameter
/// through its other values in turn (every enum value, both bools, null where allowed). Each text must be there in
/// both languages, differ between them, and keep to its language's punctuation; no call may throw. A parameter
/// type without samples fails the walk, so a new reply method cannot slip past it.
/// </summary>
public sealed class RepliesBilingualTests(ITestOutputHelper output)
{
    /// <summary>Methods whose zh and en may be the same text, and why. Always: for every input; otherwise for some.</summary>
    private static readonly Dictionary<string, (bool Always, string Reason)> MaySayTheSame = new()
    {
        ["MeetingLabel(Lang, Meeting)"] = (true, "the meeting's id and the first line of its agenda, both as the convenor typed them"),
        ["BriefTaskHeading(Lang, String, IReadOnlyList`1)"] = (false, "a task without targets is only its number and title, from the document"),
        ["MeetingSummary(Lang, JointMeeting, Meeting)"] = (false, "a meeting without an agenda is summed up by the joint meeting's name alone"),
        ["QuestionsCite(Lang, Citation)"] = (false, "a citation without a task or line is the document's title and clause number as the document writes them"),
    };

    /// <summary>Inputs a method is never called with, because its caller has checked them first.</summary>
    private static readonly Dictionary<string, (string Parameter, string Reason)> Preconditions = new()
    {
        ["OpenRoundCardText(Lang, IReadOnlyList`1)"] = ("meetings", "the card is only offered when a meeting is planned"),
    };

    private static readonly Lazy<ReplySamples> Samples = new(() => new ReplySamples());

    public static IEnumerable<MethodInfo> ReplyMethods() =>
        typeof(Replies).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(Lang))
            .OrderBy(Signature, StringComparer.Ordinal);

    [Fact]
    public void EveryReplyMethod_SaysSomethingDifferentInEachLanguage()
    {
        var methods = ReplyMethods().ToList();
        var nullability = new NullabilityInfoContext();
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var calls = 0;

        foreach (var method in methods)
        {
            var parameters = method.GetParameters()[1..];
            var values = parameters.Select(p => Samples.Value.For(p.ParameterType, p.Name!, IsNullable(p, nullability))).ToList();
            var lacking = parameters.Where((p, i) => values[i] is null).Select(p => $"{TypeName(p.ParameterType)} ({Signature(method)} {p.Name})").ToList();
            if (lacking.Count > 0) { missing.UnionWith(lacking); continue; }

            var signature = Signature(method);
            var sameEverywhere = true;
            foreach (var arguments in Variants(values!, Preconditions.GetValueOrDefault(signature), parameters))
            {
                calls++;
                var zh = Call(method, Lang.Zh, arguments, problems);
                var en = Call(method, Lang.En, arguments, problems);
                if (zh is null || en is null) continue;
                var where = $"{signature} with {Describe(parameters, arguments)}";
                if (zh.Count != en.Count) { problems.Add($"{where}: the zh and en messages have different parts"); continue; }
                for (var k = 0; k < zh.Count; k++)
                {
                    if (string.IsNullOrWhiteSpace(zh[k].Text) || string.IsNullOrWhiteSpace(en[k].Text))
                        problems.Add($"{where}: the {zh[k].Part} is empty in {(string.IsNullOrWhiteSpace(zh[k].Text) ? "zh" : "en")}");
                    else if (zh[k].Text != en[k].Text) sameEverywhere = false;
                    else if (!MaySayTheSame.ContainsKey(signature))
                        problems.Add($"{where}: the {zh[k].Part} is the same in zh and en: \"{Short(zh[k].Text)}\"");
                    if (ForeignPunctuation(zh[k].Text, Lang.Zh) is { } zhMark) problems.Add($"{where}: the zh {zh[k].Part} has the English punctuation {zhMark}");
                    if (ForeignPunctuation(en[k].Text, Lang.En) is { } enMark) problems.Add($"{where}: the en {en[k].Part} has the Chinese punctuation {enMark}");
                }
            }
            if (sameEverywhere && MaySayTheSame.TryGetValue(signature, out var allowed) && !allowed.Always)
                problems.Add($"{signature}: zh and en are the same for every sample, not only for some ({allowed.Reason})");
        }

        output.WriteLine($"Walked {methods.Count} reply methods in {calls} calls, each in zh and en.");
        foreach (var problem in problems) output.WriteLine(problem);
        missing.Should().BeEmpty("every parameter type of a reply method needs sample values in ReplySamples");
        problems.Should().BeEmpty("every reply says something in both languages, differently:\n{0}", string.Join("\n", problems));
        methods.Count.Should().BeGreaterThan(200, "the walk finds the reply methods by reflection");
    }

    [Fact]
    public void EveryCommandInHelp_IsWordedInBothLanguages()
    {
        var commands = Replies.RemindersCommands.Concat(Replies.MembershipCommands).Concat(Replies.HelpCommands)
            .Concat(Replies.ReportingCommands).Concat(Replies.MeetingsCommands).Concat(Replies.QuestionsCommands).Concat(Replies.SetupCommands).ToList();

        commands.Should().NotBeEmpty();
        foreach (var command in commands)
        {
            command.UsageZh.Should().NotBeNullOrWhiteSpace();
            command.UsageEn.Should().NotBeNullOrWhiteSpace().And.NotBe(command.UsageZh);
            command.DescriptionZh.Should().NotBeNullOrWhiteSpace();
            command.DescriptionEn.Should().NotBeNullOrWhiteSpace().And.NotBe(command.DescriptionZh);
        }
    }

    // The base values (the first of each parameter), then each parameter through its other values, the rest at base.
    private static IEnumerable<object?[]> Variants(IReadOnlyList<IReadOnlyList<object?>> values, (string Parameter, string Reason) precondition, ParameterInfo[] parameters)
    {
        bool Allowed(int i, object? value) => parameters[i].Name != precondition.Parameter || value is not System.Collections.ICollection { Count: 0 };
        var first = values.Select((v, i) => v.First(value => Allowed(i, value))).ToArray();
        yield return first;
        for (var i = 0; i < values.Count; i++)
            foreach (var value in values[i].Where(v => !ReferenceEquals(v, first[i]) && !Equals(v, first[i]) && Allowed(i, v)))
            {
                var arguments = (object?[])first.Clone();
                arguments[i] = value;
                yield return arguments;
            }
    }

    private static List<(string Part, string Text)>? Call(MethodInfo method, Lang lang, object?[] arguments, List<string> problems)
    {
        try
        {
            return Texts(method.Invoke(null, [lang, .. arguments]));
        }
        catch (TargetInvocationException e)
        {
            problems.Add($"{Signature(method)} in {lang} with {Describe(method.GetParameters()[1..], arguments)} threw {e.InnerException!.GetType().Name}: {e.InnerException.Message}");
            return null;
        }
    }

    // What a person reads of a result: a text, a message's text and its card, the titles and values of facts.
    private static List<(string Part, string Text)> Texts(object? result) => result switch
    {
        string text => [("text", text)],
        OutgoingMessage message => message.Card is { } card ? [("text", message.Text), ("card", CardText(card))] : [("text", message.Text)],
        Card card => [("card", CardText(card))],
        IEnumerable<(string Title, string Value)> facts => [("facts", string.Join("\n", facts.Select(f => $"{f.Title}\t{f.Value}")))],
        IEnumerable<string> lines => [("lines", string.Join("\n", lines))],
        null => [("result", "")],
        _ => throw new InvalidOperationException($"A reply of type {result.GetType().Name} is not read by this test yet."),
    };

    private static string CardText(Card card)
    {
        var text = new StringBuilder();
        foreach (var element in card.Body) Append(text, element);
        foreach (var action in card.Actions) Append(text, action);
        return text.ToString();
    }

    private static void Append(StringBuilder text, CardElement element)
    {
        switch (element)
        {
            case CardText t: text.AppendLine(t.Text); break;
            case CardFacts f: foreach (var fact in f.Facts) text.AppendLine($"{fact.Title}\t{fact.Value}"); break;
            case CardGroup g: foreach (var item in g.Items) Append(text, item); break;
            case CardButtons b: foreach (var action in b.Actions) Append(text, action); break;
            case CardTextInput i: text.AppendLine($"{i.Label} {i.Placeholder} {i.Error}"); break;
            case CardChoiceInput i: text.AppendLine($"{i.Label} {i.Error} {string.Join(" ", i.Choices.Select(c => c.Title))}"); break;
            case CardInput i: text.AppendLine($"{i.Label} {i.Error}"); break;
        }
    }

    private static void Append(StringBuilder text, CardAction action)
    {
        text.AppendLine(action.Title);
        if (action is CardShowCard show)
        {
            foreach (var element in show.Body) Append(text, element);
            foreach (var inner in show.Actions) Append(text, inner);
        }
    }

    private const string ChinesePunctuation = "，。：；（）！？、【】";
    private const string EnglishPunctuation = ",;:!?()";

    /// <summary>
    /// Punctuation of the other language in the reply's own words (quoted names, titles and targets are left out):
    /// "，" or "、" in English; in Chinese, ", ; : ( )" beside Chinese characters. Returns the mark in its context.
    /// </summary>
    private static string? ForeignPunctuation(string text, Lang lang)
    {
        var own = OwnWords(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!own[i]) continue;
            var c = text[i];
            var foreign = lang == Lang.En
                ? ChinesePunctuation.Contains(c)
                : EnglishPunctuation.Contains(c) && !(c == ')' && i > 0 && char.IsAsciiDigit(text[i - 1])) // "1)" numbers a list
                    && (IsChineseNear(text, i, -1) || IsChineseNear(text, i, +1));
            if (foreign) return $"'{c}' in \"…{text[Math.Max(0, i - 15)..Math.Min(text.Length, i + 15)]}…\"";
        }
        return null;
    }

    // The nearest character that is not a space or Markdown's '*' on that side is Chinese.
    private static bool IsChineseNear(string text, int at, int step)
    {
        for (var i = at + step; i >= 0 && i < text.Length; i += step)
        {
            if (text[i] is ' ' or '*') continue;
            return Languages.IsChinese(text[i]) || ChinesePunctuation.Contains(text[i]);
        }
        return false;
    }

    // False where the text quotes a sample's own text, whole or shortened with "…".
    private static bool[] OwnWords(string text)
    {
        var own = Enumerable.Repeat(true, text.Length).ToArray();
        void Mark(int from, int length) { for (var k = from; k < from + length; k++) own[k] = false; }
        foreach (var quoted in Samples.Value.Content)
        {
            for (var at = text.IndexOf(quoted, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quoted, at + 1, StringComparison.Ordinal))
                Mark(at, quoted.Length);
            if (!text.Contains('…')) continue;
            for (var cut = Math.Min(quoted.Length - 1, 300); cut >= 8; cut--)
            {
                var shortened = quoted[..cut] + "…";
                for (var at = text.IndexOf(shortened, StringComparison.Ordinal); at >= 0; at = text.IndexOf(shortened, at + 1, StringComparison.Ordinal))
                    Mark(at, shortened.Length);
            }
        }
        return own;
    }

    private static bool IsNullable(ParameterInfo parameter, NullabilityInfoContext context) =>
        Nullable.GetUnderlyingType(parameter.ParameterType) is not null
        || (!parameter.ParameterType.IsValueType && context.Create(parameter).WriteState == NullabilityState.Nullable);

    public static string Signature(MethodInfo method) =>
        $"{method.Name}({string.Join(", ", method.GetParameters().Select(p => TypeName(p.ParameterType)))})";

    private static string TypeName(Type type) => Nullable.GetUnderlyingType(type) is { } underlying ? underlying.Name + "?" : type.Name;

    private static string Describe(ParameterInfo[] parameters, object?[] arguments) =>
        string.Join(", ", parameters.Select((p, i) => $"{p.Name}={Short(arguments[i] switch
        {
            null => "null",
            string s => $"\"{s}\"",
            System.Collections.ICollection c => $"{c.Count} items",
            var value when value.GetType().GetProperty("Id")?.GetValue(value) is { } id => $"{value.GetType().Name} {id}",
            var value => value.ToString() ?? "",
        }, 40)}"));

    private static string Short(string text, int max = 120) => text.Length <= max ? text : text[..max] + "…";
}
