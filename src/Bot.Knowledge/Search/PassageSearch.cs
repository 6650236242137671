using System.Collections.Concurrent;
using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Search;

/// <summary>
/// Retrieval over passage keys. Keys are quoted one by one, so user text never reaches FTS5 as query syntax (an FTS
/// syntax error would make sqlite-net return an empty list silently). Two ways in: <see cref="Search"/>, bm25 over any
/// of the keys, as a plain full-text query runs; and <see cref="Containing"/>, the passages that hold a key of every
/// group, newest first, which stops after the rows it needs instead of scoring every passage that shares a word with
/// the question.
/// </summary>
public sealed class PassageSearch
{
    readonly KnowledgeDb _db;
    readonly CachedSnapshot<Statistics> _statistics;
    readonly CachedSnapshot<PassageDocuments> _documents;
    readonly CachedSnapshot<Dictionary<long, IReadOnlyList<string>>> _notices;

    public PassageSearch(KnowledgeDb db, StoreVersion version)
    {
        _db = db;
        SearchIndex.EnsureCurrent(db);
        NoticeIndex.EnsureCurrent(db);
        _statistics = new CachedSnapshot<Statistics>(version, () => new Statistics());
        _documents = new CachedSnapshot<PassageDocuments>(version, () => new PassageDocuments(db));
        _notices = new CachedSnapshot<Dictionary<long, IReadOnlyList<string>>>(version, () => NoticeIndex.Load(db));
    }

    // Per store version: how many passages there are and, for each key asked about so far, how many contain it.
    // fts5vocab counts a key by walking its whole doclist, which for a word in every other passage costs milliseconds.
    sealed class Statistics
    {
        public long? Passages;
        public readonly ConcurrentDictionary<string, long> Frequencies = new(StringComparer.Ordinal);
    }

    const int MaxRemembered = 200_000;

    public IReadOnlyList<Passage> Search(IEnumerable<string> keys, int limit)
    {
        var match = MatchExpression(keys);
        if (match.Length == 0) return [];
        var hits = _db.Connection.Query<PassageHit>(
            """
            SELECT p.id AS Id, p.text AS Text, p.fact_id AS FactId, d.id AS DocId, d.title AS Title, d.url AS Url, d.published AS Published, f.rank AS Rank
            FROM (SELECT rowid, rank FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rank LIMIT ?) f
            JOIN passages p ON p.id = f.rowid
            JOIN documents d ON d.id = p.document_id
            ORDER BY f.rank
            """, match, limit);
        return hits.Select(h => new Passage(h.Id, h.Text, h.Rank, h.FactId, new SourceRef(h.DocId, h.Title, h.Url, h.Published))).ToList();
    }

    /// <summary>
    /// Ids of the passages that contain at least one key of every group, newest first. FTS5 intersects the groups'
    /// doclists and walks them from the end, so the cost is bounded by the rarest group and the limit, not by how
    /// common the other words are.
    /// </summary>
    public IReadOnlyList<long> Containing(IReadOnlyList<IReadOnlyCollection<string>> groups, int limit)
    {
        var match = AllOf(groups);
        if (match.Length == 0 || limit <= 0) return [];
        return _db.Connection.QueryScalars<long>("SELECT rowid FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rowid DESC LIMIT ?", match, limit);
    }

    static string AllOf(IReadOnlyList<IReadOnlyCollection<string>> groups)
    {
        var parts = groups.Select(g => MatchExpression(g)).ToList();
        return parts.Count == 0 || parts.Any(p => p.Length == 0) ? "" : string.Join(" AND ", parts.Select(p => "(" + p + ")"));
    }

    /// <summary>
    /// Which of these documents hold a passage with one of the keys: "does the interview name Pavlova anywhere", asked of
    /// the few documents a question's evidence comes from.
    /// </summary>
    public IReadOnlySet<long> DocumentsWith(IEnumerable<long> documentIds, IEnumerable<string> keys) => Within(documentIds).With(keys);

    /// <summary>These documents' passages, read once, to ask of several names in turn which of the documents name them.</summary>
    public DocumentScope Within(IEnumerable<long> documentIds) => new(_db, _documents, documentIds);

