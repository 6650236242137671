using System.Globalization;
using System.Text;

namespace Bot.Knowledge.Text;

/// <summary>Folds case, ё→е and Latin diacritics so every script compares the same way on both sides of a search.</summary>
public static class TextNormalizer
{
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant().Replace('ё', 'е');
        if (lower.All(c => c < 0x80)) return lower;
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

    public static bool IsCyrillic(string word) => word.Any(c => c is >= '\u0400' and <= '\u04FF');
}
