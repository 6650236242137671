using System.Text.RegularExpressions;
using Bot.Answering.Passages;
using Bot.Answering.Understanding;
using Bot.Knowledge.Text;

namespace Bot.Answering.Evidence;

/// <summary>
/// A name a text defines once and then shortens: "Научно-техническият съюз по транспорта (НТСТ) … Председателят на НТСТ
/// Ясен Ишев", "the Scientific and Technical Union of Transport (STUT) … The chairman of STUT, Yassen Ishev",
/// "Kazakhstan Agency for International Development (KazAID)". A question naming the body in full asks of the sentences
/// that write it short as much as of those that spell it out: the short form, where a text read for the question defines it
/// for words the question names, stands for each of those words.
/// </summary>
public static partial class Abbreviations
{
    // "(НТСТ)", "(STUT)", "(KazAID)": a word of two to ten letters, two or more of them capitals, in brackets.
    [GeneratedRegex(@"\((\p{Lu}[\p{L}]{1,9})\)")]
    private static partial Regex Bracketed();

    // A full name is a few words: farther back the sentence is about something else.
    const int PhraseWords = 10;

    // "по", "of", "and", "for", "на": short words in lower case a short form leaves out.
    const int SkippedWordChars = 3;

    /// <summary>Each short form the text defines, with the words it stands for.</summary>
    public static IEnumerable<(string Short, string Full)> Defined(string text)
    {
        foreach (Match m in Bracketed().Matches(text))
        {
            var abbreviation = m.Groups[1].Value;
            if (abbreviation.Count(char.IsUpper) < 2) continue;
            var words = new List<(int Start, int Length)>();
            var position = 0;
            while (Tokenizer.Next(text.AsSpan(0, m.Index), ref position, out var start, out var length)) words.Add((start, length));
            var from = Math.Max(0, words.Count - PhraseWords);
            for (var first = from; first < words.Count; first++)
            {
                var parts = words.Skip(first).Select(w => text.Substring(w.Start, w.Length)).ToList();
                if (!char.IsUpper(parts[0][0]) || !Spells(abbreviation.ToLowerInvariant(), 0, parts, 0)) continue;
                yield return (abbreviation, text[words[first].Start..(words[^1].Start + words[^1].Length)]);
                break;
            }
        }
    }

    /// <summary>The short form's letters from <paramref name="i"/> are the starts of the words from <paramref name="j"/>, each word giving one or more.</summary>
    static bool Spells(string letters, int i, List<string> parts, int j)
    {
        if (j == parts.Count) return i == letters.Length;
        var part = parts[j];
        if (i > 0 && part.Length <= SkippedWordChars && char.IsLower(part[0]) && Spells(letters, i, parts, j + 1)) return true;
        for (var k = 1; k <= part.Length && i + k <= letters.Length; k++)
        {
            if (char.ToLowerInvariant(part[k - 1]) != letters[i + k - 1]) break;
            if (Spells(letters, i + k, parts, j + 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// The question with each short form a text defines for its words standing for those words: the keys of "НТСТ" added to
    /// the units of "Научно-техническия", "съюз" and "транспорта". A full name counts only when the question names most of
    /// its words, two at least ("the Union of Transport" is no short form's "Green Transport Cluster"). Null when no text
    /// defines one.
    /// </summary>
    public static Question? Expand(Question q, IEnumerable<string> texts, WordKeys words)
    {
        var masks = new UnitMasks(q.Units);
        var named = new List<(string Short, ulong Held, double Share)>();
        foreach (var (abbreviation, full) in texts.Distinct().SelectMany(Defined).Distinct())
        {
            var entries = words.OfText(full);
            var held = Tokenizer.Words(full).Select((w, n) => (Word: w, Mask: masks.Of(entries[n].All)))
                .Where(x => x.Word.Length > SkippedWordChars || char.IsUpper(x.Word[0])).Select(x => x.Mask).ToList();
            var matched = held.Count(m => m != 0);
            if (matched >= 2 && 2 * matched >= held.Count) named.Add((abbreviation, held.Aggregate(0UL, (a, m) => a | m), (double)matched / held.Count));
        }
        // "The Chamber of Commerce and Industry of Kazakhstan" names the CCIK in full and the Bulgarian chamber (BCCI) in
        // part: the body the question names is the one whose full name it repeats the most of.
        var added = new Dictionary<int, HashSet<string>>();
        foreach (var (abbreviation, held, _) in named.Where(n => n.Share >= named.Max(m => m.Share)))
        {
            var keys = words.Of(abbreviation) is var entry ? entry.All.Concat(entry.Indexed).ToList() : [];
            foreach (var unit in UnitMasks.Units(held))
            {
                if (q.Units[unit].Keys.Overlaps(keys)) continue;
                (added.TryGetValue(unit, out var set) ? set : added[unit] = new HashSet<string>(StringComparer.Ordinal)).UnionWith(keys);
            }
        }
        if (added.Count == 0) return null;
        var units = q.Units.Select((u, i) => added.TryGetValue(i, out var more) ? u with { Keys = new HashSet<string>(u.Keys.Concat(more), StringComparer.Ordinal), Shortened = true } : u).ToList();
        QueryUnit? Mapped(QueryUnit? u) => u is null ? null : q.Units.ToList().IndexOf(u) is var i and >= 0 ? units[i] : u;
        return q with { Units = units, Head = Mapped(q.Head) };
    }
}
