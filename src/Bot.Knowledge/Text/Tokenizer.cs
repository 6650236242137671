using System.Globalization;

namespace Bot.Knowledge.Text;

/// <summary>Splits text into words and numbers; everything else (punctuation, FTS operators, SQL) is a separator.</summary>
public static class Tokenizer
{
    public static IEnumerable<string> Words(string text)
    {
        var position = 0;
        while (Next(text, ref position, out var start, out var length)) yield return text.Substring(start, length);
    }

    /// <summary>
    /// The next word at or after <paramref name="position"/>, without allocating it: a run of letters and digits,
    /// with the combining marks inside it. False at the end of the text.
    /// </summary>
    public static bool Next(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length && !IsLetterOrDigit(text[i])) i++;
        start = i;
        if (i >= text.Length)
        {
            position = i;
            length = 0;
            return false;
        }
        for (i++; i < text.Length && (IsLetterOrDigit(text[i]) || text[i] >= 0x80 && char.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark); i++) { }
        length = i - start;
        position = i;
        return true;
    }

    /// <summary>
    /// <see cref="char.IsLetterOrDigit(char)"/>, answered without the Unicode tables for ASCII and for the Cyrillic block's
    /// letters (U+0400–U+0481, Russian, Bulgarian and most of Kazakh): every character of every text ingested is asked.
    /// </summary>
    static bool IsLetterOrDigit(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : c <= '\u0481' && c >= '\u0400' || char.IsLetterOrDigit(c);
}
