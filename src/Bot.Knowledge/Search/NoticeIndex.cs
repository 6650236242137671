using Bot.Knowledge.Extraction.Corrections;
using Bot.Knowledge.Storage;

namespace Bot.Knowledge.Search;

/// <summary>
/// The correction notices ingestion found (<see cref="CorrectionNotices"/>), each document's in page order, the text after
/// their labels: read once per store version with the other snapshots, never per answer. A store that held passages
/// before the notices table existed has its notices found once, from its passages, at the first start after the upgrade.
/// </summary>
internal static class NoticeIndex
{
    const string Pending = "notices_pending";
    const int Page = 2_000;

    public static void EnsureCurrent(KnowledgeDb db)
    {
        if (!IsPending(db.Connection)) return;
        db.InTransaction(c =>
        {
            // Another process may have found them while this one waited for the write lock.
            if (!IsPending(c)) return;
            c.Execute("DELETE FROM notices");
            long after = 0;
            while (true)
            {
                var rows = c.Query<NoticeRow>("SELECT id AS PassageId, document_id AS DocumentId, text AS Text FROM passages WHERE id > ? ORDER BY id LIMIT ?", after, Page);
                foreach (var row in rows)
                    if (CorrectionNotices.Start(row.Text) is { } start && start < row.Text.Length)
                        c.Execute("INSERT INTO notices (passage_id, document_id, start) VALUES (?, ?, ?)", row.PassageId, row.DocumentId, start);
                if (rows.Count < Page) break;
                after = rows[^1].PassageId;
            }
            c.Execute("DELETE FROM meta WHERE key = ?", Pending);
            CorpusVersion.Bump(c);
        });
    }

    static bool IsPending(SQLite.SQLiteConnection c) => c.ExecuteScalar<int>("SELECT count(*) FROM meta WHERE key = ?", Pending) > 0;

    /// <summary>Each document's notices, the text after their labels, in page order; no entry for a document without one.</summary>
    public static Dictionary<long, IReadOnlyList<string>> Load(KnowledgeDb db)
    {
        var notices = new Dictionary<long, IReadOnlyList<string>>();
        foreach (var g in db.Connection.Query<NoticeRow>(
                     "SELECT n.passage_id AS PassageId, n.document_id AS DocumentId, substr(p.text, n.start + 1) AS Text FROM notices n JOIN passages p ON p.id = n.passage_id ORDER BY n.document_id, p.ordinal")
                     .GroupBy(r => r.DocumentId))
            notices[g.Key] = [.. g.Select(r => r.Text)];
        return notices;
    }
}

internal sealed class NoticeRow
{
    public long PassageId { get; set; }
    public long DocumentId { get; set; }
    public string Text { get; set; } = "";
}
