using Bot.Knowledge.Extraction.Vocabulary;
using System.Globalization;
using System.Text;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>
/// Spellings of one name across scripts: a skeleton that Tokayev, Tokaev, Токаев and Тоқаев share, and the usual
/// Latin and Cyrillic spellings of a name written in the other script (transliteration both ways).
/// </summary>
public static class NameSpelling
{
    static readonly IReadOnlyList<(string From, string To)> SkeletonRules = Alphabet.Skeleton;

    const int CacheLimit = 100_000;
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Skeletons = new(StringComparer.Ordinal);
    static int _cached;

    /// <summary>A spelling-blind key: Latin letters, digraphs reduced, y as i, no i between vowels, no double letters.</summary>
    public static string Skeleton(string name)
    {
        if (Skeletons.TryGetValue(name, out var known)) return known;
        var skeleton = MakeSkeleton(name);
        // Counted here: a ConcurrentDictionary's own Count takes every one of its locks, at every new name.
        if (Volatile.Read(ref _cached) < CacheLimit && Skeletons.TryAdd(name, skeleton)) Interlocked.Increment(ref _cached);
        return skeleton;
    }

    static string MakeSkeleton(string name)
    {
        var folded = TokenList.Fold(name);
        var latin = TextNormalizer.IsCyrillic(folded) ? Transliterator.ToLatin(folded) : folded;
        var letters = new string(latin.Where(char.IsAsciiLetterLower).ToArray());
        foreach (var (from, to) in SkeletonRules) letters = letters.Replace(from, to, StringComparison.Ordinal);
        var sb = new StringBuilder(letters.Length);
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            if (sb.Length > 0 && sb[^1] == c) continue;
            // "Tokayev" / "Токаев": an i between two vowels is a glide the other script does not write.
            if (c == 'i' && sb.Length > 0 && IsVowel(sb[^1]) && i + 1 < letters.Length && IsVowel(letters[i + 1]) && letters[i + 1] != 'i') continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    static bool IsVowel(char c) => Alphabet.IsLatinVowel(c);

    /// <summary>The name as the other script usually spells it, plus the common Latin variants of a Cyrillic name.</summary>
    public static IEnumerable<string> Variants(string name)
    {
        if (TextNormalizer.IsCyrillic(name))
        {
            var plain = Title(Transliterator.ToLatin(TokenList.Fold(name)));
            yield return plain;
            // Russian е after a vowel sounds "ye" (Токаев → Tokayev); х is also written h, дж also dj.
            var ye = Title(LatinWithYe(TokenList.Fold(name)));
            if (ye != plain) yield return ye;
            foreach (var (from, to) in Alphabet.LatinVariants)
                if (plain.Contains(from, StringComparison.OrdinalIgnoreCase)) yield return Title(TokenList.Fold(plain).Replace(from, to, StringComparison.Ordinal));
        }
        else yield return Title(ToCyrillic(TokenList.Fold(name)));
    }

    /// <summary>
    /// A Latin name's usual Cyrillic spellings, its Latin variants read back too: "Iotova" as "Иотова" and "Йотова" (from
    /// "Yotova"), "Hristov" as "Хрістов"… — so a question naming someone the store has not learned meets a Cyrillic text.
    /// </summary>
    public static IEnumerable<string> CyrillicSpellings(string latin)
    {
        var folded = TokenList.Fold(latin);
        var forms = new HashSet<string>(StringComparer.Ordinal) { folded };
        foreach (var (from, to) in Alphabet.LatinVariants)
            if (folded.Contains(to, StringComparison.Ordinal)) forms.Add(folded.Replace(to, from, StringComparison.Ordinal));
        // "Yotova" is "Йотова" as often as "Ётова": a y before a vowel at the start is also й and the vowel itself.
        return forms.Select(f => Title(ToCyrillic(f)))
            .Concat(forms.Where(f => f.Length > 2 && f[0] == 'y' && IsVowel(f[1])).Select(f => Title(Alphabet.LatinYAfterVowel + ToCyrillic(f[1..]))))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// A Cyrillic name as another language spells its vowels apart: Bulgarian "Илияна" is Russian "Илиана" (and back),
    /// so a question in one language meets a text in the other. Only ever added to the name's own spelling.
    /// </summary>
    public static IEnumerable<string> GlideSpellings(string name)
    {
        var folded = TokenList.Fold(name);
        if (!TextNormalizer.IsCyrillic(folded)) yield break;
        foreach (var (with, without) in Alphabet.CyrillicGlides)
        {
            if (folded.Contains(with, StringComparison.Ordinal)) yield return Title(folded.Replace(with, without, StringComparison.Ordinal));
            if (folded.Contains(without, StringComparison.Ordinal)) yield return Title(folded.Replace(without, with, StringComparison.Ordinal));
        }
    }

    static string LatinWithYe(string folded)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            var afterVowel = i > 0 && Alphabet.IsVowel(folded[i - 1]);
            if ((i == 0 || afterVowel) && Alphabet.ToLatinAfterVowel.TryGetValue(c, out var iotated)) sb.Append(iotated);
            else Transliterator.Append(sb, c);
        }
        return sb.ToString();
    }

    static readonly (string Latin, string Cyrillic)[] ToCyrillicRules = [.. Alphabet.FromLatin];

    /// <summary>A Latin name in Russian Cyrillic: "Tokayev" → "Токаев", "Kassym-Jomart" → "Касым-Джомарт".</summary>
    public static string ToCyrillic(string lower)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < lower.Length;)
        {
            var c = lower[i];
            // A doubled consonant is usually single in Russian spelling ("Massimov" → "Масимов").
            if (i > 0 && c == lower[i - 1] && char.IsAsciiLetter(c) && !IsVowel(c)) { i++; continue; }
            if (c == 'y')
            {
                var prevVowel = i > 0 && IsVowel(lower[i - 1]);
                var nextVowel = i + 1 < lower.Length && IsVowel(lower[i + 1]);
                if (!nextVowel) { sb.Append(prevVowel || i == 0 ? Alphabet.LatinYAfterVowel : Alphabet.LatinYAfterConsonant); i++; continue; }
            }
            // A loop, not a LINQ search with a closure: this runs for every letter of every name learned.
            (string Latin, string Cyrillic) rule = default;
            foreach (var r in ToCyrillicRules)
                if (string.CompareOrdinal(lower, i, r.Latin, 0, r.Latin.Length) == 0) { rule = r; break; }
            if (rule.Latin is null) { sb.Append(c); i++; continue; }
            // "ye" after a vowel is е; at the start of a word it is е as well.
            sb.Append(rule.Cyrillic);
            i += rule.Latin.Length;
        }
        return sb.ToString();
    }

    static string Title(string lower)
    {
        var chars = lower.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is ' ' or '-') chars[i] = Upper(chars[i]);
        return new string(chars);
    }

    // Latin and basic Cyrillic letters by code point arithmetic (the Unicode case pairs of U+0430–U+045F are 0x20 and 0x50
    // apart): culture-aware casing of Cyrillic is slow, and names are made often.
    static char Upper(char c) => c switch
    {
        >= 'a' and <= 'z' => (char)(c - 32),
        >= '\u0430' and <= '\u044F' => (char)(c - 0x20),
        >= '\u0450' and <= '\u045F' => (char)(c - 0x50),
        _ => char.ToUpper(c, CultureInfo.InvariantCulture),
    };
}
