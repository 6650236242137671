using Bot.Answering.Evidence;

namespace Bot.Answering.Reading;

/// <summary>What the reader made of the evidence: the best candidate and agreeing or disagreeing others, or why there is none.</summary>
public sealed record Reading(IReadOnlyList<Candidate> Answers, IReadOnlyList<ScoredWindow> Rejected, IReadOnlyList<ScoredWindow> Related)
{
    public bool Found => Answers.Count > 0;

    /// <summary>
    /// The text key of the line over the related sentences of a refusal, when they say why they do not answer: they
    /// date other steps of the thing asked about (signed, ratified, not in force), or tell of a proposal only.
    /// </summary>
    public string? RelatedHeader { get; init; }

    /// <summary>How many of the first related windows <see cref="RelatedHeader"/> speaks of: the refusal quotes no others under it.</summary>
    public int Explained { get; init; }

    /// <summary>The conditions of the question (<see cref="Conditions.EvidenceCondition.Name"/>) that excluded evidence otherwise
    /// about it: a refusal says the sources speak of another session, post or destination.</summary>
    public IReadOnlyList<string> Unmet { get; init; } = [];
}
