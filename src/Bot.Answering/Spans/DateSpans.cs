using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Answering.Spans;

/// <summary>
/// Dates a sentence states, relative ones ("yesterday", "позавчера", "миналия декември", "былтыр") resolved against the
/// document's date. A day is a surer answer to "when" than a month, a month surer than a year alone.
/// </summary>
public static class DateSpans
{
    public static IEnumerable<AnswerSpan> Find(string text, AnswerType type, PartialDate? published) =>
        DateFinder.Find(text, published).Select(d => new AnswerSpan(type, text.Substring(d.Index, d.Length), d.Index, d.Length)
        {
            Date = d.Start,
            DateEnd = d.End,
            Relative = d.Relative && !StatesYear(text.Substring(d.Index, d.Length), d.Start.Year),
            Anchor = published,
            Confidence = d.Start.Day is not null ? 1 : d.Start.Month is not null ? 0.85 : 0.7,
        });

    // "26 апреля" took its year from the document: the note says so only when the text itself does not give the year.
    static bool StatesYear(string text, int year) => text.Contains(year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
