namespace Bot.Answering.Evaluation;

/// <summary>One asked question: the answer shown, in which language, how long it took and what was wrong with it.</summary>
public sealed record EvalResult(EvalItem Item, string Answer, string AnswerLang, double ElapsedMs, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;

    /// <summary>Set when answering threw instead of answering: the exception's type and message.</summary>
    public string? Error { get; init; }

    /// <summary>The file says which language the question is in and the answer came in another.</summary>
    public bool WrongLanguage => Item.Lang is { } lang && !string.Equals(lang, AnswerLang, StringComparison.OrdinalIgnoreCase);
}
