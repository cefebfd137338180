namespace MeetingBot.Core.Conversation;

/// <summary>The language of a reply: Chinese first; English when the person writes or asks in English.</summary>
public enum Lang { Zh, En }

public static class Languages
{
    /// <summary>
    /// The language the message starts in: "I am the contact for 区财政局" is English, "报告：新增 3 家 base" is
    /// Chinese. A card submission carries no text: it answers in the card's language; otherwise the client's
    /// locale decides, and Chinese is the default.
    /// </summary>
    public static Lang Detect(string text, string? locale, string? cardLanguage = null)
    {
        if (cardLanguage is "en") return Lang.En;
        if (cardLanguage is "zh") return Lang.Zh;
        foreach (var c in text)
        {
            if (IsChinese(c)) return Lang.Zh;
            if (char.IsAsciiLetter(c)) return Lang.En;
        }
        return locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? Lang.En : Lang.Zh;
    }

    /// <summary>The language to answer a message in: the one place it is decided (see <see cref="Detect"/>).</summary>
    public static Lang Of(ChatMessage message) => Detect(message.Text, message.Locale, message.Value?.Language);

    /// <summary>
    /// What a message says of its sender's language: the language of its words, else the client's locale; null for a
    /// card's button (the card's language is the bot's choice) and for a message that says nothing either way.
    /// </summary>
    public static Lang? Signal(ChatMessage message)
    {
        if (message.Value is not null) return null;
        foreach (var c in message.Text)
        {
            if (IsChinese(c)) return Lang.Zh;
            if (char.IsAsciiLetter(c)) return Lang.En;
        }
        return string.IsNullOrWhiteSpace(message.Locale) ? null
            : message.Locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Lang.En
            : message.Locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Lang.Zh : null;
    }

    public static Lang FromSetting(string language) => language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Lang.En : Lang.Zh;

    public static string Code(this Lang lang) => lang == Lang.En ? "en" : "zh";

    /// <summary>The text in this language.</summary>
    public static string Pick(this Lang lang, string zh, string en) => lang == Lang.En ? en : zh;

    public static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';
}
