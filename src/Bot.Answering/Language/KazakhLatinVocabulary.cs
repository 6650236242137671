using System.Collections.Concurrent;
using System.Text;
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

    // No start of a word longer than the longest listed key can be a listed word: a word of 100,000 letters is looked
    // up by its starts up to this length only, not by every one of its 100,000 starts (each a string as long).
    readonly int _longestKey;

    // A known start shorter than this is no stem: "qa…" would read half the language.
    const int MinStemKey = 3;

    KazakhLatinVocabulary(DomainLexicon lexicon)
    {
        foreach (var word in lexicon.WordsIn("kk").Where(TextNormalizer.IsCyrillic).Where(w => w.Length > 1 && w.All(char.IsLetter)).Order(StringComparer.Ordinal))
            _byKey.TryAdd(KazakhLatinLetters.KeyOfCyrillic(word), word);
        _longestKey = _byKey.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    public static KazakhLatinVocabulary Of(DomainLexicon lexicon) => Built.GetOrAdd(lexicon, l => new KazakhLatinVocabulary(l));

    /// <summary>How a lower-case Latin word reads in Cyrillic, and whether it is a listed word (Known) or one with Kazakh endings after a listed stem (Inflected).</summary>
    public readonly record struct Reading(string Cyrillic, bool Known, bool Inflected);

    public Reading Read(string lower)
    {
        var units = KazakhLatinLetters.Units(lower);
        var key = new StringBuilder();
        var ends = new int[units.Count + 1];
        for (var i = 0; i < units.Count; i++) ends[i + 1] = key.Append(units[i].Key).Length;
        var keys = key.ToString();
        for (var n = units.Count; n > 0; n--)
        {
            if (ends[n] > _longestKey || !_byKey.TryGetValue(keys[..ends[n]], out var stem)) continue;
            if (n == units.Count) return new Reading(stem, Known: true, Inflected: false);
            if (ends[n] < MinStemKey) break;
            var tail = KazakhLatinLetters.Spell(lower[units[n].Start..], KazakhLatinLetters.EndsFront(stem));
            var word = stem + tail;
            // The rest must be endings: the suffix rules take the word back to the stem (or into it).
            if (KazakhSuffixes.Strip(TextNormalizer.Fold(word)).Length <= stem.Length) return new Reading(word, Known: true, Inflected: true);
        }
        return new Reading(KazakhLatinLetters.Spell(lower), Known: false, Inflected: false);
    }
}
