using System.Collections.Concurrent;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Passages;

/// <summary>
/// The keys a word of a passage offers, remembered across questions: retrieved passages share most of their words, and
/// folding, stemming and transliterating a word costs far more than looking it up. Looked up by span, so reading a
/// passage allocates nothing for words already seen. Bounded, so an ever-growing corpus stops being remembered rather
/// than filling memory.
/// </summary>
public sealed class WordKeys
{
    const int MaxWords = 50_000;

    /// <summary>A word's keys: <paramref name="Indexed"/>, those the search index holds for it (<see cref="TermAnalyzer.WordKeys"/>);
    /// <paramref name="All"/>, every key it offers (<see cref="AliasKeys.ForText"/>), its Latin spelling's too if Cyrillic.</summary>
    public sealed record Entry(string[] Indexed, string[] All);

    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public WordKeys() => _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();

    public Entry Of(ReadOnlySpan<char> word)
    {
        if (_bySpan.TryGetValue(word, out var entry)) return entry;
        var w = word.ToString();
        string[] indexed = [.. TermAnalyzer.WordKeys(w)];
        // The index's keys are among those the word offers (a Kazakh Latin word's Cyrillic spelling: "kölık" is "көлік").
        var all = AliasKeys.ForText(w);
        all.UnionWith(indexed);
        // A name's case forms meet as the entity index meets them ("Китаем" for China, whose stem the Russian stemmer
        // keeps apart from "Китай"): a question's named place or person holds the sentence that names it in any case.
        if (char.IsUpper(w[0])) all.UnionWith(AliasKeys.ForSpans(w));
        entry = new Entry(indexed, [.. all]);
        if (_entries.Count < MaxWords) _entries.TryAdd(w, entry);
        return entry;
    }

    /// <summary>
    /// The units of <paramref name="masks"/> a text's words stand for: <see cref="UnitMasks.Held"/> of <see cref="OfText"/>,
    /// without a list of the words (the evidence reader asks it of every sentence, neighbour and paragraph it reads).
    /// </summary>
    public ulong Held(string text, UnitMasks masks)
    {
        ulong mask = 0;
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length)) mask |= masks.Of(Of(text.AsSpan(start, length)).All);
        return mask;
    }

    /// <summary>The entries of every word of a text, in order.</summary>
    public List<Entry> OfText(string text)
    {
        var entries = new List<Entry>();
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length)) entries.Add(Of(text.AsSpan(start, length)));
        return entries;
    }
}
