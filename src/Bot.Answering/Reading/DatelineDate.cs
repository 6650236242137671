using Bot.Answering.Spans;

namespace Bot.Answering.Reading;

/// <summary>
/// "SOFIA, May 22 (BTA) - The session took place in Sofia on Wednesday": the day a wire's dateline gives is the day the
/// report was filed. Where the sentence gives its event a day of its own, that day answers "when", not the dateline's;
/// a dateline's day is the only answer only when the sentence gives none.
/// </summary>
public static class DatelineDate
{
    public static bool Yields(string sentence, AnswerSpan span, IReadOnlyList<AnswerSpan> all) =>
        DatelinePlace.InPrefix(sentence, span) && all.Any(o => !DatelinePlace.InPrefix(sentence, o));
}
