using Bot.Answering.Evidence;

namespace Bot.Answering.Reading;

/// <summary>What the reader made of the evidence: the best candidate and agreeing or disagreeing others, or why there is none.</summary>
public sealed record Reading(IReadOnlyList<Candidate> Answers, IReadOnlyList<ScoredWindow> Rejected, IReadOnlyList<ScoredWindow> Related)
{
    public bool Found => Answers.Count > 0;

    /// <summary>No answer, and the first related windows date other steps of the thing asked about (signed, ratified, not in force).</summary>
    public bool OtherSteps { get; init; }
}
