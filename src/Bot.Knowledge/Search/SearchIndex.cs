using System.Globalization;
using Bot.Knowledge.Storage;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Search;

/// <summary>
/// Keeps the full-text index in step with <see cref="TermAnalyzer"/>: a store indexed under an older analyzer (other
/// stemming, no Latin keys, no headlines) gets its index terms rebuilt from its passages when it is opened, once, in one
/// transaction; the passages themselves are not touched.
/// </summary>
internal static class SearchIndex
{
    const string Key = "index_version";
    const int Page = 2_000;

    public static void EnsureCurrent(KnowledgeDb db)
    {
        var current = TermAnalyzer.Version.ToString(CultureInfo.InvariantCulture);
        if (Version(db.Connection) == current) return;
        // IMMEDIATE: the check below and the rebuild see the same store, which no one else writes meanwhile.
        db.InTransaction(c =>
        {
            // Another process may have rebuilt it while this one waited for the write lock.
            if (Version(c) == current) return;
            // The index keeps no copy of its text (contentless): 'delete-all' empties it at once, not row by row.
            c.Execute("INSERT INTO passage_fts(passage_fts) VALUES ('delete-all')");
            using var insert = new PreparedStatement(c, "INSERT INTO passage_fts(rowid, terms) VALUES (?, ?)");
            var terms = new IndexTextCache();
            var text = new System.Buffers.ArrayBufferWriter<byte>(4096);
            long after = 0;
            while (true)
            {
                var rows = c.Query<IndexRow>(
                    "SELECT p.id AS Id, p.text AS Text, d.title AS Title FROM passages p JOIN documents d ON d.id = p.document_id WHERE p.id > ? ORDER BY p.id LIMIT ?",
                    after, Page);
                foreach (var row in rows)
                {
                    text.ResetWrittenCount();
                    terms.Write(row.Text, row.Title, text);
                    insert.Bind(1, row.Id).BindUtf8(2, text.WrittenSpan).Run();
                }
                if (rows.Count < Page) break;
                after = rows[^1].Id;
            }
            c.InsertOrReplace(new MetaRow { Key = Key, Value = current });
            CorpusVersion.Bump(c);
        });
    }

    /// <summary>
    /// Merges the index into one segment ('optimize'). A search reads each of its terms' doclists in every segment: on the
    /// bench corpus ingested in batches, the questions' searches spent a tenth of answering's CPU more than on one merged
    /// segment, which cost half a second once. What is found and its order do not change: the index holds the same terms.
    /// </summary>
    public static void Merge(KnowledgeDb db) =>
        db.Write(c => { c.Execute("INSERT INTO passage_fts(passage_fts) VALUES ('optimize')"); });

    /// <summary>
    /// Records a store created now as indexed by the current analyzer, which it is: it has no passages yet, and every
    /// passage saved from now on is indexed by it. Without this, a store filled before anything searched it (`ingest` into
    /// a new store, the bench) was indexed all over again by the first search — every passage read and its terms worked
    /// out again, in one transaction: 3 s and 100 MB of allocations on the bench corpus, on the first question's path.
    /// </summary>
    public static void MarkCurrent(SQLite.SQLiteConnection c) =>
        c.InsertOrReplace(new MetaRow { Key = Key, Value = TermAnalyzer.Version.ToString(CultureInfo.InvariantCulture) });

    static string? Version(SQLite.SQLiteConnection c) =>
        c.Query<MetaRow>("SELECT * FROM meta WHERE key = ?", Key).FirstOrDefault()?.Value;
}

internal sealed class IndexRow
{
    public long Id { get; set; }
    public string Text { get; set; } = "";
    public string Title { get; set; } = "";
}
