using Bot.Knowledge.Metrics;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Seeding;

/// <summary>
/// Fills a new store from data/: entities and aliases first (extraction resolves parties through them), then the
/// curated facts as one document per cited source, then the shipped articles through ordinary ingestion.
/// </summary>
public sealed class KnowledgeBaseSeeder(EntityCatalog catalog, DocumentWriter writer, Ingestor ingestor)
{
    public async Task<IngestReport> SeedAsync(string dataDir, CancellationToken ct)
    {
        var kb = Path.Combine(dataDir, "kb");
        var results = new List<IngestResult>();
        var entitiesFile = Path.Combine(kb, "entities.jsonl");
        if (File.Exists(entitiesFile))
            catalog.Upsert(KbFileReader.ReadLines<KbEntity>(entitiesFile)
                .Select(e => new Entity(e.Id, e.Type, e.Name, e.Country, e.Role, e.Aliases ?? [])));
        var sourcesFile = Path.Combine(kb, "sources.jsonl");
        var factsFile = Path.Combine(kb, "facts.jsonl");
        if (File.Exists(sourcesFile) && File.Exists(factsFile))
            results.AddRange(SeedFacts(KbFileReader.ReadLines<KbSource>(sourcesFile), KbFileReader.ReadLines<KbFact>(factsFile)));
        var documents = Path.Combine(dataDir, "documents");
        if (Directory.Exists(documents))
            results.AddRange((await ingestor.IngestAsync([documents], new IngestOptions("data:documents/", documents, RefuseFictional: true), ct)).Results);
        return new IngestReport(results);
    }

    IEnumerable<IngestResult> SeedFacts(List<KbSource> sources, List<KbFact> facts)
    {
        var byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var missing in facts.SelectMany(f => f.Sources).Where(s => !byId.ContainsKey(s)).Distinct())
            throw new IngestionException($"facts.jsonl cites unknown source '{missing}'");
        foreach (var source in sources)
        {
            var own = facts.Where(f => f.Sources.Contains(source.Id)).ToList();
            if (own.Count == 0) continue;
            // Curated texts are our English paraphrases, whatever the language of the page they cite.
            var doc = new SourceDocument("kb:" + source.Id, source.Title, source.Url, PartialDate.Parse(source.Date), "en", own.Select(f => f.Text).ToList());
            var extracted = new ExtractedFacts(
                own.Where(f => f.Agreement is not null).Select(f => ToDraft(f.Id, f.Agreement!)).ToList(),
                // An undated estimate has no period to file it under: its text stays searchable as a passage.
                own.SelectMany(f => (f.Figures ?? []).Where(g => !string.IsNullOrEmpty(g.Period)).Select(g => ToDraft(f, g))).ToList());
            var outcome = writer.Save(doc, extracted, own.Select(f => (string?)f.Id).ToList());
            var status = outcome.Status switch { SaveStatus.Added => IngestStatus.Added, SaveStatus.Updated => IngestStatus.Updated, _ => IngestStatus.Unchanged };
            yield return new IngestResult("kb:" + source.Id, status, source.Title, null, outcome.Agreements, outcome.Figures, outcome.NewAgreementIds);
        }
    }

    static AgreementDraft ToDraft(string factId, KbAgreement a) => new(
        a.Kind, a.Title, a.Domain, PartialDate.Parse(a.Signed), a.Place,
        a.Parties.Select(p => new Party(p.Name, p.Country, p.Entity)).ToList(), a.Title, factId);

    static FigureDraft ToDraft(KbFact fact, KbFigure g)
    {
        if (!Period.TryParse(g.Period, out var period)) throw new IngestionException($"facts.jsonl {fact.Id}: bad period '{g.Period}'");
        // Curated keys may be the older ones ("exports"): stored under the catalogue's key, as extraction stores them.
        return new FigureDraft(MetricCatalog.Default.Canonical(g.Metric), period, g.Value, g.Scale ?? "one", g.Unit, g.Qualifier ?? "exact",
            g.GrowthFactor, g.GrowthPercent, g.ComparedTo, fact.Text, fact.Id);
    }
}
