namespace Bot.Knowledge.Text;

/// <summary>
/// The few folded words right before or after a place in a text ("the word for the piece is one word from the period"),
/// read from a window around that place instead of folding and splitting everything before or after it: asked once per
/// match, the whole-text way made a question of one word repeated cost the square of its length.
/// </summary>
public static class NearWords
{
    // Wide enough for a few ordinary words; doubled until the window holds them or reaches the end of the text.
    const int FirstWindow = 64;

    /// <summary>The last <paramref name="count"/> folded words of <c>text[..end]</c>.</summary>
    public static List<string> Before(string text, int end, int count) => Before(text, end, count, out _);

    /// <summary>The first <paramref name="count"/> folded words of <c>text[start..]</c>.</summary>
    public static List<string> After(string text, int start, int count) => After(text, start, count, out _);

    /// <param name="read">The characters folded, which stays within a window of the words asked for.</param>
    internal static List<string> Before(string text, int end, int count, out int read)
    {
        read = 0;
        for (var width = FirstWindow; ; width *= 2)
        {
            var from = Math.Max(0, end - width);
            var words = Tokenizer.Words(TextNormalizer.Fold(text[from..end])).ToList();
            read += end - from;
            // The window's first word may be the tail of a longer one: it counts only when the window starts the text.
            if (from == 0 || words.Count > count) return words.TakeLast(count).ToList();
        }
    }

    /// <param name="read">The characters folded, which stays within a window of the words asked for.</param>
    internal static List<string> After(string text, int start, int count, out int read)
    {
        read = 0;
        for (var width = FirstWindow; ; width *= 2)
        {
            var to = (int)Math.Min(text.Length, (long)start + width);
            var words = Tokenizer.Words(TextNormalizer.Fold(text[start..to])).ToList();
            read += to - start;
            // The window's last word may be the head of a longer one: it counts only when the window ends the text.
            if (to == text.Length || words.Count > count) return words.Take(count).ToList();
        }
    }
}
