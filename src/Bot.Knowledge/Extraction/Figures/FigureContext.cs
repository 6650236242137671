using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// What a paragraph has said so far, for the figures of its next sentence: the document's date, the period the
/// previous sentences were about ("last year …" then "Kazakh shipments … to $303.6 million") and their currency.
/// A new paragraph starts a new context.
/// </summary>
public sealed class FigureContext(PartialDate? documentDate)
{
    readonly List<string> _sentences = [];
    readonly Dictionary<int, List<PeriodFinder.Found>> _periods = [];
    int _resolved;
    Period? _carried;

    public PartialDate? DocumentDate { get; } = documentDate;

    /// <summary>The currency of the last money amount in the paragraph, for amounts written without one.</summary>
    internal string? Currency { get; set; }

    /// <summary>Records the next sentence of the paragraph; returns its position.</summary>
    internal int Add(string sentence)
    {
        _sentences.Add(sentence);
        return _sentences.Count - 1;
    }

    /// <summary>The periods a sentence names, resolved against the periods of the sentences before it.</summary>
    internal List<PeriodFinder.Found> PeriodsOf(int sentence)
    {
        while (_resolved <= sentence)
        {
            var periods = _periods[_resolved] = PeriodFinder.Find(_sentences[_resolved], DocumentDate, reference: _carried);
            // The sentence's own period carries on; "the year before" and "than in 2023" only compare with it.
            if (periods.LastOrDefault(p => !p.IsComparison && !p.IsAnaphoric && !p.IsNow) is { } main) _carried = main.Period;
            _resolved++;
        }
        return _periods[sentence];
    }

    /// <summary>The period the sentences before this one were about, if any.</summary>
    internal Period? CarriedInto(int sentence)
    {
        if (sentence == 0) return null;
        PeriodsOf(sentence - 1);
        for (var i = sentence - 1; i >= 0; i--)
            if (_periods[i].LastOrDefault(p => !p.IsComparison && !p.IsAnaphoric && !p.IsNow) is { } main) return main.Period;
        return null;
    }
}
