namespace Bot.Knowledge.Text;

/// <summary>
/// The quotation marks the four languages' texts quote with: «…» (ru, kk, bg), „…“ (bg), “…” and "…" (en, and typed text
/// in any of them).
/// </summary>
public static class QuotationMarks
{
    /// <summary>Each opening mark with the mark that closes it.</summary>
    public static IReadOnlyList<(char Open, char Close)> Pairs { get; } = [('«', '»'), ('“', '”'), ('„', '“'), ('"', '"')];

    /// <summary>The mark that closes a quote <paramref name="open"/> opens, or '\0' when it opens none.</summary>
    /// <remarks>A switch, as <see cref="Pairs"/> writes them: it is asked of every character before a name ingestion finds.</remarks>
    public static char Closer(char open) => open switch
    {
        '«' => '»',
        '“' => '”',
        '„' => '“',
        '"' => '"',
        _ => '\0',
    };

    /// <summary>The quotes of a text, left to right, each as the offsets of its opening and closing marks; a quote left open ends them.</summary>
    public static IEnumerable<(int Open, int Close)> In(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var closing = Closer(text[i]);
            if (closing == '\0') continue;
            var end = text.IndexOf(closing, i + 1);
            if (end < 0) yield break;
            yield return (i, end);
            i = end;
        }
    }
}
