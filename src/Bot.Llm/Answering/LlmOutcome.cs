using Bot.Answering.Composing;

namespace Bot.Llm.Answering;

/// <summary>How one attempt with the model ended: an answer to show, nothing to ask it about, its "not found", or a failure.</summary>
public sealed record LlmOutcome(Answer? Shown, FallbackReason? Failure, IReadOnlyList<string> Problems, bool NoFacts = false, bool ModelNotFound = false)
{
    public static LlmOutcome Answered(Answer answer) => new(answer, null, []);
    public static LlmOutcome NothingToAsk() => new(null, null, [], NoFacts: true);
    public static LlmOutcome SaidNotFound() => new(null, null, [], ModelNotFound: true);
    public static LlmOutcome Failed(FallbackReason reason, IReadOnlyList<string>? problems = null) => new(null, reason, problems ?? []);
}
