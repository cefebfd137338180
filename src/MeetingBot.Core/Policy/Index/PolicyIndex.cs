using MeetingBot.Core.Policy.Model;

namespace MeetingBot.Core.Policy.Index;

/// <summary>Answers questions over a set of parsed documents: topics, units and targets.</summary>
public sealed class PolicyIndex
{
    public PolicyIndex(IEnumerable<PolicyDocument> documents) => throw new NotImplementedException();

    public IReadOnlyList<PolicyDocument> Documents => throw new NotImplementedException();

    /// <summary>Classifies a free-text question (Chinese or English) and answers it.</summary>
    public PolicyAnswer Ask(string question, DateOnly today) => throw new NotImplementedException();

    public IReadOnlyList<TaskMatch> WhoIsResponsible(string topic, int max = 5) => throw new NotImplementedException();

    public IReadOnlyList<UnitMatch> FindUnits(string nameOrAlias) => throw new NotImplementedException();

    public IReadOnlyList<TargetDue> TargetsDueBy(DateOnly date, DateOnly? from = null) => throw new NotImplementedException();
}
