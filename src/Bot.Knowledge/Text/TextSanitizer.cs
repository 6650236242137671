using System.Text;

namespace Bot.Knowledge.Text;

/// <summary>
/// Makes any string safe to analyse: removes noncharacters (U+FFFE, U+FDD0…), lone surrogates, control characters
/// other than tab and line breaks, and the invisible bidirectional controls that can make text read differently from
/// how it is stored. Everything read from a user, a file or a feed passes here before normalization; text with
/// nothing to remove is returned as it is, without a copy.
/// </summary>
public static class TextSanitizer
{
    /// <summary>
    /// The most a question can hold once read: above any allowed <c>Answering:MaxQuestionChars</c>, so a longer
    /// question is still refused as too long, while no later step ever sees a megabyte of text.
    /// </summary>
    public const int MaxQuestionChars = 100_001;

    /// <summary>
    /// A question as it enters from a user (command line, questions file, Telegram, webhook): cut to
    /// <see cref="MaxQuestionChars"/>, cleaned as <see cref="Clean"/> does, zero-width characters removed (they hide
    /// inside words and break every match) and composed to NFC. An ordinary question is returned without a copy.
    /// </summary>
    public static string CleanQuestion(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.Length > MaxQuestionChars)
            text = text[..(char.IsHighSurrogate(text[MaxQuestionChars - 1]) ? MaxQuestionChars - 1 : MaxQuestionChars)];
        text = Clean(text);
        if (text.AsSpan().IndexOfAny(ZeroWidth) >= 0)
        {
            var sb = new StringBuilder(text.Length);
            foreach (var c in text)
                if (ZeroWidth.IndexOf(c) < 0) sb.Append(c);
            text = sb.ToString();
        }
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    // Zero-width space, non-joiner, joiner, word joiner, Mongolian vowel separator (the byte-order mark goes in Clean).
    const string ZeroWidth = "\u200B\u200C\u200D\u2060\u180E";

    public static string Clean(string text)
    {
        var first = FirstRemoved(text);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (!IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))) sb.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (!IsRemoved(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    static int FirstRemoved(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Printable ASCII, and Latin-1 through Cyrillic, Armenian and Hebrew: nearly every character of our texts.
            if (c is >= ' ' and < '\u007F' or >= '\u00A0' and < '\u061C') continue;
            if (c < ' ' && c is not ('\t' or '\n' or '\r') || c >= '\u007F' && NeedsCheck(c, text, i)) return i;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        return -1;
    }

    static bool NeedsCheck(char c, string text, int i) =>
        char.IsHighSurrogate(c)
            ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]) || IsNoncharacter(char.ConvertToUtf32(c, text[i + 1]))
            : IsRemoved(c);

    /// <summary>A single UTF-16 unit that is dropped (a surrogate reaching here has no partner).</summary>
    static bool IsRemoved(char c) =>
        c < ' ' && c is not ('\t' or '\n' or '\r')
        || c is >= '\u007F' and <= '\u009F'                       // DEL and the C1 controls
        || char.IsSurrogate(c)
        || c is '\u200E' or '\u200F' or '\u061C'                  // directional marks
        || c is >= '\u202A' and <= '\u202E'                       // embeddings and overrides
        || c is >= '\u2066' and <= '\u2069'                       // isolates
        || c == '\uFEFF'                                          // a byte-order mark inside text
        || IsNoncharacter(c);

    static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
}
