using Bot.Answering.Reading;
using Bot.Answering.Understanding;

namespace Bot.Answering.Composing;

/// <summary>
/// "Суровият петрол е 77,3 на сто от казахстанския износ, а необработеният алуминий - 18,5 на сто": a number read from one
/// clause of a sentence whose other clause states another number (another good's share, the other direction's amount) is
/// quoted with its own clause alone (<see cref="FigureQuote.ClauseAround"/>), so the reader does not meet the other number
/// as if it were the answer's. The cut is kept only when the clause still names every good the question asks that the
/// sentence names.
/// </summary>
public static class SpanClause
{
    public static string Of(Question q, Candidate c, string sentence)
    {
        // A share or an amount: a count's other clause may count what the next part of the question asks ("… and how many …").
        if (c.Spans is not [var span] || span.Type is not (AnswerType.Percent or AnswerType.Amount)) return sentence;
        // The window's sentence or the neighbour the value was read from: where it writes the value, once.
        var at = sentence == c.Window.Window.Sentence && span.End <= sentence.Length && string.CompareOrdinal(sentence, span.Start, span.Text, 0, span.Length) == 0
            ? span.Start : Only(sentence, span.Text);
        if (at < 0 || FigureQuote.ClauseAround(sentence, at, at + span.Length, c.Window.Window.Published) is not { } clause) return sentence;
        var conditions = QuestionConditions.Default;
        var asked = conditions.Of(q).Goods;
        if (asked.Count > 0 && !conditions.GoodsIn(sentence).Where(asked.Contains).All(conditions.GoodsIn(clause).Contains)) return sentence;
        return clause;
    }

    /// <summary>Where the sentence writes the text, when it writes it once; else -1.</summary>
    static int Only(string sentence, string text)
    {
        var at = sentence.IndexOf(text, StringComparison.Ordinal);
        return at >= 0 && sentence.IndexOf(text, at + 1, StringComparison.Ordinal) < 0 ? at : -1;
    }
}