    /// <summary>The passages with these ids and their sources, in the order given; <see cref="Passage.Rank"/> is the position.</summary>
    public IReadOnlyList<Passage> ByIds(IReadOnlyList<long> ids)
    {
        if (ids.Count == 0) return [];
        var placeholders = string.Join(',', ids.Select(_ => "?"));
        var hits = _db.Connection.Query<PassageHit>(
            $"""
            SELECT p.id AS Id, p.text AS Text, p.fact_id AS FactId, d.id AS DocId, d.title AS Title, d.url AS Url, d.published AS Published
            FROM passages p JOIN documents d ON d.id = p.document_id
            WHERE p.id IN ({placeholders})
            """, ids.Cast<object>().ToArray()).ToDictionary(h => h.Id);
        return ids.Where(hits.ContainsKey).Select((id, position) =>
        {
            var h = hits[id];
            return new Passage(h.Id, h.Text, position, h.FactId, new SourceRef(h.DocId, h.Title, h.Url, h.Published));
        }).ToList();
    }

    /// <summary>
    /// The paragraphs just before and after each of these passages in its document (null at either end), so a sentence
    /// can be read with the one before and after it even across a paragraph break.
    /// </summary>
    public IReadOnlyDictionary<long, (string? Before, string? After)> Neighbours(IReadOnlyCollection<long> ids)
    {
        if (ids.Count == 0) return new Dictionary<long, (string?, string?)>();
        var placeholders = string.Join(',', ids.Select(_ => "?"));
        return _db.Connection.Query<NeighbourRow>(
            $"""
            SELECT p.id AS Id, b.text AS Before, a.text AS After FROM passages p
            LEFT JOIN passages b ON b.document_id = p.document_id AND b.ordinal = p.ordinal - 1
            LEFT JOIN passages a ON a.document_id = p.document_id AND a.ordinal = p.ordinal + 1
            WHERE p.id IN ({placeholders})
            """, ids.Cast<object>().ToArray()).ToDictionary(r => r.Id, r => (r.Before, r.After));
    }

    /// <summary>
    /// Each document's lead: its first paragraph of at least <paramref name="minChars"/> characters (a headline or a
    /// dateline above it is shorter), where a news item names whom it is about with the post it calls them by later.
    /// One pass over each document's passages: a subquery per passage read every document's passages once per passage.
    /// </summary>
    public IReadOnlyDictionary<long, string> Leads(IReadOnlyCollection<long> documentIds, int minChars)
    {
        if (documentIds.Count == 0) return new Dictionary<long, string>();
        var placeholders = string.Join(',', documentIds.Select(_ => "?"));
        return _db.Connection.Query<LeadRow>(
            $"""
            SELECT p.document_id AS Doc, p.text AS Text FROM passages p
            JOIN (SELECT document_id, MIN(ordinal) AS first FROM passages
                  WHERE document_id IN ({placeholders}) AND length(text) >= ? GROUP BY document_id) l
              ON p.document_id = l.document_id AND p.ordinal = l.first
            """, [.. documentIds.Cast<object>(), minChars]).ToDictionary(r => r.Doc, r => r.Text);
    }

    /// <summary>
    /// The first <paramref name="count"/> paragraphs of each document, in order: the lines that head a report or a programme
    /// (a letterhead, "ДОКЛАД", the occasion with its place and day) before its running text.
    /// </summary>
    public IReadOnlyDictionary<long, List<string>> Openings(IReadOnlyCollection<long> documentIds, int count)
    {
        var openings = new Dictionary<long, List<string>>();
        if (documentIds.Count == 0) return openings;
        var placeholders = string.Join(',', documentIds.Select(_ => "?"));
        foreach (var row in _db.Connection.Query<LeadRow>(
            $"SELECT document_id AS Doc, text AS Text FROM passages WHERE document_id IN ({placeholders}) AND ordinal < ? ORDER BY document_id, ordinal",
            [.. documentIds.Cast<object>(), count]))
        {
            if (!openings.TryGetValue(row.Doc, out var lines)) openings[row.Doc] = lines = [];
            lines.Add(row.Text);
        }
        return openings;
    }

    /// <summary>
    /// The paragraph <paramref name="back"/> places before a passage in its document, or null: what an interviewee's answer
    /// went on about before the question it answers.
    /// </summary>
    public string? ParagraphBefore(long id, int back) =>
        _db.Connection.QueryScalars<string>(
            "SELECT b.text FROM passages p JOIN passages b ON b.document_id = p.document_id AND b.ordinal = p.ordinal - ? WHERE p.id = ?",
            back, id).FirstOrDefault();

