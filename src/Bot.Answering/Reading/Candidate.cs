using Bot.Answering.Evidence;
using Bot.Answering.Spans;

namespace Bot.Answering.Reading;

/// <summary>One reading of the evidence: a window, the spans it answers with (one per asked type, where found), and how good it is.</summary>
public sealed record Candidate(ScoredWindow Window, IReadOnlyList<AnswerSpan> Spans, double Score)
{
    /// <summary>The sentences to quote: the window's own, and the neighbour a span came from.</summary>
    public IReadOnlyList<string> Quoted { get; init; } = [];

    /// <summary>Other values of the asked kind the same sentence gives, saying its sources differ (<see cref="Disagreement"/>).</summary>
    public IReadOnlyList<AnswerSpan> Rivals { get; init; } = [];

    /// <summary>What the evidence ties the answer to: a rival answer must be tied to no less.</summary>
    public CandidateFocus Focus { get; init; } = CandidateFocus.Open;
}
