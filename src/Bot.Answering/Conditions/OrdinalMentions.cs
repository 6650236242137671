using Bot.Answering.Lexicon;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// The ordinals a text states, each with where the noun it is said of begins: words ("third", "пятое", "петото",
/// "бесінші"), digits with a suffix ("5th", "5-ші", "5-е", "5-ото") and counts of an anniversary ("30-летие",
/// "30-годишнина", "30 жылдығы", whose noun is the anniversary itself). "The first four months" is a period, not an
/// ordinal, and a plain number is none.
/// </summary>
public static class OrdinalMentions
{
    /// <summary>One ordinal of a text.</summary>
    /// <param name="Value">Its number.</param>
    /// <param name="NounFrom">The index of the first word after it, where the noun it is said of stands (for an
    /// anniversary's count, the word for the anniversary).</param>
    public readonly record struct Mention(int Value, int NounFrom);

    /// <summary>The text's words, folded, and its ordinals.</summary>
    /// <param name="firstWords">Whether a word the lexicon gives for "first" ("впервые", "алғашқы") counts as the ordinal 1: in
    /// evidence it says which one was the first; in a question it mostly says "for the first time" of what is asked.</param>
    public static (List<string> Words, List<Mention> Ordinals) Read(string text, bool firstWords = true)
    {
        var words = new List<string>();
        var gaps = new List<string>();
        var position = 0;
        var end = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
        {
            gaps.Add(text[end..start]);
            words.Add(TextNormalizer.Fold(text.Substring(start, length)));
            end = start + length;
        }
        var found = new List<Mention>();
        var vocabulary = ConditionWords.Default;
        // Each distinct word is looked up once: a text may repeat one word thousands of times.
        var ordinals = new Dictionary<string, int?>(StringComparer.Ordinal);
        bool? kazakh = null;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.All(char.IsDigit))
            {
                if (i + 1 >= words.Count || word.Length > 3) continue;
                var hyphen = gaps[i + 1].Trim() is "-" or "‑" or "–";
                var next = words[i + 1];
                if (vocabulary.AnniversaryWords.Contains(next) && (hyphen || gaps[i + 1].Trim().Length == 0))
                    found.Add(new Mention(int.Parse(word, System.Globalization.CultureInfo.InvariantCulture), i + 1));
                else if (hyphen && vocabulary.OrdinalSuffixes.Contains(next))
                    found.Add(new Mention(int.Parse(word, System.Globalization.CultureInfo.InvariantCulture), i + 2));
                // "комиссияның 4-отырысы", "5-otyrysy": Kazakh joins an ordinal to its noun by the hyphen alone; a short
                // word after it is a case ending of the number ("20-дан астам", "3-ке"), not a noun.
                else if (hyphen && next.Length >= MinNounAfterHyphen && next.All(char.IsLetter) && (kazakh ??= LanguageGuess.Of(text) == Kazakh))
                    found.Add(new Mention(int.Parse(word, System.Globalization.CultureInfo.InvariantCulture), i + 1));
                continue;
            }
            // "төртіншісі" (the fourth one): a Kazakh ordinal with a possessive ending.
            if (!ordinals.TryGetValue(word, out var ordinal))
                ordinals[word] = ordinal = CalendarWords.Ordinal(word) ?? (TextNormalizer.IsCyrillic(word) ? CalendarWords.Ordinal(KazakhSuffixes.StripOnce(word)) : null);
            if (ordinal is not { } n)
            {
                // "The first Bulgarians" are the earliest ones: a text says so with any word the lexicon lists as "first"
                // ("алғашқы", "впервые"), not only with the ordinal numeral.
                if (firstWords && DomainLexicon.Default.ConceptsOfWord(word).Contains(First) && !BeforeACount(words, i)) found.Add(new Mention(1, i + 1));
                continue;
            }
            if (BeforeACount(words, i)) continue;
            found.Add(new Mention(n, i + 1));
        }
        return (words, found);
    }

    /// <summary>"The first four months", "first in March": the ordinal opens a period.</summary>
    static bool BeforeACount(List<string> words, int i) =>
        i + 1 < words.Count && (CalendarWords.SmallNumber(words[i + 1]) is not null || CalendarWords.Month(words[i + 1]) is not null);

    const string First = "first";

    const string Kazakh = "kk";

    const int MinNounAfterHyphen = 4;
}
