namespace MeetingBot.Core.Policy.Retrieval;

/// <summary>How well the best tasks answer a topic.</summary>
public enum TopicFit
{
    /// <summary>Nothing in the documents is about the topic: they do not say.</summary>
    None,
    /// <summary>Tasks hold every word of the topic (or its glossary equivalent): all of them are the answer.</summary>
    Full,
    /// <summary>No task holds all of it, and one leads clearly: the closest match, with the runner-up shown.</summary>
    Closest,
    /// <summary>No task holds all of it, and two or more are about as close: ask which one was meant.</summary>
    Ambiguous,
}
