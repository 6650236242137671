using Bot.Answering.Agreements;
using Bot.Answering.Language;
using Bot.Answering.Lexicon;
using Bot.Answering.Passages;
using Bot.Answering.Reading;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;

namespace Bot.Llm.Facts;

/// <summary>
/// The store's facts for the model, through the same analysis, matching and ranking as the offline answerer: what a
/// question prefetches, and what each knowledge tool returns.
/// </summary>
public sealed class FactFinder
{
    public const int PrefetchedPassages = 4;
    public const int SearchedPassages = 5;

    readonly EntityCatalog _entities;
    readonly AgreementReader _agreements;
    readonly QuestionAnalyzer _analyzer;
    readonly PassageFacts _passages;
    readonly TimeProvider _clock;

    public FactFinder(EntityCatalog entities, AgreementReader agreements, PassageSearch passages, FigureReader figures, TimeProvider clock)
    {
        _entities = entities;
        _agreements = agreements;
        _clock = clock;
        _analyzer = new QuestionAnalyzer(DomainLexicon.Default, clock);
        _passages = new PassageFacts(EvidenceReader.Over(passages), new SentenceRanker(passages));
        Figures = new FigureFacts(figures);
    }

    public FigureFacts Figures { get; }

    public Question Analyze(string text, string lang) => _analyzer.Analyze(text, lang, _entities.Index());

    /// <summary>What the question itself finds: the figures of its metric and period, the agreements it describes, the passages that cover it.</summary>
    public IReadOnlyList<Fact> ForQuestion(Question q)
    {
        var entities = _entities.Index();
        var facts = new List<Fact>();
        if (q.Metric is { } metric) facts.AddRange(Figures.For(metric, q.Periods));
        if (q.AboutAgreements) facts.AddRange(AgreementFacts.Listing(AgreementMatcher.Match(q, _agreements.All(), entities)));
        facts.AddRange(_passages.For(q, entities, PrefetchedPassages));
        return facts.DistinctBy(f => f.Id).ToList();
    }

    public IReadOnlyList<Fact> SearchPassages(string query) =>
        _passages.For(Analyze(query, LanguageChooser.Detect(query)), _entities.Index(), SearchedPassages);

    public IReadOnlyList<Fact> FindAgreements(string? topic, string? place, string? party, string? signedFrom, string? signedTo) =>
        AgreementFacts.Listing(AgreementFacts.Filter(_agreements.All(), _entities.Index(), topic, place, party,
            PartialDate.Parse(signedFrom), PartialDate.Parse(signedTo)));

    /// <summary>A metric by its key ("turnover") or in words ("товарооборот"); a period as "2024", "2025-Q1", "2025-01..2025-04" or in words.</summary>
    public (string? Metric, IReadOnlyList<Fact> Facts) GetFigures(string metric, string? period)
    {
        var known = Figures.Metrics();
        var key = known.Contains(metric.Trim()) ? metric.Trim() : MetricCatalog.Default.FindInQuestion(metric)?.Key;
        if (key is null || !known.Contains(key)) return (null, []);
        return (key, Figures.For(key, Periods(period)));
    }

    public Entity? ResolveEntity(string name) => _entities.Index().Resolve(name);

    List<Period> Periods(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        if (Period.TryParse(text, out var exact)) return [exact];
        var today = PartialDate.From(DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime));
        return PeriodFinder.Find(text, today, openYear: true).Where(p => !p.IsComparison).Select(p => p.Period).ToList();
    }
}
