using System.Text.Json;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;
using Xunit.Abstractions;

namespace Bot.Knowledge.Tests.Figures;

/// <summary>
/// Recall and precision of figure extraction on the devcorpus (../shared/devcorpus/docs) against the hand-read gold
/// file: every document goes through the real ingestion pipeline into an empty store.
/// </summary>
public sealed class DevcorpusFigureTests(ITestOutputHelper output) : IDisposable
{
    const double Floor = 0.95;

    static readonly string Docs = Path.Combine(Paths.DevcorpusDir, "docs");
    static readonly string GoldPath = Path.Combine(AppContext.BaseDirectory, "Gold", "devcorpus-figures.json");

    readonly TempStore _temp = TempStore.Empty();

    [SharedFact("devcorpus/docs")]
    public async Task The_figures_the_devcorpus_states_are_extracted_with_their_metric_direction_period_and_qualifier()
    {
        var gold = LoadGold();
        var report = await _temp.Store.Ingestor.IngestAsync([Docs], CancellationToken.None);
        var refused = report.Results.Where(r => r.Status == IngestStatus.Failed).Select(r => Path.GetFileName(r.Target)).ToList();
        var extracted = ExtractedByDocument(report);

        var found = gold.Where(g => extracted.Any(e => g.Matches(e.Doc, e.Figure))).ToList();
        var correct = extracted.Where(e => gold.Any(g => g.Matches(e.Doc, e.Figure))).ToList();
        var recall = (double)found.Count / gold.Count;
        var precision = extracted.Count == 0 ? 0 : (double)correct.Count / extracted.Count;

        output.WriteLine($"recall {recall:P1} ({found.Count}/{gold.Count}), precision {precision:P1} ({correct.Count}/{extracted.Count})");
        foreach (var doc in refused) output.WriteLine($"refused at ingest: {doc}");
        foreach (var g in gold.Except(found)) output.WriteLine($"missed: {g}");
        foreach (var e in extracted.Except(correct)) output.WriteLine($"wrong: {e.Doc}: {e.Figure.Metric} {e.Figure.Period} {e.Figure.Qualifier} {e.Figure.Value} {e.Figure.Scale} {e.Figure.Unit} «{e.Figure.Evidence}»");
        recall.ShouldBeGreaterThanOrEqualTo(Floor, $"recall {found.Count}/{gold.Count}");
        precision.ShouldBeGreaterThanOrEqualTo(Floor, $"precision {correct.Count}/{extracted.Count}");
    }

    [SharedFact("devcorpus/docs")]
    public async Task Growth_stated_with_a_figure_is_kept_with_it()
    {
        var gold = LoadGold();
        var extracted = ExtractedByDocument(await _temp.Store.Ingestor.IngestAsync([Docs], CancellationToken.None));

        var withGrowth = gold.Where(g => g.GrowthFactor is not null || g.GrowthPercent is not null).ToList();
        var kept = withGrowth.Where(g => extracted.Any(e => g.Matches(e.Doc, e.Figure)
            && e.Figure.GrowthFactor == g.GrowthFactor && e.Figure.GrowthPercent == g.GrowthPercent)).ToList();
        foreach (var g in withGrowth.Except(kept)) output.WriteLine($"growth lost: {g}");
        kept.Count.ShouldBeGreaterThanOrEqualTo((int)Math.Ceiling(withGrowth.Count * Floor));
    }

    static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    static List<GoldFigure> LoadGold() => JsonSerializer.Deserialize<GoldFile>(File.ReadAllText(GoldPath), JsonOptions)!.Figures;

    /// <summary>Each stored figure with the file it came from (a document is stored under its source URL, so by title).</summary>
    List<(string Doc, Figure Figure)> ExtractedByDocument(IngestReport report)
    {
        var files = report.Results.Where(r => r.Title is not null).GroupBy(r => r.Title!).ToDictionary(g => g.Key, g => Path.GetFileName(g.First().Target));
        return _temp.Store.Figures.All().Select(f => (files.GetValueOrDefault(f.Source.Title, f.Source.Title), f)).ToList();
    }

    public void Dispose() => _temp.Dispose();
}
