using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction.Figures;

namespace Bot.Answering.Reading;

/// <summary>
/// A figure stated as a target or a forecast ("aim to bring trade to $1 billion by 2030", "очаква се да достигне 650 млн.")
/// answers a question about that target or forecast, and no question about what the series came to; a question that
/// asks for the target is answered by no figure stated as having happened.
/// </summary>
public static class OutlookCheck
{
    /// <summary>Whether the question asks for a target, plan or forecast ("What is the target for trade by 2030?").</summary>
    public static bool Asks(Question q) => OutlookWords.Default.In(q.Text);

    /// <summary>Whether a number of the sentence answers the question as to being an outlook or an actual figure.</summary>
    public static bool Holds(Question q, string sentence, AnswerSpan span)
    {
        if (q.Metric is null && !q.Wants(AnswerType.Amount)) return true;
        return OutlookWords.Default.States(sentence, span.Start, span.End) == Asks(q);
    }
}
