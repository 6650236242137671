using System.Globalization;
using System.Text;

namespace Bot.Knowledge.Text;

/// <summary>Folds case, the letters alphabet.json folds (ё→е) and Latin diacritics so every script compares the same way on both sides of a search.</summary>
public static class TextNormalizer
{
    public static string Fold(string word)
    {
        var lower = Alphabet.Fold(word.ToLowerInvariant());
        if (IsPlain(lower)) return lower;
        // Normalize throws on a noncharacter or a lone surrogate: whatever reached here is cleaned first.
        lower = TextSanitizer.Clean(lower);
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        char previous = '\0';
        foreach (var c in decomposed)
        {
            // Only Latin diacritics are dropped: in Cyrillic, й and ї are letters of their own.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && previous < 0x0250) continue;
            sb.Append(c);
            previous = c;
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// ASCII and the letters of the Cyrillic block fold to themselves: ASCII has nothing to decompose, and a Cyrillic
    /// letter keeps its marks and recomposes unchanged. Most words take this path and skip two Unicode normalizations.
    /// </summary>
    static bool IsPlain(string lower)
    {
        foreach (var c in lower)
            if (c >= 0x80 && (c < 0x0400 || c > 0x04FF || c is >= '\u0483' and <= '\u0489')) return false;
        return true;
    }

    public static bool IsCyrillic(string word)
    {
        foreach (var c in word)
            if (c is >= '\u0400' and <= '\u04FF') return true;
        return false;
    }
}
