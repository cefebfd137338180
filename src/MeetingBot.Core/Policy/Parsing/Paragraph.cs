namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// One logical paragraph: source lines joined where a page break split a sentence. Remembers where each source
/// line starts so that anything found in the text can be reported at its original line number.
/// </summary>
internal sealed class Paragraph
{
    // Most paragraphs are one line: the text is kept as a plain string and only joined lines add to it.
    private List<(int Offset, int Line)>? _joinedLines;

    public Paragraph(int line, string text)
    {
        Line = line;
        Text = text;
    }

    public int Line { get; }
    public string Text { get; private set; }

    public void Append(int line, string text)
    {
        (_joinedLines ??= []).Add((Text.Length, line));
        Text += text;
    }

    /// <summary>Removes the last character (a closing bracket that a page break put in the wrong place).</summary>
    public void RemoveLastChar() => Text = Text[..^1];

    public int LineAt(int offset)
    {
        var line = Line;
        if (_joinedLines is null) return line;
        foreach (var (start, number) in _joinedLines)
        {
            if (start > offset) break;
            line = number;
        }
        return line;
    }
}
