using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Storage;

/// <summary>One passage as it will be stored: its text and the keys the search index gets for it.</summary>
public sealed record PreparedPassage(int Ordinal, string Text, string IndexText, string? FactId);

/// <summary>
/// A document with everything a save needs computed beforehand — its content hash, its passages and their index keys —
/// so that work can run on another thread than the one holding the write transaction.
/// </summary>
public sealed record PreparedDocument(SourceDocument Doc, ExtractedFacts Facts, string ContentHash, IReadOnlyList<PreparedPassage> Passages)
{
    /// <summary>The text's hash for recognising one article under two addresses; null for curated facts, where several
    /// sources citing the same sentence are several sources by design.</summary>
    public string? BodyHash { get; init; }

    public static PreparedDocument Of(SourceDocument doc, ExtractedFacts facts, IReadOnlyList<string?>? paragraphFactIds = null, IndexTextCache? terms = null)
    {
        var passages = new List<PreparedPassage>();
        for (var i = 0; i < doc.Paragraphs.Count; i++)
            foreach (var chunk in PassageChunker.Chunk(doc.Paragraphs[i]))
                passages.Add(new PreparedPassage(passages.Count, chunk, terms?.IndexText(chunk, doc.Title) ?? TermAnalyzer.IndexText(chunk, doc.Title), paragraphFactIds?[i]));
        return new PreparedDocument(doc, facts, doc.ContentHash, passages) { BodyHash = paragraphFactIds is null ? doc.BodyHash : null };
    }
}
