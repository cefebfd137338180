using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Parsing;

/// <summary>
/// A responsibility note such as （牵头单位：A；责任单位：B、C） read into lead and responsible units, with the
/// completion deadline it may carry (完成时限：2024年底前), and the units of a standing rule it states for the items
/// that follow (以下各项均需各县区人民政府落实，不再一一列出).
/// </summary>
internal sealed record ResponsibilityNote(
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Responsible,
    IReadOnlyList<(string Name, string Written)> Written,
    UnitAssignment Assignment,
    int Line,
    bool Unclosed,
    PolicyTarget? Due = null)
{
    public IReadOnlyList<string> Standing { get; init; } = [];
}
