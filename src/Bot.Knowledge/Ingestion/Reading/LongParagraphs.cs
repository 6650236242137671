namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// Cuts a paragraph longer than any real one (a file of millions of characters without a line break) into pieces at
/// spaces. Extraction then reads it piece by piece, so a stop can come between pieces and no rule ever sees one
/// "sentence" of megabytes; the text itself is kept whole, in order.
/// </summary>
public static class LongParagraphs
{
    /// <summary>Far above any paragraph in news, treaties or statistics (a few thousand characters at most).</summary>
    public const int MaxChars = 20_000;

    /// <returns>The paragraphs, each at most <see cref="MaxChars"/> long, and a warning per paragraph that was cut.</returns>
    public static IReadOnlyList<string> Cut(IReadOnlyList<string> paragraphs, List<string> warnings)
    {
        if (paragraphs.All(p => p.Length <= MaxChars)) return paragraphs;
        var result = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Length <= MaxChars)
            {
                result.Add(paragraph);
                continue;
            }
            var before = result.Count;
            for (var start = 0; start < paragraph.Length;)
            {
                var end = PieceEnd(paragraph, start);
                var piece = paragraph[start..end].Trim();
                if (piece.Length > 0) result.Add(piece);
                start = end;
            }
            warnings.Add($"a paragraph of {paragraph.Length:N0} characters without a line break was read in {result.Count - before:N0} pieces of at most {MaxChars:N0}");
        }
        return result;
    }

    /// <summary>The end of the piece starting at <paramref name="start"/>: the last space within the limit, or the limit itself in a text without one.</summary>
    static int PieceEnd(string text, int start)
    {
        if (text.Length - start <= MaxChars) return text.Length;
        var limit = start + MaxChars;
        var space = text.LastIndexOf(' ', limit - 1, MaxChars / 2);
        return space > start ? space + 1 : limit;
    }
}
