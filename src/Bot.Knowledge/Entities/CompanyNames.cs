using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Entities;

/// <summary>
/// Where a text writes a company's or an institution's name, by its shape rather than by a list of companies: capitalised
/// words up to a legal form or an institution's head noun ("Dorbai Wine LLP", "Linlav Trade Corporation"), the words after
/// a legal form written first ("ТОО Dorbai", "АО «Самрук»"), and CamelCase brands ("DorbaiWine", "TurkulFoods"). People's
/// names read inside such a span are no person's (<see cref="PersonMentions"/>); a question naming a company nobody
/// stored is about nothing the store holds (the answerer's agreement matcher).
/// </summary>
public static class CompanyNames
{
    // The words from a name to the legal form closing its company's ("Dorbai Wine Trading LLP": three).
    const int CompanyWords = 3;

    // "McDonald", "MacLeod", "DeSantis": a capital this early in a word is a name's own; later it joins two words of a brand.
    const int NamePrefix = 3;

    /// <summary>"DorbaiWine", "TurkulFoods": a capital after small letters well inside a word joins two words of a brand.</summary>
    public static bool IsCamelCase(ReadOnlySpan<char> word) => CamelJoin(word, 0) > 0;

    /// <summary>
    /// "Dorbai Wine LLP", "TurkulFoods Group", "Linlav Trade Corporation": capitalised words up to a legal form or an
    /// institution's head noun name that company or institution; so do the words after a legal form written first ("ТОО Dorbai").
    /// </summary>
    public static bool InCompanyName(TokenList tokens, int i)
    {
        if (i > 0 && IsLegalFormBefore(tokens, i - 1)) return true;
        for (var n = i + 1; n < tokens.Count && n <= i + CompanyWords; n++)
        {
            var folded = tokens[n].Folded;
            if (NameRules.EndsInstitutionFolded(folded)) return true;
            // "Turkulov and DorbaiWine LLP": a word of a company's name is capitalised; "and" ends the name before it.
            if (!char.IsUpper(tokens.Text[tokens[n].Start])) return false;
        }
        return false;
    }

    /// <summary>
    /// The proper words of each company name a text writes, in order and split at a brand's joins: the capitalised words
    /// right before a word closing a company's name ("Dorbai Wine LLP Worldwide" → [dorbai, wine, worldwide]; "DorbaiWine
    /// Group" → [dorbai, wine]; "Linlav Trade Corporation" → [linlav, trade]) or right after a legal form written first
    /// ("ТОО «Дорбай»" → [дорбай]). A brand alone ("KazMunayGas") is not read as one: texts write it as "KMG" or
    /// "КазМунайГаз" as often, and a name that cannot be found again must not refuse. An institution's head ("the Ministry of Transport", "the Bulgarian Chamber")
    /// closes no company here: the words before it ("Bulgarian") are shared by too many names to tell one apart. A
    /// text's first word is left out: it is capitalised as the sentence's start ("Did Dorbai Wine LLP sign…").
    /// </summary>
    public static List<IReadOnlyList<string>> ProperWords(string text)
    {
        var found = new List<IReadOnlyList<string>>();
        var tokens = TokenList.Of(text);
        var taken = -1;
        for (var n = 0; n < tokens.Count; n++)
        {
            var words = new List<string>();
            if (NameRules.ClosesCompanyFolded(tokens[n].Folded))
            {
                var from = n;
                while (from - 1 > Math.Max(taken, 0) && from > n - CompanyWords && IsProper(tokens, from - 1) && Adjacent(tokens, from - 1)) from--;
                for (var m = from; m < n; m++) Split(tokens.Text.AsSpan(tokens[m].Start, tokens[m].Length), words);
                // "Alty Mining AD Worldwide": capitalised words written on after the legal form are the name's too, unless a
                // country's ("Kaspi Chem Group Kazakhstan" is that company's branch there, not another company).
                if (words.Count > 0)
                    for (var to = n + 1; to < tokens.Count && to <= n + CompanyWords && IsProper(tokens, to) && Adjacent(tokens, to - 1)
                        && !NameRules.ClosesCompanyFolded(tokens[to].Folded) && !Gazetteer.IsCountryWordFolded(tokens[to].Folded); to++)
                    {
                        Split(tokens.Text.AsSpan(tokens[to].Start, tokens[to].Length), words);
                        n = to;
                    }
                if (words.Count == 0 && n - 1 != taken && (n == 0 || !IsCapitalised(tokens, n - 1)) && IsLegalFormBefore(tokens, n))
                {
                    var to = n + 1;
                    while (to < tokens.Count && to <= n + CompanyWords && IsProper(tokens, to) && Adjacent(tokens, to - 1)) to++;
                    for (var m = n + 1; m < to; m++) Split(tokens.Text.AsSpan(tokens[m].Start, tokens[m].Length), words);
                    n = to - 1;
                }
            }
            if (words.Count == 0) continue;
            found.Add(words);
            taken = n;
        }
        return found;
    }

