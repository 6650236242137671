using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;

namespace Bot.Knowledge.Extraction.Figures;

/// <summary>
/// What a paragraph has said so far, for the figures of its next sentence: the document's date, the period the
/// previous sentences were about ("last year …" then "Kazakh shipments … to $303.6 million") and their currency.
/// A new paragraph starts a new context, which still knows the period the paragraph right before it ended on
/// (<paramref name="inherited"/>): "In 2024 turnover reached $375.2 million." then, as the next paragraph, "Exports to
/// Bulgaria grew elevenfold, to $303.6 million" states 2024's exports — a period the paragraph names itself comes first.
/// </summary>
public sealed class FigureContext(PartialDate? documentDate, Period? inherited = null)
{
    readonly List<string> _sentences = [];
    readonly Dictionary<int, List<PeriodFinder.Found>> _periods = [];
    int _resolved;
    Period? _carried;
    bool _carriedStated = true;

    public PartialDate? DocumentDate { get; } = documentDate;

    Period? _inherited = inherited;
    FigureContext? _lead;

    /// <summary>The period the paragraph before ended on, which this one was handed.</summary>
    internal Period? Inherited
    {
        get
        {
            // Worked out when first asked for: most paragraphs date every figure they state, or state none.
            if (_lead is { } lead) (_inherited, _lead) = (lead.LastStated(), null);
            return _inherited;
        }
    }

    /// <summary>
    /// The paragraph before, a wire's lead that named what it measures but stated no figure: the period it was last about
    /// is this paragraph's <see cref="Inherited"/> (in place of the one given to the constructor), read from it only when
    /// a figure here needs it. The lead's sentences are all added by then, so its period is what it was when it ended.
    /// </summary>
    internal FigureContext? Lead { init => _lead = value; }

    /// <summary>
    /// The period the title over the paragraph names ("2024: the fourfold year", "2. Structure of trade, 2024"), or the
    /// parent line of a sub-item: it dates a figure that names none and follows no period of its paragraph, before the
    /// document's own date.
    /// </summary>
    internal Period? Section { get; init; }

    /// <summary>
    /// The period of the last figure the document stated before this paragraph, however many paragraphs back: what "a
    /// year earlier", "годом ранее", "през предходната година", "бір жыл бұрын" opening a later paragraph count from
    /// ("In 2024 trade reached $375.2 million." … "A year earlier, the turnover stood at $95.2 million" is 2023's), never
    /// the publication date. It is no period of its own: a figure that names none is not dated by it.
    /// </summary>
    internal Period? Before { get; init; }

    /// <summary>
    /// The metric of that last figure, for a sentence of a later paragraph that refers back to it with a period counted
    /// from it ("Годом ранее этот показатель составлял 95,2 млн долларов", "Бір жыл бұрын бұл көрсеткіш …").
    /// </summary>
    internal MetricDefinition? MeasuredLast { get; init; }

    /// <summary>
    /// Some sentence of the paragraph with a digit names what a figure measures ("Trade between Kazakhstan and Bulgaria
    /// kept growing in January–April 2025"), whether or not it states one: a wire's lead that dates the take under it.
    /// </summary>
    internal bool Measures { get; set; }

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
            // Before the paragraph names a period, relative words count from the document's last figure; a span with no
            // year still takes the publication's ("за январь–апрель" is this year's), as it did with no reference.
            var periods = _periods[_resolved] = _carried is null && Before is { } before
                ? PeriodFinder.Find(_sentences[_resolved], DocumentDate, reference: before, referenceStated: false)
                : PeriodFinder.Find(_sentences[_resolved], DocumentDate, reference: _carried, referenceStated: _carriedStated);
            // The sentence's own period carries on; "the year before" and "than in 2023" only compare with it.
            if (periods.LastOrDefault(p => !p.IsComparison && !p.IsAnaphoric && !p.IsNow) is { } main)
                (_carried, _carriedStated) = (main.Period, !main.IsFromDocumentDate);
            _resolved++;
        }
        return _periods[sentence];
    }

    /// <summary>The period the sentences before this one were about, else the one the paragraph before ended on, if any.</summary>
    internal Period? CarriedInto(int sentence)
    {
        if (sentence == 0) return Inherited;
        return LastStated(sentence - 1) ?? Inherited;
    }

    /// <summary>The period the paragraph's sentences so far were last about (never one it inherited: a period carries one paragraph on, no further).</summary>
    internal Period? LastStated() => _sentences.Count == 0 ? null : LastStated(_sentences.Count - 1);

    Period? LastStated(int upTo)
    {
        PeriodsOf(upTo);
        for (var i = upTo; i >= 0; i--)
            if (_periods[i].LastOrDefault(p => !p.IsComparison && !p.IsAnaphoric && !p.IsNow) is { } main) return main.Period;
        return null;
    }

    /// <summary>
    /// The metric of the nearest earlier sentence of the paragraph that names one ("Bulgarian investment in Kazakhstan also
    /// grew."), for a sentence that only refers back to it ("it rose to $7.8 million"); null when that sentence names
    /// another kind of figure, or a flow whose direction it does not say.
    /// </summary>
    internal MetricDefinition? MeasuredBefore(int sentence, FigureKind kind)
    {
        var catalog = MetricCatalog.Default;
        for (var i = sentence - 1; i >= 0; i--)
        {
            var text = _sentences[i];
            var mentions = catalog.FindInText(text);
            if (mentions.Count == 0) continue;
            if (mentions.LastOrDefault(m => m.Family.Kind == kind && (m.Family.Context is not { } c || c.IsMatch(text))) is not { } last) return null;
            var direction = last.Family.IsDirectional ? DirectionReader.Read(text, last, 0, text.Length, catalog.Countries) : null;
            if (last.Family.IsDirectional && direction is null) return null;
            return last.Family.MetricFor(direction) is { } key ? catalog.Find(key) : null;
        }
        // No sentence of the paragraph names one: a sentence counting its period from the document's last figure
        // ("A year earlier, it stood at …") measures what that figure measured.
        if (MeasuredLast is { } earlier && (earlier.Unit == "currency") == (kind == FigureKind.Money) && PeriodsOf(sentence).Any(p => p.IsAnaphoric))
            return earlier;
        return null;
    }
}
