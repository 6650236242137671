using System.Text;
using Bot.Knowledge.Extraction.Vocabulary;

namespace Bot.Knowledge.Text;

/// <summary>
/// Kazakh in the Latin alphabet of 2021 and its Cyrillic spelling (embedded kazakh-latin.json): which Latin words are
/// Kazakh, and each script's spelling of a word in the other, so "kölık" is searched as "көлік" and "шілде" read as "şılde".
/// </summary>
public static class KazakhLatin
{
    sealed record LatinFile(string Markers, Dictionary<string, string> MarkersUnlessBefore, List<string[]> ToCyrillic,
        string IAfterVowel, string LatinVowels, Dictionary<string, string> ToLatin, MixedListWords MixedLists, List<OlderAlphabet>? AlsoSpelt);

    sealed record MixedListWords(int MinLetters, int MinOpenStem);

    /// <summary>An earlier Latin alphabet texts still use (that of 2018, with acute letters): how it spells each Cyrillic letter.</summary>
    sealed record OlderAlphabet(string Name, string Markers, Dictionary<string, string> ToLatin);

    static readonly LatinFile File = VocabularyFile.LoadAsWritten<LatinFile>("kazakh-latin.json");
    static readonly (string Latin, string Cyrillic)[] Groups = [.. File.ToCyrillic.Select(g => (g[0], g[1]))];
    static readonly Dictionary<char, string> LatinOf = LetterMap(File.ToLatin);

    /// <summary>The 2021 alphabet's spelling of each letter first, then each earlier alphabet's.</summary>
    static readonly Dictionary<char, string>[] AllLatinOf = [LatinOf, .. (File.AlsoSpelt ?? []).Select(a => LetterMap(a.ToLatin))];

    static Dictionary<char, string> LetterMap(Dictionary<string, string> map) => map.ToDictionary(p => p.Key.Single(), p => p.Value);

    /// <summary>A word in lower case, the capital dotted İ as i ("İs-şara" → "is-şara"; invariant lowering keeps it).</summary>
    public static string Lower(string word) => word.ToLowerInvariant().Replace('\u0130', 'i');