    /// <summary>A capitalised word that is no company's or institution's head (those end a name; they are not its own words).</summary>
    static bool IsProper(TokenList tokens, int i) => IsCapitalised(tokens, i) && !NameRules.EndsInstitutionFolded(tokens[i].Folded);

    /// <summary>
    /// Whether <paramref name="name"/> (folded words from <see cref="ProperWords"/>) stands in <paramref name="text"/> word
    /// after word, in either script, in any case form: "Dorbai Wine" is in "Dorbai Wine LLP" and in "DorbaiWine", not in
    /// "Dorbai Logistics".
    /// </summary>
    public static bool Names(string text, IReadOnlyList<string> name) => name.Count > 0 && Names(NameWords.Of(text), name);

    /// <summary>
    /// <see cref="Names(string, IReadOnlyList{string})"/> for a text held against many questions, such as a stored agreement's
    /// title or party: its words and their keys are worked out once and kept (bounded), since every question naming a
    /// company nobody stored is held against every record.
    /// </summary>
    public static bool NamesStored(string text, IReadOnlyList<string> name) => name.Count > 0 && StoredNamer(name)(text);

    /// <summary>
    /// <see cref="NamesStored"/> for one name held against many stored texts (every agreement's title and parties): the
    /// name's keys and letters are worked out once, not once per text.
    /// </summary>
    public static Func<string, bool> StoredNamer(IReadOnlyList<string> name)
    {
        if (name.Count == 0) return static _ => false;
        var wanted = new Wanted(name.Select(Keys).ToList(), Latin(string.Concat(name)));
        return text => Names(StoredTexts.TryGet(text, out var known) ? known : StoredTexts.Add(text, NameWords.Of(text)), wanted);
    }

    /// <summary>A name as it is looked for: each word's keys, and its letters run together in Latin (<see cref="Joined"/>).</summary>
    sealed record Wanted(List<HashSet<string>> Keys, string Letters);

    static bool Names(NameWords text, IReadOnlyList<string> name) => Names(text, new Wanted(name.Select(Keys).ToList(), Latin(string.Concat(name))));

    static bool Names(NameWords text, Wanted name)
    {
        var wanted = name.Keys;
        var have = text.Keys;
        for (var s = 0; s + wanted.Count <= have.Count; s++)
        {
            var all = true;
            for (var w = 0; w < wanted.Count && all; w++) all = wanted[w].Overlaps(have[s + w]);
            if (all) return true;
        }
        return Joined(text.Words, name.Letters);
    }

    /// <summary>A text's words as a name is looked for in them: legal forms left out, brands split, each word's keys.</summary>
    sealed record NameWords(List<string> Words, List<HashSet<string>> Keys)
    {
        public static NameWords Of(string text)
        {
            var words = new List<string>();
            var tokens = TokenList.Of(text);
            // The legal form is not the name: "Alty Mining JSC Worldwide" and "Alty Mining AD Worldwide" are one company's.
            for (var i = 0; i < tokens.Count; i++)
                if (!NameRules.ClosesCompanyFolded(tokens[i].Folded)) Split(text.AsSpan(tokens[i].Start, tokens[i].Length), tokens[i].Folded, words);
            return new NameWords(words, words.Select(CompanyNames.Keys).ToList());
        }
    }

    const int MaxCachedTexts = 8_192;
    static readonly WordCache<NameWords> StoredTexts = new(MaxCachedTexts);

    // A case ending a text may add to a name written as one word ("КазМунайГаза").
    const int EndingSlack = 3;

