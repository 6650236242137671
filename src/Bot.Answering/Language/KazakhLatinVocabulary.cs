using System.Collections.Concurrent;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Language;

/// <summary>
/// The bot's Kazakh words by their loose Latin key (<see cref="KazakhLatinLetters"/>), so a Latin word is read as the
/// word it spells however the user spelt it: "qalanyń", "qalanyng" → "қаланың" (the listed "қала" and an ending "-ның").
/// </summary>
public sealed class KazakhLatinVocabulary
{
    static readonly ConcurrentDictionary<DomainLexicon, KazakhLatinVocabulary> Built = new();

    readonly Dictionary<string, string> _byKey = new(StringComparer.Ordinal);

    // A known start shorter than this is no stem: "qa…" would read half the language.
    const int MinStemKey = 3;

    KazakhLatinVocabulary(DomainLexicon lexicon)
    {
        foreach (var word in lexicon.WordsIn("kk").Where(TextNormalizer.IsCyrillic).Where(w => w.Length > 1 && w.All(char.IsLetter)).Order(StringComparer.Ordinal))
            _byKey.TryAdd(KazakhLatinLetters.KeyOfCyrillic(word), word);
    }

    public static KazakhLatinVocabulary Of(DomainLexicon lexicon) => Built.GetOrAdd(lexicon, l => new KazakhLatinVocabulary(l));

    /// <summary>How a lower-case Latin word reads in Cyrillic, and whether it is a listed word (Known) or one with Kazakh endings after a listed stem (Inflected).</summary>
    public readonly record struct Reading(string Cyrillic, bool Known, bool Inflected);

    public Reading Read(string lower)
    {
        var units = KazakhLatinLetters.Units(lower);
        var keys = new string[units.Count + 1];
        keys[0] = "";
        for (var i = 0; i < units.Count; i++) keys[i + 1] = keys[i] + units[i].Key;
        for (var n = units.Count; n > 0; n--)
        {
            if (!_byKey.TryGetValue(keys[n], out var stem)) continue;
            if (n == units.Count) return new Reading(stem, Known: true, Inflected: false);
            if (keys[n].Length < MinStemKey) break;
            var tail = KazakhLatinLetters.Spell(lower[units[n].Start..], KazakhLatinLetters.EndsFront(stem));
            var word = stem + tail;
            // The rest must be endings: the suffix rules take the word back to the stem (or into it).
            if (KazakhSuffixes.Strip(TextNormalizer.Fold(word)).Length <= stem.Length) return new Reading(word, Known: true, Inflected: true);
        }
        return new Reading(KazakhLatinLetters.Spell(lower), Known: false, Inflected: false);
    }
}
