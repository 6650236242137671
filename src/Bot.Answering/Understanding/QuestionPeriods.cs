using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;

namespace Bot.Answering.Understanding;

/// <summary>
/// The periods a question asks about. "This year" in a question means the user's today; in words quoted from an article
/// («биылғы алғашқы төрт айда», "“last year”") it means the article's, which the question does not know: such a period
/// keeps its months and leaves its year open (<see cref="Question.AnyYear"/>).
/// </summary>
public static class QuestionPeriods
{
    static readonly (char Open, char Close)[] Quotes = [('«', '»'), ('“', '”'), ('„', '“'), ('"', '"')];

    public static List<Period> Find(string text, PartialDate today)
    {
        var quoted = QuotedSpans(text);
        var outside = text.ToCharArray();
        foreach (var (start, end) in quoted)
            for (var i = start; i < end; i++) outside[i] = ' ';
        var periods = PeriodFinder.Find(new string(outside), today, openYear: true).Where(p => !p.IsComparison).Select(p => p.Period).ToList();
        foreach (var (start, end) in quoted)
            foreach (var found in PeriodFinder.Find(text[start..end], new PartialDate(Question.AnyYear), openYear: true).Where(p => !p.IsComparison))
                periods.Add(found.Period.StartYear > 1000 ? found.Period : found.Period with { StartYear = Question.AnyYear, EndYear = Question.AnyYear });
        return periods.Distinct().ToList();
    }

    static List<(int Start, int End)> QuotedSpans(string text)
    {
        var spans = new List<(int, int)>();
        foreach (var (open, close) in Quotes)
        {
            var at = text.IndexOf(open, StringComparison.Ordinal);
            while (at >= 0 && text.IndexOf(close, at + 1) is var end and > 0)
            {
                spans.Add((at + 1, end));
                at = text.IndexOf(open, end + 1);
            }
        }
        return spans;
    }
}
