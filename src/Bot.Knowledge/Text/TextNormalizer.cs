using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Bot.Knowledge.Text;

/// <summary>Folds case, the letters alphabet.json folds (ё→е) and Latin diacritics so every script compares the same way on both sides of a search.</summary>
public static class TextNormalizer
{
    // A word is folded again by every rule that reads it (a question's words by each condition, a sentence's by each
    // check), and lower-casing a Cyrillic word goes through ICU: a folded word is remembered, up to a bound, so a growing
    // corpus stops being remembered rather than filling memory.
    const int MaxRemembered = 20_000, MaxRememberedChars = 40;
    static readonly ConcurrentDictionary<string, string> Folded = new(StringComparer.Ordinal);
    static int _remembered;

    // A longer text folded again is most often the question itself, which each rule that reads it folds: the last few
    // folded on this thread are kept (a few strings a thread, so nothing grows).
    const int RecentTexts = 4;
    [ThreadStatic] static (string Text, string Folded)[]? _recent;
    [ThreadStatic] static int _next;

    public static string Fold(string word)
    {
        if (word.Length > MaxRememberedChars) return FoldText(word);
        if (Folded.TryGetValue(word, out var known)) return known;
        var folded = FoldNow(word);
        // Counted apart: ConcurrentDictionary.Count takes every lock of the table, and once the bound is reached (a
        // large ingestion fills it) every word not remembered asked it again — the figure answers' median rose by half.
        if (Volatile.Read(ref _remembered) < MaxRemembered && Folded.TryAdd(word, folded)) Interlocked.Increment(ref _remembered);
        return folded;
    }

    static string FoldText(string text)
    {
        var recent = _recent ??= new (string, string)[RecentTexts];
        foreach (var (seen, folded) in recent)
            if (string.Equals(seen, text, StringComparison.Ordinal)) return folded;
        var result = FoldNow(text);
        recent[_next] = (text, result);
        _next = (_next + 1) % RecentTexts;
        return result;
    }

    static string FoldNow(string word)
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
