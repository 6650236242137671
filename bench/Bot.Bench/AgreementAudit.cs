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
        var matchedBy = new Dictionary<AgreementItem, long>(ReferenceEqualityComparer.Instance);
        var counts = new Dictionary<string, double>(StringComparer.Ordinal);
        var lines = new List<JsonObject>();
        foreach (var row in stored)
        {
            var uris = row.Uris.Split('\n').Select(u => benchUriOf.GetValueOrDefault(u)).OfType<string>().ToList();
            if (uris.Count == 0 || row.Id <= lastSeeded) continue; // seeded from data/ (an article may retell one)
            var candidates = uris.Select(u => signings.GetValueOrDefault(u)).OfType<Signing>().SelectMany(g => g.Items).Distinct(ReferenceEqualityComparer.Instance).Cast<AgreementItem>();
            // A signing may list two documents alike in all but their signatories: a stored agreement stands for the best fitting one not yet matched.
            var fitting = candidates.Select(i => (Item: i, Score: Score(row, i))).Where(c => c.Score > 0).OrderByDescending(c => c.Score).ToList();
            var best = fitting.FirstOrDefault(c => !matchedBy.ContainsKey(c.Item) && c.Score >= fitting[0].Score - 0.5);
            if (best.Item is null && fitting.Count > 0) best = fitting[0];
            string verdict;
            if (best.Item is null) verdict = uris.Any(signings.ContainsKey) ? "spurious_in_signing_article" : "spurious_elsewhere";
            else if (matchedBy.TryAdd(best.Item, row.Id)) verdict = "right";
            else verdict = "duplicate";
            counts[verdict] = counts.GetValueOrDefault(verdict) + 1;
            if (dumpPath is not null)
                lines.Add(new JsonObject
                {
                    ["verdict"] = verdict, ["id"] = row.Id, ["kind"] = row.Kind, ["title"] = row.Title, ["signed"] = row.Signed, ["parties"] = row.Parties,
                    ["docs"] = new JsonArray([.. uris.Select(u => (JsonNode)u)]),
                    ["item"] = best.Item is null ? null : Describe(best.Item, signings, uris),
                    ["duplicate_of"] = verdict == "duplicate" ? matchedBy[best.Item!] : null,
                    ["evidence"] = new JsonArray([.. uris.SelectMany(u => drafts[u]).Where(d => d.Title == row.Title).Select(d => (JsonNode)d.Evidence).Distinct().Take(3)]),
                });
        }
        var reported = signings.Values.SelectMany(g => g.Items).Distinct(ReferenceEqualityComparer.Instance).Cast<AgreementItem>().ToList();
        var missed = reported.Where(i => !matchedBy.ContainsKey(i)).ToList();
        foreach (var item in missed)
            lines.Add(new JsonObject { ["verdict"] = "missed", ["item"] = Describe(item, signings, []) });
        if (dumpPath is not null)
            await File.WriteAllLinesAsync(dumpPath, lines.Select(l => l.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })), ct);
        var total = store.Db.Connection.ExecuteScalar<long>("SELECT count(*) FROM agreements");
        return
        [
            new("audit_agreements", total), new("audit_agreements_seeded", seeded), new("audit_agreements_reported", reported.Count),
            new("audit_right", counts.GetValueOrDefault("right")), new("audit_duplicate", counts.GetValueOrDefault("duplicate")),
            new("audit_spurious_in_signing_article", counts.GetValueOrDefault("spurious_in_signing_article")),
            new("audit_spurious_elsewhere", counts.GetValueOrDefault("spurious_elsewhere")), new("audit_missed", missed.Count),
        ];
    }

    /// <summary>How well a stored agreement fits a reported document: its subject's words in the title, its signatories among the parties, its kind.</summary>
    static double Score(StoredRow row, AgreementItem item)
    {
        var title = Stems(row.Title);
        var subject = Stems(item.Subject.En).Concat(Stems(item.Subject.Ru)).ToHashSet(StringComparer.Ordinal);
        var parties = Stems(row.Parties);
        var signatories = Stems($"{item.PartyEn} {item.PartyRu} {item.OtherEn} {item.OtherRu}");
        var subjectShare = subject.Count == 0 ? 0 : (double)title.Count(subject.Contains) / Math.Max(1, Math.Min(title.Count, Stems(item.Subject.En).Count));
        var partyShare = parties.Count == 0 ? 0 : (double)parties.Count(signatories.Contains) / parties.Count;
        if (subjectShare < 0.34 && partyShare < 0.5) return 0;
        var kind = item.Kind.Replace(' ', '_') == row.Kind ? 0.5 : 0;
        return subjectShare + partyShare + kind;
    }

    static HashSet<string> Stems(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', ',', '.', '"', '[', ']', '{', '}', ':', '-', '–', ';', '(', ')', '«', '»'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && w.All(char.IsLetter)).Select(w => w[..Math.Min(5, w.Length)]).ToHashSet(StringComparer.Ordinal);

    static JsonObject Describe(AgreementItem item, Dictionary<string, Signing> signings, List<string> uris)
    {
        var signing = signings.Values.First(g => g.Items.Contains(item));
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
