using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>
/// Whether a person <see cref="EntityIndex.FindIn(string)"/> found in a text is written there as a person's name. FindIn
/// compares cut keys, not words where they stand, so "DorbaiWine LLP" and "Dorbai Wine LLP" both hold the key of the
/// surname "Dorbaiov", and "TurkulFoods Group" that of "Turkulov": a company read as a person narrowed a question to that
/// person's agreements and answered it. A key counts for a person only where a word carrying it stands in a name
/// position: not one word of a CamelCase brand, not inside a company's name (before a legal form or an institution's
/// head noun — "Dorbai Wine LLP", "Linlav Trade Corporation" — or after a legal form written before it, "ТОО Dorbai"),
/// not inside quotes (a brand), and not a word shorter than the name it would be a form of ("Dorbai" is no form of
/// "Dorbaiov"; a case form is never shorter than its name).
/// </summary>
public static class PersonMentions
{
    // Transliteration may spell a name a letter shorter ("Tokayev", "Токаев"), as EntityIndex allows where names stand.
    const int SpellingSlack = 1;

    /// <summary>
    /// The matches without the people no word of <paramref name="text"/> names as a person. The matches themselves when
    /// none is a person (most texts): then the text is not read again.
    /// </summary>
    public static IReadOnlyList<EntityMatch> Keep(string text, IReadOnlyList<EntityMatch> matches)
    {
        if (!matches.Any(m => m.Entity.Type == "person")) return matches;
        var tokens = TokenList.Of(text);
        var keys = new HashSet<string>[tokens.Count];
        for (var i = 0; i < tokens.Count; i++) keys[i] = AliasKeys.ForText(text.Substring(tokens[i].Start, tokens[i].Length));
        return [.. matches.Where(m => m.Entity.Type != "person" || Named(tokens, keys, m))];
    }

    /// <summary>
    /// Whether each key of the match is carried by a word in a name position. A key no word carries (a Kazakh or Latin-typed
    /// question finds names by keys of its own) says nothing against the match.
    /// </summary>
    static bool Named(TokenList tokens, HashSet<string>[] keys, EntityMatch m)
    {
        foreach (var key in m.Keys)
        {
            var carried = false;
            var named = false;
            for (var i = 0; i < tokens.Count && !named; i++)
            {
                if (!keys[i].Contains(key)) continue;
                carried = true;
                named = InNamePosition(tokens, i) && LongEnough(tokens[i].Folded, key, m.Alias);
            }
            if (carried && !named) return false;
        }
        return true;
    }

    static bool InNamePosition(TokenList tokens, int i) =>
        !CompanyNames.IsCamelCase(tokens.Text.AsSpan(tokens[i].Start, tokens[i].Length)) && !CompanyNames.InCompanyName(tokens, i) && !Quoted(tokens.Text, tokens[i].Start, tokens[i].End);

    /// <summary>Inside a pair of quotes («…», „…“, “…”, "…"): a brand or a title, not a person's name.</summary>
    static bool Quoted(string text, int start, int end)
    {
        var open = false;
        var closer = '\0';
        for (var c = 0; c < start; c++)
        {
            var ch = text[c];
            if (open && ch == closer) open = false;
            else if (!open && QuotationMarks.Closer(ch) is var close and not '\0') (open, closer) = (true, close);
        }
        return open && text.IndexOf(closer, end) >= 0;
    }

    /// <summary>
    /// Whether the word is long enough to be a form of the alias's word that gives <paramref name="key"/>: "Dorbai" shares
    /// the cut key of "Dorbaiov" but is no form of it. Words of two scripts are compared in Latin letters.
    /// </summary>
    static bool LongEnough(string folded, string key, string alias)
    {
        var word = TextNormalizer.IsCyrillic(folded) ? Transliterator.ToLatin(folded) : folded;
        foreach (var part in Tokenizer.Words(alias))
        {
            var aliasWord = TokenList.Fold(part);
            var latin = TextNormalizer.IsCyrillic(aliasWord) ? Transliterator.ToLatin(aliasWord) : aliasWord;
            if (Stemmer.Stem(aliasWord) != key && Stemmer.Stem(latin) != key) continue;
            if (word.Length + SpellingSlack < latin.Length) return false;
        }
        return true;
    }
}
