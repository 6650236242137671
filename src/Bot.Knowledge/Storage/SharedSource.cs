using Bot.Knowledge.Text;
using SQLite;

namespace Bot.Knowledge.Storage;

/// <summary>
/// Two documents that name one source address (two files with the same <c>source:</c> or canonical link) are one
/// document only when the later one continues the earlier one's text, as a new version of a page does; a text of its
/// own is kept beside the stored one under the address and a mark of its text ("…#other-3f2a…"), so neither silently
/// replaces the other, and its later versions update that record.
/// </summary>
internal static class SharedSource
{
    const string Mark = "#other-";

    /// <summary>Share of distinct words two texts must have in common (Jaccard) to be versions of one document.</summary>
    const double SameDocument = 0.5;

    public sealed record Stored(long Id, string Uri, string Hash, string Title);

    /// <summary>Whether the stored document's text goes on in <paramref name="prepared"/>: most of their words are shared.</summary>
    public static bool Continues(SQLiteConnection c, PreparedDocument prepared, long storedId)
    {
        var stored = Words(c.QueryScalars<string>("SELECT text FROM passages WHERE document_id = ?", storedId));
        var incoming = Words(prepared.Passages.Select(p => p.Text));
        if (stored.Count == 0 || incoming.Count == 0) return true;
        var shared = stored.Count(incoming.Contains);
        return shared >= SameDocument * (stored.Count + incoming.Count - shared);
    }

    /// <summary>
    /// Where a text of its own (with its <see cref="PreparedDocument.BodyHash"/>) under a stored document's address goes: the kept record of it that this one continues
    /// (or holds the same content), else a new address of its own.
    /// </summary>
    public static (long? Id, string Uri, string? Hash) OwnRecord(SQLiteConnection c, PreparedDocument prepared, string uri)
    {
        var others = c.Query<Row>("SELECT id AS Id, uri AS Uri, content_hash AS Hash FROM documents WHERE uri >= ? AND uri < ?",
            uri + Mark, uri + Mark[..^1] + (char)(Mark[^1] + 1));
        if (others.Find(o => o.Hash == prepared.ContentHash) is { } same) return (same.Id, same.Uri, same.Hash);
        if (others.Find(o => Continues(c, prepared, o.Id)) is { } earlier) return (earlier.Id, earlier.Uri, earlier.Hash);
        return (null, uri + Mark + prepared.BodyHash![..12], null);
    }

    public static Stored? Find(SQLiteConnection c, long id) =>
        c.Query<Row>("SELECT id AS Id, uri AS Uri, content_hash AS Hash, title AS Title FROM documents WHERE id = ?", id)
            .Select(r => new Stored(r.Id, r.Uri, r.Hash, r.Title)).FirstOrDefault();

    static HashSet<string> Words(IEnumerable<string> texts) =>
        texts.SelectMany(Tokenizer.Words).Select(TextNormalizer.Fold).Where(w => w.Length > 2).ToHashSet(StringComparer.Ordinal);

    sealed class Row
    {
        public long Id { get; set; }
        public string Uri { get; set; } = "";
        public string Hash { get; set; } = "";
        public string Title { get; set; } = "";
    }
}
