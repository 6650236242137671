using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Ingestion;

namespace Bot.Knowledge.Extraction.Reading;

/// <summary>
/// A document laid out in units (<see cref="DocumentLayout"/>) with each unit's words: what reading a document takes from
/// its text alone, never from the names learned from the documents before it, so an ingestion run makes it on another
/// thread ahead of the one that learns names (<see cref="ReadAhead{T}"/>).
/// </summary>
public sealed class DocumentWords
{
    DocumentWords(string title, IReadOnlyList<string> paragraphs, List<TextUnit> units, List<TokenList> tokens) =>
        (Title, Paragraphs, Units, Tokens) = (title, paragraphs, units, tokens);

    // The text it was made of: a document whose text is another was not laid out by it.
    string Title { get; }
    IReadOnlyList<string> Paragraphs { get; }

    public List<TextUnit> Units { get; }

    /// <summary>The words of each unit, by its index.</summary>
    public List<TokenList> Tokens { get; }

    /// <param name="ct">Checked at every unit: a stop does not wait for the end of a very long document.</param>
    public static DocumentWords Of(SourceDocument doc, CancellationToken ct = default)
    {
        var units = DocumentLayout.Of(doc.StatedTitle, doc.Paragraphs);
        var tokens = new List<TokenList>(units.Count);
        foreach (var unit in units)
        {
            ct.ThrowIfCancellationRequested();
            tokens.Add(TokenList.Of(unit.Text));
        }
        return new DocumentWords(doc.StatedTitle, doc.Paragraphs, units, tokens) { Passages = PassageWords(doc.Paragraphs, units, tokens) };
    }

    /// <summary>
    /// For each paragraph stored as one passage, the words of its units in order, which are the passage's own words as
    /// written; null for a paragraph whose units do not hold its words so (a list item drops its marker: "1.", "–") or that
    /// is cut into several passages. The search index's keys of these words are worked out here, on the thread that read
    /// them, so that saving (the longest-running step of ingestion) only copies them instead of splitting the passage into
    /// words and looking each one up again (<see cref="Storage.PendingIndex"/>).
    /// </summary>
    /// <remarks>
    /// A sentence or heading is its paragraph's text cut at white space and trimmed (<see cref="DocumentLayout"/>,
    /// <see cref="SentenceSplitter"/>): its units' words one after another are the paragraph's words.
    /// </remarks>
    public IReadOnlyList<TokenList>?[] Passages { get; private init; } = [];

    static IReadOnlyList<TokenList>?[] PassageWords(IReadOnlyList<string> paragraphs, List<TextUnit> units, List<TokenList> tokens)
    {
        var passages = new IReadOnlyList<TokenList>?[paragraphs.Count];
        for (int u = 0, end; u < units.Count; u = end)
        {
            var p = units[u].Paragraph;
            var whole = paragraphs[p].Length <= Storage.PassageChunker.MaxPassageChars;
            for (end = u; end < units.Count && units[end].Paragraph == p; end++) whole &= units[end].Kind != UnitKind.ListItem;
            if (!whole) continue;
            var words = tokens.GetRange(u, end - u);
            foreach (var list in words)
                for (var i = 0; i < list.Count; i++) list.IndexKeysAt(i);
            passages[p] = words;
        }
        return passages;
    }

    /// <summary>Whether these are the words of <paramref name="doc"/>'s text (the same document, or a copy with another address or warnings).</summary>
    public bool AreOf(SourceDocument doc) => ReferenceEquals(Paragraphs, doc.Paragraphs) && string.Equals(Title, doc.StatedTitle, StringComparison.Ordinal);
}
