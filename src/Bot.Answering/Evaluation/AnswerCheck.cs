namespace Bot.Answering.Evaluation;

/// <summary>
/// The scoring rule of the evaluation files: every <c>expect_all</c> pattern matches, one <c>expect_any</c> pattern
/// matches when there are any, and no <c>forbid</c> pattern matches. Returns what went wrong, empty when it passed.
/// </summary>
public static class AnswerCheck
{
    const int ExcerptChars = 60;

    public static IReadOnlyList<string> Problems(EvalItem item, string answer)
    {
        var problems = new List<string>();
        foreach (var pattern in item.ExpectAll)
            if (!pattern.IsMatch(answer)) problems.Add($"missing /{pattern}/");
        if (item.ExpectAny.Count > 0 && !item.ExpectAny.Any(p => p.IsMatch(answer)))
            problems.Add(item.ExpectAny.Count == 1 ? $"missing /{item.ExpectAny[0]}/" : $"none of the {item.ExpectAny.Count} expect_any patterns");
        foreach (var pattern in item.Forbid)
            if (pattern.Match(answer) is { Success: true } m) problems.Add($"forbidden /{pattern}/ matched \"{Excerpt(m.Value)}\"");
        return problems;
    }

    static string Excerpt(string s) => s.Length <= ExcerptChars ? s : s[..ExcerptChars] + "…";
}
