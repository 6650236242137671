using System.Runtime.CompilerServices;
using System.Text;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Language;

/// <summary>
/// A Kazakh question typed in Latin letters — in an alphabet of its own ("Astanada qaı qalanyń qurmetine kóshe
/// atalady?") or in plain ones, as chats write it ("Qazaqstanda neshe bolgar madeni ortalygy jumys isteidi?") — read in
/// Cyrillic, so the lexicon's concepts, the cues and the search meet the words the user meant, whatever language the
/// documents stating the fact are in. A word the lexicon lists in Kazakh is that word, read letter for letter the same
/// way (kazakh-ascii.json: "madeni" is "мәдени", "ortalygy" "орталығы"), or a word beginning with it ("saparynda" →
/// "сапар"); a word in a Kazakh alphabet is spelt back in it ("qurmetine" → "құрметіне"), a name too, so the entity
/// index strips its Kazakh ending ("Bolgariyada" → "Болгарияда"); any other plain word stays as written.
/// </summary>
public static class KazakhLatinQuestion
{
    sealed record AsciiFile(Dictionary<string, string> Letters, Dictionary<string, string> Groups, int MinStem, Dictionary<string, string> NameGroups);

    static readonly AsciiFile File = EmbeddedJson.Load<AsciiFile>("kazakh-ascii.json");
    static readonly Dictionary<char, string> Letters = File.Letters.ToDictionary(p => p.Key.Single(), p => p.Value);

    // Per lexicon: the Kazakh words it lists by their plain-letter reading; a reading two words share stays with the first.
    static readonly ConditionalWeakTable<DomainLexicon, IReadOnlyDictionary<string, string>> Known = new();

    /// <summary>
    /// Whether the question is Kazakh in Latin letters: more Latin letters than Cyrillic, a letter only Kazakh writes
    /// ("ń", or "q" not before "u"), and at least half its words so marked or listed by the lexicon in Kazakh ("Iraq" or
    /// "Qatar" in an English question is one word of many).
    /// </summary>
    public static bool Is(string question, DomainLexicon lexicon)
    {
        int latin = 0, cyrillic = 0;
        foreach (var c in question)
            if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (char.IsLetter(c) && c < '\u0250') latin++;
        if (latin <= cyrillic) return false;
        var words = Tokenizer.Words(question).Where(w => char.IsLetter(w[0])).Select(w => KazakhLatin.Lower(w.Normalize(NormalizationForm.FormC))).ToList();
        if (words.Count == 0 || !words.Any(Marked)) return false;
        var english = lexicon.WordsIn("en");
        var known = KnownWords(lexicon);
        var kazakh = words.Count(w => Marked(w) || !english.Contains(w) && Listed(Plain(w), known) is not null);
        return kazakh * 2 >= words.Count;
    }

    static bool Marked(string lower) => KazakhLatin.IsKazakhWord(lower) || KazakhLatin.MarkerCount(lower) > 0;

    /// <summary>The question with its Kazakh Latin words in Cyrillic (call when <see cref="Is"/>).</summary>
    public static string InCyrillic(string question, DomainLexicon lexicon)
    {
        var known = KnownWords(lexicon);
        var reader = KazakhLatin.CyrillicReader(question.Normalize(NormalizationForm.FormC));
        var sb = new StringBuilder(question.Length);
        var position = 0;
        var copied = 0;
        while (Tokenizer.Next(question, ref position, out var start, out var length))
        {
            sb.Append(question, copied, start - copied);
            var word = question.Substring(start, length);
            sb.Append(Spelt(word, known, reader));
            copied = start + length;
        }
        sb.Append(question, copied, question.Length - copied);
        return sb.ToString();
    }

    static string Spelt(string word, IReadOnlyDictionary<string, string> known, Func<string, string>? reader)
    {
        if (!char.IsLetter(word[0]) || word.Any(c => c is >= '\u0400' and <= '\u04FF')) return word;
        var lower = KazakhLatin.Lower(word.Normalize(NormalizationForm.FormC));
        var plain = Plain(lower);
        if (known.TryGetValue(plain, out var listed)) return char.IsUpper(word[0]) ? Capitalised(listed) : listed;
        // A name with its Kazakh ending ("Bolgariyada", "Qazaqstanda") is found by its Cyrillic spelling, whose ending the
        // entity index knows to strip.
        if (char.IsUpper(word[0])) return Capitalised((reader ?? PlainName)(lower));
        if (reader is not null) return reader(lower);
        // "qazaq": a plain word with a letter only Kazakh writes is spelt as the alphabet of 2021 would have it.
        return Listed(plain, known) ?? (Marked(lower) ? KazakhLatin.ToCyrillic(lower) : word);
    }

    /// <summary>A name typed in plain letters in Cyrillic: its letter groups first ("ya" → "я"), then the alphabet of 2021's letters.</summary>
    static string PlainName(string lower)
    {
        foreach (var (group, cyrillic) in File.NameGroups) lower = lower.Replace(group, cyrillic, StringComparison.Ordinal);
        return KazakhLatin.ToCyrillic(lower);
    }

    static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>The listed word the plain reading is, or begins with (at least <c>minStem</c> letters), longest first; else null.</summary>
    static string? Listed(string plain, IReadOnlyDictionary<string, string> known)
    {
        if (known.TryGetValue(plain, out var exact)) return exact;
        for (var n = plain.Length - 1; n >= File.MinStem; n--)
            if (known.TryGetValue(plain[..n], out var stem)) return stem;
        return null;
    }

    /// <summary>A lower-case Latin word read in plain letters (kazakh-ascii.json): "qalanyń" → "kalanin", "zhyly" → "jili".</summary>
    static string Plain(string lower)
    {
        var sb = new StringBuilder(lower.Length + 2);
        var i = 0;
        while (i < lower.Length)
        {
            var group = File.Groups.FirstOrDefault(g => string.CompareOrdinal(lower, i, g.Key, 0, g.Key.Length) == 0);
            if (group.Key is not null) { sb.Append(group.Value); i += group.Key.Length; continue; }
            var c = lower[i++];
            if (c == '\u0307') continue;
            if (Letters.TryGetValue(c, out var plain)) sb.Append(plain);
            else sb.Append(c);
        }
        return sb.ToString();
    }

    static IReadOnlyDictionary<string, string> KnownWords(DomainLexicon lexicon) => Known.GetValue(lexicon, l =>
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in l.WordsIn("kk").Where(TextNormalizer.IsCyrillic).Where(w => w.All(char.IsLetter)))
            known.TryAdd(Plain(KazakhLatin.ToLatin(word)), word);
        return known;
    });
}