    /// <summary>
    /// The first paragraphs of a passage's document, before the passage, at most <paramref name="count"/>: a report's opening,
    /// which tells where what its later paragraphs tell of happened ("… held talks in the Akorda …").
    /// </summary>
    public IReadOnlyList<string> Opening(long id, int count) =>
        _db.Connection.QueryScalars<string>(
            "SELECT b.text FROM passages p JOIN passages b ON b.document_id = p.document_id AND b.ordinal < p.ordinal WHERE p.id = ? ORDER BY b.ordinal LIMIT ?",
            id, count);

    /// <summary>
    /// The nearest paragraph before a passage in its document that is no longer than <paramref name="maxChars"/>: the heading
    /// its section stands under ("2019" above a chronology's items), or null when none precedes it.
    /// </summary>
    public string? HeadingBefore(long id, int maxChars) =>
        _db.Connection.QueryScalars<string>(
            "SELECT b.text FROM passages p JOIN passages b ON b.document_id = p.document_id AND b.ordinal < p.ordinal AND length(b.text) <= ? WHERE p.id = ? ORDER BY b.ordinal DESC LIMIT 1",
            maxChars, id).FirstOrDefault();

    /// <summary>
    /// The paragraphs after a passage in its document, in order, at most <paramref name="count"/>: the rest of a list whose
    /// items stand one to a paragraph ("…a exchange of documents took place:" then one memorandum a paragraph).
    /// </summary>
    public IReadOnlyList<string> Following(long id, int count) =>
        _db.Connection.QueryScalars<string>(
            "SELECT a.text FROM passages p JOIN passages a ON a.document_id = p.document_id AND a.ordinal > p.ordinal WHERE p.id = ? ORDER BY a.ordinal LIMIT ?",
            id, count);

    /// <summary>
    /// A document's passages with their source, in order, at most <paramref name="count"/>: the lines that close a law or
    /// a letter (who signed it) are read with the headings of the acts they close.
    /// </summary>
    public IReadOnlyList<Passage> DocumentPassages(long documentId, int count) =>
        ByIds(_db.Connection.QueryScalars<long>("SELECT id FROM passages WHERE document_id = ? ORDER BY ordinal LIMIT ?", documentId, count));

    /// <summary>
    /// Each document's correction notices ("UPD: …", "Поправка: …"), the text after their labels, as ingestion found them:
    /// read once per store version, so an answer looks its documents up here instead of searching them.
    /// </summary>
    public IReadOnlyDictionary<long, IReadOnlyList<string>> Notices() => _notices.Get();

    /// <summary>How many passages contain each key, for weighting rare words above common ones; remembered until the store changes.</summary>
    public IReadOnlyDictionary<string, long> DocumentFrequencies(IEnumerable<string> keys)
    {
        var list = keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0) return new Dictionary<string, long>();
        var known = _statistics.Get().Frequencies;
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var key in list)
            if (!known.TryGetValue(key, out var df)) missing.Add(key);
            else if (df > 0) result[key] = df;
        if (missing.Count == 0) return result;
        var placeholders = string.Join(',', missing.Select(_ => "?"));
        var counted = _db.Connection.Query<TermCount>($"SELECT term AS Term, doc AS Doc FROM passage_vocab WHERE term IN ({placeholders})", missing.Cast<object>().ToArray())
            .ToDictionary(t => t.Term, t => t.Doc, StringComparer.Ordinal);
        foreach (var key in missing)
        {
            var df = counted.GetValueOrDefault(key);
            if (df > 0) result[key] = df;
            // Keys the corpus lacks are remembered too: questions about unknown things repeat.
            if (known.Count < MaxRemembered) known[key] = df;
        }
        return result;
    }

    public long PassageCount()
    {
        var statistics = _statistics.Get();
        return statistics.Passages ??= _db.Connection.ExecuteScalar<long>("SELECT count(*) FROM passages");
    }

    public static string MatchExpression(IEnumerable<string> keys) =>
        string.Join(" OR ", keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Select(k => "\"" + k.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
