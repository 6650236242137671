using System.Text.RegularExpressions;

namespace Bot.Knowledge.Extraction.Events;

/// <summary>
/// Splits a sentence where it turns to another event: at semicolons and at a comma or "and" that opens a new clause
/// ("…visited in 2003, and was back in 2010", "…в 2003 году, а в 2010 году вернулся…").
/// </summary>
public static partial class Clauses
{
    [GeneratedRegex(@";|,\s+(?:а|но|while|whereas|but|тогда\s+как|докато|ал|ал\s+енді)\s+|\s+and\s+(?=(?:was|were|then|later|returned|came)\b)|,\s+and\s+")]
    private static partial Regex Turn();

    public static List<(int Start, int End)> Of(string sentence)
    {
        var clauses = new List<(int, int)>();
        var start = 0;
        foreach (Match m in Turn().Matches(sentence))
        {
            if (m.Index > start) clauses.Add((start, m.Index));
            start = m.Index + m.Length;
        }
        if (start < sentence.Length) clauses.Add((start, sentence.Length));
        return clauses;
    }
}
