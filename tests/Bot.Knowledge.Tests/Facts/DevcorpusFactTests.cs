using System.Text.Json;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.TestKit;
using Xunit.Abstractions;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>
/// Recall and precision of agreement, event and role extraction on the devcorpus (../shared/devcorpus/docs) against
/// the hand-read gold file (Gold/devcorpus-facts.json): every document goes through the real ingestion pipeline into an
/// empty store with no curated data. The goal is 95 % each; the floors are what extraction reaches today and only rise.
/// </summary>
public sealed class DevcorpusFactTests(ITestOutputHelper output) : IDisposable
{
    static readonly string Docs = Path.Combine(Paths.DevcorpusDir, "docs");
    static readonly string GoldPath = Path.Combine(AppContext.BaseDirectory, "Gold", "devcorpus-facts.json");
    static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    readonly TempStore _temp = TempStore.Empty();

    [SharedFact("devcorpus/docs")]
    public async Task The_agreements_the_devcorpus_states_are_extracted_with_kind_date_place_and_parties()
    {
        var (gold, files) = await IngestAsync();
        var extracted = _temp.Store.Agreements.All()
            .SelectMany(a => a.Sources.Select(s => (Doc: files.GetValueOrDefault(s.Title, s.Title), Agreement: a))).ToList();

        var (recall, precision) = Measure("agreements", gold.Agreements, extracted, (g, e) => g.Matches(e.Doc, e.Agreement),
            e => $"{e.Doc}: {e.Agreement.Kind} {e.Agreement.Signed} {e.Agreement.Place} {string.Join('+', e.Agreement.Parties.Select(p => p.Name))} «{e.Agreement.Title}»");

        recall.ShouldBeGreaterThanOrEqualTo(Floors.AgreementRecall);
        precision.ShouldBeGreaterThanOrEqualTo(Floors.AgreementPrecision);
    }

    [SharedFact("devcorpus/docs")]
    public async Task The_events_and_roles_the_devcorpus_states_are_extracted()
    {
        var (gold, files) = await IngestAsync();
        var all = _temp.Store.Events.All().Select(e => (Doc: files.GetValueOrDefault(e.Source.Title, e.Source.Title), Event: e)).ToList();
        static string Show((string Doc, Event Event) e) =>
            $"{e.Doc}: {e.Event.Kind} {e.Event.Start} {string.Join('+', e.Event.Actors.Select(a => a.Name))} {e.Event.Place?.EntityId} {e.Event.RoleTitle} {e.Event.Ordinal} «{e.Event.Label}»";

        var events = Measure("events", gold.Events, all.Where(e => e.Event.Kind != EventKinds.Role).ToList(), (g, e) => g.Matches(e.Doc, e.Event), Show);
        var roles = Measure("roles", gold.Roles, all.Where(e => e.Event.Kind == EventKinds.Role).ToList(), (g, e) => g.Matches(e.Doc, e.Event), Show);

        events.Recall.ShouldBeGreaterThanOrEqualTo(Floors.EventRecall);
        events.Precision.ShouldBeGreaterThanOrEqualTo(Floors.EventPrecision);
        roles.Recall.ShouldBeGreaterThanOrEqualTo(Floors.RoleRecall);
        roles.Precision.ShouldBeGreaterThanOrEqualTo(Floors.RolePrecision);
    }

    (double Recall, double Precision) Measure<TGold, TFound>(string what, List<TGold> gold, List<TFound> found, Func<TGold, TFound, bool> matches, Func<TFound, string> show)
        where TGold : notnull
    {
        var hit = gold.Where(g => found.Any(f => matches(g, f))).ToList();
        var right = found.Where(f => gold.Any(g => matches(g, f))).ToList();
        var recall = gold.Count == 0 ? 1 : (double)hit.Count / gold.Count;
        var precision = found.Count == 0 ? 1 : (double)right.Count / found.Count;
        output.WriteLine($"{what}: recall {recall:P1} ({hit.Count}/{gold.Count}), precision {precision:P1} ({right.Count}/{found.Count})");
        foreach (var g in gold.Except(hit)) output.WriteLine($"  missed: {g}");
        foreach (var f in found.Except(right)) output.WriteLine($"  wrong: {show(f)}");
        return (recall, precision);
    }

    async Task<(GoldFacts Gold, Dictionary<string, string> Files)> IngestAsync()
    {
        var gold = JsonSerializer.Deserialize<GoldFacts>(File.ReadAllText(GoldPath), JsonOptions)!;
        var report = await _temp.Store.Ingestor.IngestAsync([Docs], CancellationToken.None);
        report.Results.ShouldAllBe(r => r.Status == IngestStatus.Added);
        var files = report.Results.Where(r => r.Title is not null).GroupBy(r => r.Title!).ToDictionary(g => g.Key, g => Path.GetFileName(g.First().Target));
        return (gold, files);
    }

    public void Dispose() => _temp.Dispose();
}
