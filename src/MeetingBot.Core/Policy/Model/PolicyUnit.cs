namespace MeetingBot.Core.Policy.Model;

/// <summary>A unit named by the document, under one canonical name, with the forms it is also written in.</summary>
public sealed record PolicyUnit(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<IReadOnlyList<string>> Tasks,
    IReadOnlyList<IReadOnlyList<string>> Leads);
