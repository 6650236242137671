using Bot.Answering.Understanding;

namespace Bot.Answering.Composing;

public enum AnswerKind { Figure, Agreements, Passage, NotFound, Refused }

/// <summary>A source as an answer cites it: title, link and publication date.</summary>
public sealed record Citation(string Title, string? Url, string? Date);

/// <summary>A composed answer: text with [n] markers, the numbered citations, and how it was made.</summary>
public sealed record Answer(string Text, string Lang, string Mode, IReadOnlyList<Citation> Citations, AnswerKind Kind, Question? Question = null)
{
    /// <summary>What the answer was about, for follow-ups ("who signed it?").</summary>
    public AnswerFocus Focus { get; init; } = AnswerFocus.None;

    /// <summary>
    /// Why this offline answer stands in for a model's (timeout, error, budget, grounding, disabled…); null when no
    /// model was meant to answer, or its answer was shown.
    /// </summary>
    public string? FallbackReason { get; init; }

    public const string Offline = "offline";
    public const string Llm = "llm";
}
