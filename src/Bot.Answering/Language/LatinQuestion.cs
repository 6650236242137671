using System.Collections.Concurrent;
using System.Text;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Language;

/// <summary>
/// A Russian, Bulgarian or Kazakh question typed in Latin letters ("Vo skolko raz vyros eksport … v 2024 godu?") read in its
/// own alphabet, so the lexicon, the cues and the search see the words the user meant: a word whose Latin spelling is
/// that of a word the lexicon lists in the language is that word ("skolko" → "сколько", "eksport" → "экспорт"); any
/// other is spelt back letter by letter ("kazakhstanskoy" → "казахстанской").
/// </summary>
public static class LatinQuestion
{
    static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> Spellings = new(StringComparer.Ordinal);

    /// <summary>The question in Cyrillic when it is Russian or Bulgarian in Latin letters; else the question as it is.</summary>
    public static string InOwnScript(string question, DomainLexicon lexicon)
    {
        int latin = 0, cyrillic = 0;
        foreach (var c in question)
            if (char.IsAsciiLetter(c)) latin++;
            else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
        if (latin <= cyrillic || LanguageOf(question, lexicon) is not { } lang) return question;
        if (lang == "kk") return KazakhLatinQuestion.ToCyrillic(question, lexicon);
        var known = Known(lang, lexicon);
        var sb = new StringBuilder(question.Length);
        var position = 0;
        var copied = 0;
        while (Tokenizer.Next(question, ref position, out var start, out var length))
        {
            sb.Append(question, copied, start - copied);
            var word = question.Substring(start, length);
            var lower = word.ToLowerInvariant();
            var cyr = !lower.All(char.IsAsciiLetter) ? word
                : known.TryGetValue(lower, out var w) ? w : NameSpelling.ToCyrillic(lower);
            sb.Append(char.IsUpper(word[0]) && cyr.Length > 0 ? char.ToUpperInvariant(cyr[0]) + cyr[1..] : cyr);
            copied = start + length;
        }
        sb.Append(question, copied, question.Length - copied);
        return sb.ToString();
    }

    /// <summary>
    /// Russian or Bulgarian in Latin letters: by its function words ("v", "skolko", "godu"), or — a question of a word or
    /// two ("tovarooborot 2024") — when every word is the Latin spelling of a word the lexicon lists in that language and
    /// none is an English word it lists; else Kazakh in Latin letters (<see cref="KazakhLatinQuestion"/>); else null.
    /// </summary>
    public static string? LanguageOf(string question, DomainLexicon lexicon)
    {
        if (LanguageGuess.TransliteratedLanguage(question) is { } lang) return lang;
        if (AllWordsKnown(question, lexicon) is { } known) return known;
        // "Qazaqstanda neshe bolgar madeni ortalygy…": Kazakh in any of its Latin spellings, told by its own words.
        return LanguageGuess.Of(question) == "kk" || KazakhLatinQuestion.IsKazakh(question, lexicon) ? "kk" : null;
    }

    static string? AllWordsKnown(string question, DomainLexicon lexicon)
    {
        var words = Tokenizer.Words(question).Where(w => !char.IsDigit(w[0])).Select(w => w.ToLowerInvariant()).ToList();
        if (words.Count == 0 || !words.All(w => w.All(char.IsAsciiLetter))) return null;
        var english = lexicon.WordsIn("en");
        if (words.Any(english.Contains)) return null;
        return Transliterated.FirstOrDefault(l => words.All(Known(l, lexicon).ContainsKey));
    }

    // The languages a question may be typed in Latin letters in, besides English and Kazakh's own Latin alphabet.
    static readonly string[] Transliterated = ["ru", "bg"];

    static IReadOnlyDictionary<string, string> Known(string lang, DomainLexicon lexicon) =>
        // Counts in words too: "za desyat mesyatsev" is "за десять месяцев", not a soft sign short of a number.
        Spellings.GetOrAdd(lang, l => KnownSpellings(lexicon.WordsIn(l).Concat(Bot.Knowledge.Extraction.CalendarWords.NumberWords)));

    /// <summary>Each listed word by its Latin spelling; a spelling two words share stays with the first.</summary>
    static Dictionary<string, string> KnownSpellings(IEnumerable<string> words)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words.Where(TextNormalizer.IsCyrillic).Where(w => w.All(char.IsLetter)))
            known.TryAdd(Transliterator.ToLatin(word), word);
        return known;
    }
}
