using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Finds the figures a sentence states: for each amount, the metric the catalogue names for it (with its direction),
/// its period (in the sentence, else carried from the paragraph, else the document's time for counts and values),
/// its qualifier, the growth stated for it and the period it is compared with.
/// </summary>
public static class FigureExtractor
{
    static readonly MetricCatalog Catalog = MetricCatalog.Default;

    /// <summary>One sentence on its own, as the first of its paragraph.</summary>
    public static IEnumerable<FigureDraft> Extract(string sentence, PartialDate? documentDate) => Extract(sentence, new FigureContext(documentDate));

    /// <summary>The next sentence of the paragraph the context follows (the splitter ends a sentence at "5.5 mln." before a capitalised word).</summary>
    public static IEnumerable<FigureDraft> Extract(string sentence, FigureContext context) => ExtractOne(sentence, context);

    static List<FigureDraft> ExtractOne(string sentence, FigureContext context)
    {
        var position = context.Add(sentence);
        // A sentence without a digit states a figure only as a number word ("Five … centres"), which needs a counted noun.
        if (!MoneyFinder.HasDigit(sentence) && !FigureWordsGate.MayCountInWords(sentence)) return [];
        var mentions = Catalog.FindInText(sentence);
        if (mentions.Count > 0) context.Measures = true;
        CarriedMetric? carried = null;
        if (mentions.Count == 0)
        {
            // "In January–August 2023 it totalled $63.9 million", "Годом ранее объём составлял 2,76 млн тонн": the sentence
            // measures what an earlier one named — money, or a quantity of goods (cargo on a route keeps its route).
            if (FigureWords.Default.Anaphor.Match(sentence) is not { Success: true } anaphor) return [];
            var kind = FigureKind.Money;
            var before = context.MeasuredBefore(position, kind);
            if (before is null) before = context.MeasuredBefore(position, kind = FigureKind.Quantity);
            if (before is null) return [];
            // A quantity referred back to needs its own period ("a year earlier", "in 2023"): carried over unread, it would
            // give the earlier sentence's year to another year's tonnes.
            if (kind == FigureKind.Quantity && context.PeriodsOf(position).Count == 0) return [];
            carried = new CarriedMetric(before, anaphor.Index + anaphor.Length, kind);
        }
        var amounts = AmountFinder.Find(sentence, mentions, context.Currency, out var growth, carried is { Kind: FigureKind.Quantity } c ? c.Metric.Unit : null);
        if (amounts.Count == 0) return [];
        if (amounts.FirstOrDefault(a => a.Kind == FigureKind.Money) is { } money) context.Currency = money.Unit;
        return new SentenceFigures(sentence, position, context, mentions, amounts, growth, carried).Read();
    }
}
