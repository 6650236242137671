using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Answering.Spans;

/// <summary>
/// Dates a sentence states, relative ones ("yesterday", "позавчера", "миналия декември", "былтыр") resolved against the
/// document's date. A day is a surer answer to "when" than a month, a month surer than a year alone; to "in which year" a
/// year alone is as sure as a day.
/// </summary>
public static class DateSpans
{
    /// <param name="contextYear">The year the paragraph is about before the text ("Прошлый год запомнился…"): a month or day
    /// stated without a year ("в конце декабря") is of that year, not of the document's.</param>
    public static IEnumerable<AnswerSpan> Find(string text, AnswerType type, PartialDate? published, int? contextYear = null) =>
        DateFinder.Find(text, published, contextYear).Select(d =>
        {
            var written = text.Substring(d.Index, d.Length);
            var inContext = d.Relative && contextYear is { } y && y != d.Start.Year && d.Start.Month is not null && OnlyMonthAndDay(written);
            return new AnswerSpan(type, written, d.Index, d.Length)
            {
                Date = inContext ? new PartialDate(contextYear!.Value, d.Start.Month, d.Start.Day) : d.Start,
                DateEnd = inContext && d.End is { } e ? new PartialDate(contextYear!.Value, e.Month, e.Day) : d.End,
                Relative = d.Relative && !StatesYear(written, d.Start.Year),
                // A date counted from one the text stated ("a day later", "the following July") is not the item's date moved.
                Anchor = d.Counted ? null : published,
                // "In which year(s)": a year, or a span of years ("1907–1911"), is all that is asked; a day is no surer an answer.
                Confidence = d.Start.Day is not null || type == AnswerType.Year && d.Start.Month is null ? 1 : d.Start.Month is not null ? 0.85 : 0.7,
            };
        });

    /// <summary>Whether the text states a day or month with no year and no relation to the document's date ("14 March:", "9 ноября —").</summary>
    public static bool StatesDayWithoutYear(string text, PartialDate? published) =>
        DateFinder.Find(text, published).Any(d => d.Relative && d.Start.Month is not null && OnlyMonthAndDay(text.Substring(d.Index, d.Length)));

    /// <summary>"декабря", "17 июня", "23–31 July": a date that names no year and no relation to the document's ("last December").</summary>
    static bool OnlyMonthAndDay(string written) =>
        Knowledge.Text.Tokenizer.Words(Knowledge.Text.TextNormalizer.Fold(written))
            .All(w => CalendarWords.Month(w) is not null || w.Length <= 2 && w.All(char.IsDigit));

    // "26 апреля" took its year from the document: the note says so only when the text itself does not give the year.
    static bool StatesYear(string text, int year) => text.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
