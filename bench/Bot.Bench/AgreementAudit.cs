using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Hosting;
using Bot.Knowledge;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Storage;

namespace Bot.Bench;

/// <summary>
/// `--suite agreements`: ingests the store suite's corpus (same seed, same documents) and holds every stored agreement
/// against the signed documents its source articles report. A stored agreement that is the best match of a reported
/// document not yet matched is right; one that matches a document another stored agreement already stands for is a
/// duplicate; one that matches none is spurious, counted by whether its article reports a signing at all. Reported
/// documents no stored agreement matches are missed. With --agreements-dump, one JSON line per stored agreement and
/// per missed document, with the sentences extraction took it from.
/// </summary>
internal sealed class AgreementAudit(KnowledgeOptions knowledge, TimeProvider clock, Action<string> progress)
{
    public async Task<IEnumerable<KeyValuePair<string, double>>> RunAsync(BenchSettings settings, string? dumpPath, CancellationToken ct)
    {
        using var file = new TempStoreFile();
        using var store = new BenchStore(file.Path, knowledge.ResolvedDataPath, clock);
        await store.SeedAsync(ct);
        var seeded = store.Db.Connection.ExecuteScalar<long>("SELECT count(*) FROM agreements");
        var lastSeeded = store.Db.Connection.ExecuteScalar<long>("SELECT coalesce(max(id), 0) FROM agreements");
        var rng = new Random(settings.Seed);
        var world = new CooperationWorld(rng);
        var signings = new Dictionary<string, Signing>(StringComparer.Ordinal);
        var corpus = new CorpusGenerator(world, new Random(rng.Next())) { SigningsByUri = signings };

        progress($"ingesting {settings.Documents:N0} generated documents for the agreement audit…");
        var extractor = new DocumentExtractor(store.Get<EntityCatalog>().Index());
        var writer = store.Get<DocumentWriter>();
        var benchUriOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var drafts = new Dictionary<string, IReadOnlyList<AgreementDraft>>(StringComparer.Ordinal);
        foreach (var chunk in corpus.Documents(settings.Documents).Chunk(Ingestor.BatchSize))
        {
            using var batch = writer.BeginBatch();
            foreach (var (uri, markdown) in chunk)
            {
                var doc = Ingestor.Canonical(MarkdownReader.Read(uri, markdown));
                var facts = extractor.Extract(doc, ct);
                benchUriOf[doc.Uri] = uri;
                drafts[uri] = facts.Agreements;
                batch.Save(doc, facts);
            }
            batch.Commit();
        }

        var stored = store.Db.Connection.Query<StoredRow>(
            "SELECT a.id AS Id, a.kind AS Kind, a.title AS Title, a.signed AS Signed, a.parties_json AS Parties, group_concat(d.uri, '\n') AS Uris " +
            "FROM agreements a JOIN agreement_sources s ON s.agreement_id = a.id JOIN documents d ON d.id = s.document_id GROUP BY a.id ORDER BY a.id");
        var verdicts = new AgreementVerdicts(signings);
        var lines = new List<JsonObject>();
        foreach (var row in stored)
        {
            var uris = row.Uris.Split('\n').Select(u => benchUriOf.GetValueOrDefault(u)).OfType<string>().ToList();
            if (uris.Count == 0 || row.Id <= lastSeeded) continue; // seeded from data/ (an article may retell one)
            var verdict = verdicts.Judge(new AgreementVerdicts.Stored(row.Id, row.Kind, row.Title, row.Parties, uris));
            if (dumpPath is not null)
                lines.Add(new JsonObject
                {
                    ["verdict"] = verdict.Name, ["id"] = row.Id, ["kind"] = row.Kind, ["title"] = row.Title, ["signed"] = row.Signed, ["parties"] = row.Parties,
                    ["docs"] = new JsonArray([.. uris.Select(u => (JsonNode)u)]),
                    ["item"] = verdict.Item is null ? null : Describe(verdict.Item, signings),
                    ["duplicate_of"] = verdict.DuplicateOf,
                    ["evidence"] = new JsonArray([.. uris.SelectMany(u => drafts[u]).Where(d => d.Title == row.Title).Select(d => (JsonNode)d.Evidence).Distinct().Take(3)]),
                });
        }
        var missed = verdicts.Missed;
        foreach (var item in missed)
            lines.Add(new JsonObject { ["verdict"] = "missed", ["item"] = Describe(item, signings) });
        if (dumpPath is not null)
            await File.WriteAllLinesAsync(dumpPath, lines.Select(l => l.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })), ct);
        var total = store.Db.Connection.ExecuteScalar<long>("SELECT count(*) FROM agreements");
        return
        [
            new("audit_agreements", total), new("audit_agreements_seeded", seeded), new("audit_agreements_reported", verdicts.Reported.Count),
            new("audit_right", verdicts.Counts.GetValueOrDefault(AgreementVerdicts.Right)), new("audit_duplicate", verdicts.Counts.GetValueOrDefault(AgreementVerdicts.Duplicate)),
            new("audit_spurious_in_signing_article", verdicts.Counts.GetValueOrDefault(AgreementVerdicts.SpuriousInSigningArticle)),
            new("audit_spurious_elsewhere", verdicts.Counts.GetValueOrDefault(AgreementVerdicts.SpuriousElsewhere)), new("audit_missed", missed.Count),
        ];
    }

    static JsonObject Describe(AgreementItem item, Dictionary<string, Signing> signings)
    {
        var signing = signings.Values.First(g => g.Items.Any(i => ReferenceEquals(i, item)));
        return new JsonObject
        {
            ["kind"] = item.Kind, ["parties"] = $"{item.PartyEn} | {item.OtherEn}", ["subject"] = item.Subject.En,
            ["date"] = signing.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["city"] = signing.City.En,
            ["reported_by"] = signings.Count(kv => kv.Value == signing),
        };
    }

    sealed class StoredRow
    {
        public long Id { get; set; }
        public string Kind { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Signed { get; set; }
        public string Parties { get; set; } = "";
        public string Uris { get; set; } = "";
    }
}
