namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// One logical paragraph: source lines joined where a page break split a sentence. Remembers where each source
/// line starts so that anything found in the text can be reported at its original line number.
/// </summary>
internal sealed class Paragraph
{
    private readonly List<(int Offset, int Line)> _lineStarts = [];
    private readonly System.Text.StringBuilder _text = new();
    private string? _cached;

    public Paragraph(int line, string text) => Append(line, text);

    public int Line => _lineStarts[0].Line;
    public int LastLine => _lineStarts[^1].Line;
    public string Text => _cached ??= _text.ToString();

    public void Append(int line, string text)
    {
        _lineStarts.Add((_text.Length, line));
        _text.Append(text);
        _cached = null;
    }

    /// <summary>Removes the last character (a closing bracket that a page break put in the wrong place).</summary>
    public void RemoveLastChar()
    {
        _text.Length--;
        _cached = null;
    }

    public int LineAt(int offset)
    {
        var line = _lineStarts[0].Line;
        foreach (var (start, number) in _lineStarts)
        {
            if (start > offset) break;
            line = number;
        }
        return line;
    }
}
