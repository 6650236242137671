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
        return new DocumentWords(doc.StatedTitle, doc.Paragraphs, units, tokens);
    }

    /// <summary>Whether these are the words of <paramref name="doc"/>'s text (the same document, or a copy with another address or warnings).</summary>
    public bool AreOf(SourceDocument doc) => ReferenceEquals(Paragraphs, doc.Paragraphs) && string.Equals(Title, doc.StatedTitle, StringComparison.Ordinal);
}
