using System.Globalization;
using System.Text.RegularExpressions;

namespace MeetingBot.Core.Reporting;

/// <summary>
/// The number a target or a reported figure states: "60%" is 60 percent, "8000人次以上" 8000, "已建成12家" 12,
/// "1.5万人" 15000. Only the first number counts; text with none (or only a year, "到2025年") has no quantity.
/// </summary>
public sealed partial record Quantity(decimal Value, bool IsPercent)
{
    public static Quantity? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var normal = text.Normalize(System.Text.NormalizationForm.FormKC); // full-width digits, ％ and ． become ASCII
        foreach (Match m in Number().Matches(normal))
        {
            // A year ("到2025年", "2026年底") dates the figure; it is not the figure.
            if (m.Groups["unit"].Value == "年" && m.Groups["num"].Value.Length == 4 && !m.Groups["num"].Value.Contains('.')) continue;
            var value = decimal.Parse(m.Groups["num"].Value.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture);
            var percent = m.Groups["pct"].Success || m.Groups["per"].Success;
            if (m.Groups["unit"].Value.StartsWith('万')) value *= 10_000;
            else if (m.Groups["unit"].Value.StartsWith('亿')) value *= 100_000_000;
            return new Quantity(value, percent);
        }
        return null;
    }

    [GeneratedRegex(@"(?<per>百分之)?(?<num>\d+(?:,\d{3})*(?:\.\d+)?)\s*(?:(?<pct>%)|(?<unit>万|亿|年)?)")]
    private static partial Regex Number();
}
