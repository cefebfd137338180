namespace MeetingBot.Core.Policy.Model;

/// <summary>A numbered item of the document at any level (一、 / （一） / 1. / 第N条 ...).</summary>
public sealed record PolicyTask(
    IReadOnlyList<string> Path,
    string Title,
    string Text,
    int Line,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Responsible,
    UnitAssignment Assignment,
    IReadOnlyList<PolicyTarget> Targets)
{
    public int Level => Path.Count;
    public string PathText => string.Join(".", Path);
    public IEnumerable<string> AllUnits => Lead.Concat(Responsible);
}

/// <summary>How a task's units were determined.</summary>
public enum UnitAssignment
{
    /// <summary>No units are named for the task.</summary>
    None,
    /// <summary>A 牵头单位 marker or 牵头/会同 wording names the lead.</summary>
    Explicit,
    /// <summary>Units are listed without a lead; by drafting convention the first listed leads.</summary>
    FirstListed,
    /// <summary>The document has no markers; units were read from 牵头/负责 wording in the text.</summary>
    Inferred,
}
