using Bot.Knowledge.Model;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Search;

/// <summary>
/// bm25 retrieval over passage keys. Keys are quoted one by one and joined with OR, so user text never
/// reaches FTS5 as query syntax (an FTS syntax error would make sqlite-net return an empty list silently).
/// </summary>
public sealed class PassageSearch(KnowledgeDb db)
{
    public IReadOnlyList<Passage> Search(IEnumerable<string> keys, int limit)
    {
        var match = MatchExpression(keys);
        if (match.Length == 0) return [];
        var hits = db.Connection.Query<PassageHit>(
            """
            SELECT p.id AS Id, p.text AS Text, p.fact_id AS FactId, d.id AS DocId, d.title AS Title, d.url AS Url, d.published AS Published, f.rank AS Rank
            FROM (SELECT rowid, rank FROM passage_fts WHERE passage_fts MATCH ? ORDER BY rank LIMIT ?) f
            JOIN passages p ON p.id = f.rowid
            JOIN documents d ON d.id = p.document_id
            ORDER BY f.rank
            """, match, limit);
        return hits.Select(h => new Passage(h.Id, h.Text, h.Rank, h.FactId, new SourceRef(h.DocId, h.Title, h.Url, h.Published))).ToList();
    }

    /// <summary>How many passages contain each key, for weighting rare words above common ones.</summary>
    public IReadOnlyDictionary<string, long> DocumentFrequencies(IEnumerable<string> keys)
    {
        var list = keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0) return new Dictionary<string, long>();
        var placeholders = string.Join(',', list.Select(_ => "?"));
        return db.Connection.Query<TermCount>($"SELECT term AS Term, doc AS Doc FROM passage_vocab WHERE term IN ({placeholders})", list.Cast<object>().ToArray())
            .ToDictionary(t => t.Term, t => t.Doc, StringComparer.Ordinal);
    }

    public long PassageCount() => db.Connection.ExecuteScalar<long>("SELECT count(*) FROM passages");

    public static string MatchExpression(IEnumerable<string> keys) =>
        string.Join(" OR ", keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Select(k => "\"" + k.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
