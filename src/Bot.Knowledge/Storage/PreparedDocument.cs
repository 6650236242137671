using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Storage;

/// <summary>One passage as it will be stored (the search index's keys for it are written with it: see <see cref="PendingIndex"/>).</summary>
public sealed record PreparedPassage(int Ordinal, string Text, string? FactId)
{
    /// <summary>The passage's own words as read with its document, when its text is its paragraph's whole (see <see cref="Extraction.Reading.DocumentWords.Passages"/>).</summary>
    public IReadOnlyList<Extraction.Vocabulary.TokenList>? Words { get; init; }
}

/// <summary>
/// A document with what a save needs worked out beforehand: its content hash and its passages.
/// </summary>
public sealed record PreparedDocument(SourceDocument Doc, ExtractedFacts Facts, string ContentHash, IReadOnlyList<PreparedPassage> Passages)
{
    /// <summary>The text's hash for recognising one article under two addresses; null for curated facts, where several
    /// sources citing the same sentence are several sources by design.</summary>
    public string? BodyHash { get; init; }

    /// <summary>The passages that are correction notices (of <see cref="ExtractedFacts.Notices"/>) and where each notice's text starts in it.</summary>
    public IReadOnlyList<(int Ordinal, int Start)> Notices { get; init; } = [];

    /// <param name="passageWords">The words of each paragraph read with the document, by paragraph (a null one is split again when indexed).</param>
    public static PreparedDocument Of(SourceDocument doc, ExtractedFacts facts, IReadOnlyList<string?>? paragraphFactIds = null, IReadOnlyList<IReadOnlyList<Extraction.Vocabulary.TokenList>?>? passageWords = null)
    {
        var passages = new List<PreparedPassage>();
        List<(int, int)>? notices = null;
        var notice = 0;
        for (var i = 0; i < doc.Paragraphs.Count; i++)
        {
            var first = passages.Count;
            foreach (var chunk in PassageChunker.Chunk(doc.Paragraphs[i]))
                passages.Add(new PreparedPassage(passages.Count, chunk, paragraphFactIds?[i]) { Words = ReferenceEquals(chunk, doc.Paragraphs[i]) ? passageWords?[i] : null });
            // A notice's paragraph cut into passages: its text starts after the label in the first, at the start of the others.
            for (; notice < facts.Notices.Count && facts.Notices[notice].Paragraph <= i; notice++)
                if (facts.Notices[notice].Paragraph == i)
                    for (var k = first; k < passages.Count; k++)
                        if (k > first || facts.Notices[notice].Start < passages[k].Text.Length)
                            (notices ??= []).Add((k, k == first ? facts.Notices[notice].Start : 0));
        }
        var (content, body) = doc.Hashes();
        return new PreparedDocument(doc, facts, content, passages) { BodyHash = paragraphFactIds is null ? body : null, Notices = notices ?? [] };
    }
}
