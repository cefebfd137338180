namespace MeetingBot.Core.Text;

/// <summary>Where an expression was found in a text, and what it means (null when it is malformed, e.g. 2月30日).</summary>
public sealed record TextMatch<T>(int Index, int Length, T? Value) where T : struct
{
    public int End => Index + Length;
}
