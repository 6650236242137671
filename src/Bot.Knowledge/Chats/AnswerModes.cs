namespace Bot.Knowledge.Chats;

/// <summary>How a question was answered, as the question log records it for /stats.</summary>
public static class AnswerModes
{
    /// <summary>The offline answerer's own answer (its "not found" too).</summary>
    public const string Extractive = "extractive";

    /// <summary>A model's answer that passed the grounding check.</summary>
    public const string Llm = "llm";

    /// <summary>The offline answer, shown because the model's could not be (timeout, error, budget, grounding, switched off).</summary>
    public const string Fallback = "fallback";

    /// <summary>Not answered at all: empty, too long, or past the flood limit.</summary>
    public const string Refused = "refused";
}
