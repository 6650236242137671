using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Extraction.Events;

/// <summary>
/// Splits a sentence where it turns to another event: at semicolons and at a comma or "and" that opens a new clause
/// ("…visited in 2003, and was back in 2010", "…в 2003 году, а в 2010 году вернулся…"); the words are events.json's.
/// </summary>
public static class Clauses
{
    // Case-sensitive as written in the data: "But" opening a quoted sentence turns nothing.
    static readonly Regex Turn = Build();

    static Regex Build()
    {
        var (openers, joiners, verbs) = EventWords.ClauseTurns;
        return new Regex(
            $@";|,\s+{Phrases.Alternation(openers)}\s+|\s+{Phrases.Alternation(joiners)}\s+(?={Phrases.Alternation(verbs)}{Phrases.After})",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <remarks>
    /// The visit, meeting and anniversary readers each ask it of the same sentence in turn: the last sentence's clauses
    /// are kept per thread (a string never changes, so the same instance has the same clauses) and shared, read-only.
    /// </remarks>
    public static IReadOnlyList<(int Start, int End)> Of(string sentence)
    {
        if (ReferenceEquals(sentence, _lastSentence)) return _lastClauses!;
        var clauses = Split(sentence);
        (_lastSentence, _lastClauses) = (sentence, clauses);
        return clauses;
    }

    [ThreadStatic] static string? _lastSentence;
    [ThreadStatic] static List<(int Start, int End)>? _lastClauses;

    static List<(int Start, int End)> Split(string sentence)
    {
        var clauses = new List<(int, int)>();
        var start = 0;
        foreach (var m in Turn.EnumerateMatches(sentence))
        {
            if (m.Index > start) clauses.Add((start, m.Index));
            start = m.Index + m.Length;
        }
        if (start < sentence.Length) clauses.Add((start, sentence.Length));
        return clauses;
    }
}
