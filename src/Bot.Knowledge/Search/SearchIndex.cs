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

    static string? Version(SQLite.SQLiteConnection c) =>
        c.Query<MetaRow>("SELECT * FROM meta WHERE key = ?", Key).FirstOrDefault()?.Value;
}

internal sealed class IndexRow
{
    public long Id { get; set; }
    public string Text { get; set; } = "";
    public string Title { get; set; } = "";
}