    /// <summary>"Dorbai Wine" written as one word ("DORBAIWINE", "Dorbaiwine"), in either script: the letters of the name, run together.</summary>
    static bool Joined(List<string> words, string wanted)
    {
        for (var s = 0; s < words.Count; s++)
        {
            // The words from s, run together, must start with the name and pass its end by a case ending at most; compared
            // word by word in place, since every agreement's title and parties are held against the name per question.
            var matched = 0;
            for (var e = s; e < words.Count && matched < wanted.Length; e++)
            {
                var word = LatinWord(words[e]);
                var take = Math.Min(word.Length, wanted.Length - matched);
                if (!wanted.AsSpan(matched, take).SequenceEqual(word.AsSpan(0, take))) break;
                matched += word.Length;
                if (matched >= wanted.Length && matched - wanted.Length <= EndingSlack) return true;
            }
        }
        return false;
    }

    static string Latin(string folded) => TextNormalizer.IsCyrillic(folded) ? Transliterator.ToLatin(folded) : folded;

    // A question naming a company nobody stored holds it against every agreement's title and parties: the same few thousand
    // words each time, so a word's keys are worked out once (read-only sets, shared across threads), not per record.
    const int MaxCachedWords = 50_000;
    static readonly WordCache<HashSet<string>> WordKeys = new(MaxCachedWords);

    static readonly WordCache<string> LatinWords = new(MaxCachedWords);

    static string LatinWord(string folded) => LatinWords.TryGet(folded, out var latin) ? latin : LatinWords.Add(folded, Latin(folded));

    static HashSet<string> Keys(string folded) => WordKeys.TryGet(folded, out var keys) ? keys : WordKeys.Add(folded, AliasKeys.ForText(folded));

    /// <summary>
    /// <see cref="Split(ReadOnlySpan{char}, List{string})"/> for a word whose folded form the caller holds: a word that is no
    /// brand is that string, not a copy of it (a stored title's words are kept for as long as the title is: see
    /// <see cref="StoredTexts"/>, up to 8,192 titles and parties of ten words or so each).
    /// </summary>
    static void Split(ReadOnlySpan<char> word, string folded, List<string> into)
    {
        if (CamelJoin(word, 0) == 0) into.Add(folded);
        else Split(word, into);
    }

    /// <summary>A brand's words: "DorbaiWine" → dorbai, wine; any other word as it is, folded.</summary>
    static void Split(ReadOnlySpan<char> word, List<string> into)
    {
        var from = 0;
        while (CamelJoin(word, from) is var at and > 0)
        {
            into.Add(TokenList.Fold(word[from..at]));
            from = at;
        }
        if (from < word.Length) into.Add(TokenList.Fold(word[from..]));
    }

    /// <summary>Where the next brand join after <paramref name="from"/> is (the capital starting the next word), or 0.</summary>
    static int CamelJoin(ReadOnlySpan<char> word, int from)
    {
        for (var j = from + NamePrefix + 1; j < word.Length; j++)
            if (char.IsUpper(word[j]) && char.IsLower(word[j - 1])) return j;
        return 0;
    }

    /// <summary>Whether only spaces stand between word <paramref name="i"/> and the next: "Alpha, Beta LLP" is two names' words.</summary>
    static bool Adjacent(TokenList tokens, int i)
    {
        for (var c = tokens[i].End; c < tokens[i + 1].Start; c++)
            if (!char.IsWhiteSpace(tokens.Text[c]) && !IsQuote(tokens.Text[c])) return false;
        return true;
    }

    static bool IsQuote(char c) => c is '«' or '»' or '„' or '“' or '”' or '"';

    static bool IsCapitalised(TokenList tokens, int i) => char.IsUpper(tokens.Text[tokens[i].Start]);

    /// <summary>A legal form written before a name ("ТОО", "АО", "JSC") is written in capitals, as an abbreviation.</summary>
    static bool IsLegalFormBefore(TokenList tokens, int n)
    {
        var written = tokens.Text.AsSpan(tokens[n].Start, tokens[n].Length);
        foreach (var c in written)
            if (!char.IsUpper(c)) return false;
        return NameRules.IsLegalFormFolded(tokens[n].Folded);
    }
}
