using System.Runtime.CompilerServices;
using System.Text;
using UglyToad.PdfPig.Content;

namespace MeetingBot.Core.Policy.Formats;

/// <summary>A line of text on a PDF page: where it starts and ends, its baseline and size, and its text.</summary>
internal sealed record PdfLine(int Page, double Left, double Right, double Baseline, double Size, string Text)
{
    public double Top => Baseline + Size;
}

/// <summary>
/// Letters into lines: letters on one baseline (within a third of their size) form a line, read left to right;
/// spaces are put where the gap between two Latin letters says so (CJK text has none, and the spacing a
/// word processor adds between Chinese and Latin text is not a space), and a wide gap
/// (a column or a table without rulings) becomes two full-width spaces, which the parser reads as a cell break.
/// </summary>
internal static class PdfLines
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<PdfLine> Group(int page, IEnumerable<Letter> letters)
    {
        var visible = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).ToList();
        var lines = new List<List<Letter>>();
        foreach (var letter in visible)
        {
            var size = Size(letter);
            var line = lines.Count > 0 && Math.Abs(lines[^1][0].StartBaseLine.Y - letter.StartBaseLine.Y) <= size * 0.35 ? lines[^1] : null;
            if (line is null) lines.Add(line = []);
            line.Add(letter);
        }
        return lines.Select(l => Line(page, l)).ToList();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PdfLine Line(int page, List<Letter> letters)
    {
        letters.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var size = letters.Max(Size);
        var text = new StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i > 0)
            {
                var gap = letters[i].StartBaseLine.X - (letters[i - 1].StartBaseLine.X + Math.Max(letters[i - 1].Width, letters[i - 1].BoundingBox.Width));
                if (gap > size * 2) text.Append("\u3000\u3000");
                else if (gap > size * 0.2 && IsLatin(letters[i - 1].Value) && IsLatin(letters[i].Value)) text.Append(' ');
            }
            text.Append(Normalise(letters[i].Value));
        }
        var last = letters[^1];
        return new PdfLine(page, letters[0].StartBaseLine.X, last.StartBaseLine.X + Math.Max(last.Width, last.BoundingBox.Width),
            letters.Average(l => l.StartBaseLine.Y), size, text.ToString());
    }

    public static double Size(Letter letter) => letter.PointSize > 0.5 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 6);

    private static bool IsLatin(string value) => value.Length > 0 && value[0] < 0x2E80;

    // Some PDFs map CJK glyphs to Kangxi radicals or compatibility ideographs (⼀ for 一): read them as the characters.
    private static string Normalise(string value)
    {
        foreach (var c in value)
            if (c is >= '\u2E80' and <= '\u2FDF' or >= '\uF900' and <= '\uFAFF')
                return value.Normalize(NormalizationForm.FormKC);
        return value;
    }
}