    /// <summary>Whether a lower-case Latin word is written in the Kazakh Latin alphabet: it holds a letter only that alphabet writes.</summary>
    public static bool IsKazakhWord(string lower)
    {
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (File.Markers.Contains(c)) return true;
            if (File.MarkersUnlessBefore.TryGetValue(c.ToString(), out var unless) && (i + 1 == lower.Length || !unless.Contains(lower[i + 1]))) return true;
        }
        return false;
    }

    /// <summary>The letters of a text only a Kazakh Latin alphabet writes (that of 2021 or an earlier one), counted (a language guess weighs them).</summary>
    public static int MarkerCount(string text)
    {
        var n = 0;
        foreach (var c in text)
            if (AllMarkers.Contains(char.ToLowerInvariant(c))) n++;
        return n;
    }

    static readonly string AllMarkers = File.Markers + string.Concat((File.AlsoSpelt ?? []).Select(a => a.Markers));

    /// <summary>A lower-case Kazakh Latin word in Cyrillic: "şıldede" → "шілдеде", "kompaniiasy" → "компаниясы".</summary>
    public static string ToCyrillic(string lower)
    {
        var sb = new StringBuilder(lower.Length);
        var i = 0;
        while (i < lower.Length)
        {
            var c = lower[i];
            // "i" after a vowel is "й", unless it opens a group of its own ("iia" → "ия").
            if (c == 'i' && i > 0 && File.LatinVowels.Contains(lower[i - 1]) && !StartsGroup(lower, i))
            {
                sb.Append(File.IAfterVowel);
                i++;
                continue;
            }
            var matched = false;
            foreach (var (latin, cyrillic) in Groups)
                if (string.CompareOrdinal(lower, i, latin, 0, latin.Length) == 0)
                {
                    sb.Append(cyrillic);
                    i += latin.Length;
                    matched = true;
                    break;
                }
            if (matched) continue;
            // The dot a capital İ leaves on its lower case is no letter of its own.
            if (c != '\u0307') sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    static bool StartsGroup(string lower, int i) => Groups.Any(g => g.Latin.Length > 1 && string.CompareOrdinal(lower, i, g.Latin, 0, g.Latin.Length) == 0);

    /// <summary>A lower-case Cyrillic word in the Kazakh Latin alphabet: "шілдеде" → "şıldede"; a letter it lacks stays as it is.</summary>
    public static string ToLatin(string lower) => ToLatin(lower, LatinOf);

    /// <summary>
    /// A lower-case Cyrillic word in the Latin alphabet of 2021 and then in each earlier one texts still use where it is
    /// spelt otherwise ("қараша" → "qaraşa", "qarasha"); the word itself is not among them.
    /// </summary>
    public static IEnumerable<string> ToLatinForms(string lower)
    {
        string? first = null;
        foreach (var map in AllLatinOf)
        {
            var latin = ToLatin(lower, map);
            if (latin == lower || latin == first) continue;
            first ??= latin;
            yield return latin;
        }
    }

    static string ToLatin(string lower, Dictionary<char, string> latinOf)
    {
        var sb = new StringBuilder(lower.Length + 2);
        foreach (var c in lower)
            if (latinOf.TryGetValue(c, out var s)) sb.Append(s);
            else sb.Append(c);
        return sb.ToString();
    }

    /// <summary>
    /// A Cyrillic phrase of a vocabulary file spelt in the Kazakh Latin alphabet, each letter keeping its case and the
    /// phrase syntax as it is: "Қазақстанның" → "Qazaqstannyñ", "қол қой*" → "qol qoi*"; a letter the alphabet lacks stays.
    /// </summary>
    public static string Spell(string phrase) => Spell(phrase, LatinOf);

    /// <summary>
    /// A phrase spelt as <see cref="Spell(string)"/> spells it, then in each earlier Latin alphabet texts still use where
    /// that spells it otherwise ("қол қой*" → "qol qoi*", "qol qoı*").
    /// </summary>
    public static IEnumerable<string> Spellings(string phrase)
    {
        var seen = new List<string>(AllLatinOf.Length);
        foreach (var map in AllLatinOf)
        {
            var spelt = Spell(phrase, map);
            if (seen.Contains(spelt, StringComparer.Ordinal)) continue;
            seen.Add(spelt);
            yield return spelt;
        }
    }

    /// <summary>How many Latin alphabets a word is spelt in: that of 2021 (number 0) and the earlier ones texts still use.</summary>
    public static int Alphabets => AllLatinOf.Length;

    /// <summary>A phrase spelt in Latin alphabet number <paramref name="alphabet"/> (0: that of 2021).</summary>
    public static string Spell(string phrase, int alphabet) => Spell(phrase, AllLatinOf[alphabet]);

    static string Spell(string phrase, Dictionary<char, string> latinOf)
    {
        var sb = new StringBuilder(phrase.Length + 2);
        foreach (var c in phrase)
        {
            var lower = char.ToLowerInvariant(c);
            if (!latinOf.TryGetValue(lower, out var s)) sb.Append(c);
            else if (lower == c || s.Length == 0) sb.Append(s);
            else sb.Append(char.ToUpperInvariant(s[0])).Append(s, 1, s.Length - 1);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Whether a phrase of a list that mixes languages may be Kazakh, so its Latin spelling is worth matching: it holds
    /// a letter only Kazakh writes, or each of its words is long enough (kazakh-latin.json, mixedLists) that its Latin
    /// spelling is no short English word ("до" → "do", "он" → "on") and its open stem no English word's start ("рост*").
    /// Kazakh writes the loanwords of Russian as Russian does ("экспорт*", "доллар*"), so those are spelt too.
    /// </summary>
    public static bool MayBeKazakhPhrase(string phrase)
    {
        if (phrase.Any(c => Alphabet.IsKazakhLetter(char.ToLowerInvariant(c)))) return true;
        if (!TextNormalizer.IsCyrillic(phrase)) return false;
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var open = word.EndsWith('*');
            var letters = Spell(open ? word[..^1] : word).Count(char.IsLetter);
            if (letters < (open ? File.MixedLists.MinOpenStem : File.MixedLists.MinLetters)) return false;
        }
        return true;
    }

    /// <summary>Kazakh words of a vocabulary file and their spellings in the Kazakh Latin alphabet ("астам", "astam").</summary>
    public static IEnumerable<string> WithLatin(IEnumerable<string> kazakh)
    {
        foreach (var word in kazakh)
        {
            yield return word;
            foreach (var latin in ToLatinForms(word.ToLowerInvariant()))
                if (latin != word) yield return latin;
        }
    }

    /// <summary>
    /// The key of a Kazakh Latin word's Cyrillic spelling, as the search index holds it ("kölıgı" → "көлік"), else null.
    /// Read from the word as written: folding drops the marks that say it is Kazakh ("şıldede" → "sıldede").
    /// </summary>
    public static string? CyrillicKey(string word)
    {
        if (!MayBeKazakh(word)) return null;
        var lower = Lower(word);
        // A word with a letter only the alphabet of 2018 writes ("memorandýmǵa", "Májilisi") is read in that alphabet.
        foreach (var older in Older)
            if (lower.AsSpan().IndexOfAny(older.Markers) >= 0) return Stemmer.StemKazakh(TextNormalizer.Fold(older.ToCyrillic(lower)));
        return IsKazakhWord(lower) ? Stemmer.StemKazakh(TextNormalizer.Fold(ToCyrillic(lower))) : null;
    }

    /// <summary>An earlier alphabet read back into Cyrillic: its letter groups, longest first, each to the first Cyrillic letter it spells.</summary>
    sealed class OlderReading(OlderAlphabet alphabet)
    {
        public string Markers { get; } = alphabet.Markers;

        readonly (string Latin, string Cyrillic, bool OrIAfterVowel)[] _groups = [.. alphabet.ToLatin.Where(p => p.Value.Length > 0)
            .GroupBy(p => p.Value, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Key, g.Count() > 1 && g.Any(p => p.Key == File.IAfterVowel)))
            .OrderByDescending(g => g.Item1.Length)];

        // The vowels in this alphabet: how it spells the letters the alphabet of 2021 writes as its vowels.
        readonly string _vowels = string.Concat(alphabet.ToLatin
            .Where(p => p.Value.Length == 1 && LatinOf.TryGetValue(p.Key.Single(), out var l) && l.Length == 1 && File.LatinVowels.Contains(l[0]))
            .Select(p => p.Value));

        /// <summary>"memorandýmǵa" → "меморандумға", "qoıyldy" → "қойылды": a letter that is both и and й is й after a vowel.</summary>
        public string ToCyrillic(string lower)
        {
            var sb = new StringBuilder(lower.Length);
            var i = 0;
            while (i < lower.Length)
            {
                var (latin, cyrillic, orIAfterVowel) = _groups.FirstOrDefault(g => string.CompareOrdinal(lower, i, g.Latin, 0, g.Latin.Length) == 0);
                if (latin is null) { sb.Append(lower[i++]); continue; }
                sb.Append(orIAfterVowel && i > 0 && _vowels.Contains(lower[i - 1]) ? File.IAfterVowel : cyrillic);
                i += latin.Length;
            }
            return sb.ToString();
        }
    }

    static readonly OlderReading[] Older = [.. (File.AlsoSpelt ?? []).Select(a => new OlderReading(a))];

    // Most words are plain ASCII without a "q", or Cyrillic: only a word with a Latin letter beyond ASCII or a "q" is looked at twice.
    static bool MayBeKazakh(string word)
    {
        foreach (var c in word)
            if (c is 'q' or 'Q' or >= '\u00C0' and <= '\u024F') return true;
        return false;
    }
}
