using System.Text.Json;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;
using Xunit.Abstractions;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// Recall and precision of figure extraction on the devcorpus (../shared/devcorpus/docs) against the hand-read gold
/// file (Gold/devcorpus-figures.json): every document goes through the real ingestion pipeline into an empty store.
/// </summary>
public sealed class DevcorpusFigureTests(ITestOutputHelper output) : IDisposable
{
    const double Floor = 0.95;

    static readonly string Docs = Path.Combine(Paths.DevcorpusDir, "docs");
    static readonly string GoldPath = Path.Combine(AppContext.BaseDirectory, "Gold", "devcorpus-figures.json");
    static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    readonly TempStore _temp = TempStore.Empty();

    [SharedFact("devcorpus/docs")]
    public async Task The_figures_the_devcorpus_states_are_extracted_with_their_metric_direction_period_and_qualifier()
    {
        var (gold, extracted) = await MeasureAsync();

        var found = gold.Where(g => extracted.Any(e => g.Matches(e.Doc, e.Figure))).ToList();
        var correct = extracted.Where(e => gold.Any(g => g.Matches(e.Doc, e.Figure))).ToList();
        var recall = (double)found.Count / gold.Count;
        var precision = extracted.Count == 0 ? 0 : (double)correct.Count / extracted.Count;

        output.WriteLine($"recall {recall:P1} ({found.Count}/{gold.Count}), precision {precision:P1} ({correct.Count}/{extracted.Count})");
        foreach (var g in gold.Except(found)) output.WriteLine($"missed: {g}");
        foreach (var e in extracted.Except(correct))
            output.WriteLine($"wrong: {e.Doc}: {e.Figure.Metric} {e.Figure.Period} {e.Figure.Qualifier} {e.Figure.Value} {e.Figure.Scale} {e.Figure.Unit} «{e.Figure.Evidence}»");
        recall.ShouldBeGreaterThanOrEqualTo(Floor, $"recall {found.Count}/{gold.Count}");
        precision.ShouldBeGreaterThanOrEqualTo(Floor, $"precision {correct.Count}/{extracted.Count}");
    }

    [SharedFact("devcorpus/docs")]
    public async Task Growth_stated_with_a_figure_is_kept_with_it()
    {
        var (gold, extracted) = await MeasureAsync();

        var withGrowth = gold.Where(g => g.GrowthFactor is not null || g.GrowthPercent is not null).ToList();
        var kept = withGrowth.Where(g => extracted.Any(e => g.Matches(e.Doc, e.Figure)
            && e.Figure.GrowthFactor == g.GrowthFactor && e.Figure.GrowthPercent == g.GrowthPercent)).ToList();
        foreach (var g in withGrowth.Except(kept)) output.WriteLine($"growth lost: {g}");
        kept.Count.ShouldBeGreaterThanOrEqualTo((int)Math.Ceiling(withGrowth.Count * Floor));
    }

    /// <summary>
    /// The gold figures and the extracted ones, by document. A document the readers refuse or cannot date is a reading
    /// failure (their tests say so), not an extraction one: it is reported and left out of both sides.
    /// </summary>
    async Task<(List<GoldFigure> Gold, List<(string Doc, Figure Figure)> Extracted)> MeasureAsync()
    {
        var gold = JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(GoldPath), JsonOptions)!.Figures;
        var report = await _temp.Store.Ingestor.IngestAsync([Docs], CancellationToken.None);
        var files = report.Results.Where(r => r.Title is not null).GroupBy(r => r.Title!).ToDictionary(g => g.Key, g => Path.GetFileName(g.First().Target));
        var refused = report.Results.Where(r => r.Status == IngestStatus.Failed).Select(r => Path.GetFileName(r.Target));
        var undated = _temp.Store.Db.Connection.QueryScalars<string>("SELECT title FROM documents WHERE published IS NULL").Select(t => files.GetValueOrDefault(t, t));
        var unread = refused.Concat(undated).ToHashSet();
        foreach (var doc in unread) output.WriteLine($"not read (refused or undated at ingest), left out: {doc}");
        var extracted = _temp.Store.Figures.All().Select(f => (Doc: files.GetValueOrDefault(f.Source.Title, f.Source.Title), Figure: f))
            .Where(e => !unread.Contains(e.Doc)).ToList();
        gold = gold.Where(g => !unread.Contains(g.Doc)).ToList();
        gold.Count.ShouldBeGreaterThanOrEqualTo(15, "too few documents were read to measure extraction");
        return (gold, extracted);
    }

    public void Dispose() => _temp.Dispose();
}
