namespace MeetingBot.Storage.Tests.Entities;

/// <summary>Chinese text and awkward keys for the conformance tests.</summary>
public static class TestText
{
    private const string Sentence = "各成员单位就有关工作情况向联席会议报告，到二〇二二年“双师型”教师占比达到百分之六十。";

    /// <summary>Exactly <paramref name="length"/> characters of Chinese prose, none of them ASCII.</summary>
    public static string Chinese(int length) =>
        string.Concat(Enumerable.Repeat(Sentence, length / Sentence.Length + 1))[..length];

    public static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(new { text });

    /// <summary>Keys with every character class an engine might mishandle: each is written and read back as is.</summary>
    public static TheoryData<string> AwkwardKeys =>
    [
        "联席会议/2024/第一次",
        @"back\slash",
        "#hash",
        "question?",
        "100%",
        "%2F",
        "%",
        "tab\there\nnewline",
        "nul\0inside",
        "\u007f\u0080\u009f",
        "  spaced out  ",
        "emoji😀",
        "'quote'\"double\"",
        "a",
    ];
}
