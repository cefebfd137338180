using MeetingBot.Conversation.Tests.Infrastructure;
using System.Text.Json.Nodes;
using MeetingBot.Core.Conversation;
using MeetingBot.Core.Conversation.Cards;

namespace MeetingBot.Conversation.Tests.Cards;

// The checker every card passes through must itself catch broken cards, or the card tests prove nothing.
public sealed class AdaptiveCardRulesTests
{
    private static JsonObject Valid() => Card.Create(
        [Card.Title("安排会议"), Card.DateInput("date", "日期", new DateOnly(2026, 6, 18), required: true),
         Card.ChoiceInput("unit", "单位", [("区财政局", "u1"), ("区教体局", "u2")], "u1")],
        [Card.Submit("提交", CardActions.Data("meeting.schedule", "jm-1", Lang.Zh))]).Json();

    [Fact]
    public void Check_CardFromTheBuilder_HasNoErrors() => AdaptiveCardRules.Check(Valid()).Should().BeEmpty();

    public static TheoryData<string, Action<JsonObject>> Breakages => new()
    {
        { "version", c => c["version"] = "1.2" },
        { "unknown element type", c => ((JsonArray)c["body"]!).Add(new JsonObject { ["type"] = "Input.Rating", ["id"] = "r", ["label"] = "r" }) },
        { "used 2 times", c => ((JsonArray)c["body"]!).Add(Card.TextInput("date", "again").Json()) },
        { "names no action", c => ((JsonArray)c["actions"]!)[0]!["data"] = new JsonObject { ["x"] = "1" } },
        { "must be an object", c => ((JsonArray)c["actions"]!)[0]!["data"] = "text" },
        { "without a label", c => ((JsonArray)c["body"]!).Add(new JsonObject { ["type"] = "Input.Text", ["id"] = "n" }) },
        { "TextBlock without text", c => ((JsonArray)c["body"]!).Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "" }) },
        { "not one of the choices", c => ((JsonArray)c["body"]!)[2]!["value"] = "u9" },
        { "not yyyy-MM-dd", c => ((JsonArray)c["body"]!)[1]!["value"] = "18/06/2026" },
        { "Teams shows at most", c => { for (var i = 0; i < 6; i++) ((JsonArray)c["actions"]!).Add(Card.Submit($"b{i}", CardActions.Data("x", null, Lang.Zh)).Json()); } },
        { "schema", c => ((JsonArray)c["body"]!)[0]!["wrap"] = "yes" },
        { "without id", c => ((JsonArray)c["body"]!).Add(new JsonObject { ["type"] = "Input.Text", ["label"] = "x" }) },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Check_BrokenCard_IsCaught(string expected, Action<JsonObject> breakIt)
    {
        var card = Valid();
        breakIt(card);

        AdaptiveCardRules.Check(card).Should().Contain(e => e.Contains(expected));
    }
}
