using Bot.Answering.Lexicon;

namespace Bot.Answering.Understanding;

/// <summary>
/// The kinds of answer a question asks for, in the order it asks them ("Where and when…" → place, date): question
/// phrases first, then "which &lt;noun&gt;", whose noun decides ("which prime minister" → person, "which city" → place).
/// </summary>
public sealed class AnswerTypeFinder(DomainLexicon lexicon, AnswerTypeCues cues)
{
    // How many words (not counting function words) after "which" its noun may stand: "which Kazakh prime minister",
    // "какие казахстанский и болгарский города", "what was the Kazakhstan–Bulgaria trade turnover".
    const int HeadWindow = 4;

    // How many content words after "how many" are read to tell a count from an amount of money.
    const int CountWindow = 3;

    // How many words in all (function words too) either window may look through: a question of thousands of
    // function words after thousands of "which" made each of them read to the end.
    const int ReadLimit = 16;

    /// <param name="words">The question's words, folded.</param>
    public IReadOnlyList<AnswerType> Find(IReadOnlyList<string> words) => FindWithHead(words).Types;

    /// <summary>The types, and the noun after "which" that decided one of them ("which prime minister" → "prime"), if any.</summary>
    public (IReadOnlyList<AnswerType> Types, string? Head) FindWithHead(IReadOnlyList<string> words)
    {
        var (types, head, _) = Analyze(words);
        return (types, head);
    }

    /// <summary>The types, the noun after "which", and the question words that only said what type to answer with ("какого числа").</summary>
    public (IReadOnlyList<AnswerType> Types, string? Head, IReadOnlySet<string> CueWords) Analyze(IReadOnlyList<string> words)
    {
        string? head = null;
        var found = new List<(int Position, AnswerType Type)>();
        var used = new bool[words.Count];
        foreach (var (phrase, type) in cues.Phrases)
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                if (!Matches(words, used, i, phrase)) continue;
                for (var j = i; j < i + phrase.Length; j++) used[j] = true;
                found.Add((i, type == AnswerType.Count ? CountOrAmount(words, i, phrase.Length) : type));
            }
        // "List the documents signed…", "Перечисли документы…", "… құжаттарды атаңыз": an imperative asks what "which
        // documents…" asks, its noun deciding the kind of answer; a question that already says what it asks keeps that.
        if (cues.ListImperative(words) is { } imperative && !Enumerable.Range(imperative.Start, imperative.Length).Any(j => used[j]))
        {
            for (var j = imperative.Start; j < imperative.Start + imperative.Length; j++) used[j] = true;
            if (found.Count == 0)
            {
                var (type, noun) = imperative.Start == 0 ? AfterWhich(words, imperative.Length - 1) : BeforeImperative(words, imperative.Start);
                found.Add((imperative.Start, type));
                head ??= noun;
            }
        }
        for (var i = 0; i < words.Count; i++)
            if (!used[i] && cues.WhichWords.Contains(words[i]))
            {
                var (type, noun) = AfterWhich(words, i);
                found.Add((i, type));
                head ??= noun;
            }
        // "Who chaired the Senate when Tsacheva came to Astana?": a "when" after the person asked for opens a clause saying
        // the time of the office, not a second question ("who signed it and when", "кто и когда" ask both).
        found.RemoveAll(f => f.Type == AnswerType.Date && OpensTimeClause(words, f.Position, found));
        var cueWords = words.Where((w, i) => used[i]).ToHashSet(StringComparer.Ordinal);
        return (found.OrderBy(f => f.Position).Select(f => f.Type).Distinct().ToList(), head, cueWords);
    }

    // "when Tsacheva came": a clause has words of its own after its "when".
    const int ClauseWords = 2;

    bool OpensTimeClause(IReadOnlyList<string> words, int at, List<(int Position, AnswerType Type)> found) =>
        at > 0 && at + ClauseWords < words.Count && !cues.ClauseJoiners.Contains(words[at - 1])
        && found.Any(f => f.Type == AnswerType.Person && f.Position < at);

    static bool Matches(IReadOnlyList<string> words, bool[] used, int at, string[] phrase)
    {
        for (var j = 0; j < phrase.Length; j++)
            if (used[at + j] || !string.Equals(words[at + j], phrase[j], StringComparison.Ordinal)) return false;
        return true;
    }

    (AnswerType Type, string? Head) AfterWhich(IReadOnlyList<string> words, int at)
    {
        // A typed noun anywhere in reach decides ("which trading company" is about a company); else money words make it an amount.
        var reach = NounPhrase(words, at);
        // "Какой документ подписали Софийский университет и …": a document named first is what is asked, not the university after it.
        if (reach.Count > 0 && Concepts(reach[0]).Any(cues.DocumentHeads.Contains)) return (AnswerType.List, reach[0]);
        for (var i = 0; i < reach.Count; i++)
        {
            // "Кой ръководеше българската страна": a side word after a country's adjective is the side a person is of,
            // not "which country" ("коя страна").
            if (i > 0 && cues.SideWords.Contains(reach[i]) && Bot.Knowledge.Entities.Gazetteer.IsCountryWordFolded(reach[i - 1])) continue;
            foreach (var concept in Concepts(reach[i]))
                if (cues.HeadTypes.TryGetValue(concept, out var type))
                {
                    // "Which public figures attended": a figure word after a word saying someone is known names people.
                    if (i > 0 && cues.KnownNouns.Contains(concept) && Concepts(reach[i - 1]).Contains(cues.KnownQualifier ?? "")) return (AnswerType.Person, null);
                    // "What was annual trade", "какой годовой товарооборот": a word of time before the money word says over
                    // what the amount is counted, not that a year is asked.
                    if (type is AnswerType.Year or AnswerType.Date && reach.Skip(i + 1).Any(w => Concepts(w).Any(cues.AmountContext.Contains))) return (AnswerType.Amount, null);
                    // "Кой държавен глава", "қай мемлекет басшысы": a post word right after the place word says the place
                    // only qualifies the post, and a person is asked; a which-phrase after a preposition ("в каком городе
                    // вице-президент …") asks where, the post being the clause's subject.
                    if (type == AnswerType.Place && (at == 0 || !lexicon.IsStopword(words[at - 1])) && i + 1 < reach.Count
                        && Concepts(reach[i + 1]).Any(cues.PersonHeads.Contains))
                        return (AnswerType.Person, reach[i + 1]);
                    return (type, reach[i]);
                }
        }
        if (reach.Any(w => Concepts(w).Any(cues.AmountContext.Contains))) return (AnswerType.Amount, null);
        // "2024 жылы тауар айналымы қандай болды?": Kazakh names what is asked before the which-word, and only a verb follows it.
        if (reach.Count <= 1 && reach.All(w => Concepts(w).Count == 0) && NounBefore(words, at) is { } before && AsWritten(before).Any(f => Concepts(f).Any(cues.AmountContext.Contains)))
            return (AnswerType.Amount, null);
        // "Which boxer took part", "қай боксшы қатысты": a noun naming someone by what they do asks for that person.
        if (reach.Count > 0 && QuestionConditions.Default.PersonRoles.Contains(reach[0])) return (AnswerType.Person, reach[0]);
        if (cues.WhichDefaultPerson.Contains(words[at]) && at + 1 < words.Count)
        {
            var next = words[at + 1];
            if (lexicon.IsStopword(next) || Concepts(next).Any(cues.WhichPersonVerbs.Contains)) return (AnswerType.Person, null);
        }
        return (AnswerType.List, null);
    }

    /// <summary>The content word nearest before the which-word, past a time said between them ("тауар айналымы 2023 жылы қандай").</summary>
    string? NounBefore(IReadOnlyList<string> words, int at)
    {
        for (var j = at - 1; j >= Math.Max(0, at - 4); j--)
        {
            var w = words[j];
            if (char.IsDigit(w[0]) || lexicon.IsStopword(w) || Bot.Knowledge.Extraction.CalendarWords.IsTimeWord(w)) continue;
            return w;
        }
        return null;
    }

    static string[] AsWritten(string word) => [word, Bot.Knowledge.Text.KazakhSuffixes.StripOnce(word), Bot.Knowledge.Text.KazakhSuffixes.Strip(word)];

    /// <summary>
    /// "Сапарға қатысқан министрлерді атаңыз": Kazakh puts the imperative last, after its object; the content word before it
    /// (its case ending off) decides the kind of answer as the noun after "which" does.
    /// </summary>
    (AnswerType Type, string? Head) BeforeImperative(IReadOnlyList<string> words, int at)
    {
        var noun = words.Take(at).Reverse().FirstOrDefault(w => !lexicon.IsStopword(w));
        if (noun is null) return (AnswerType.List, null);
        foreach (var form in new[] { noun, Bot.Knowledge.Text.KazakhSuffixes.StripOnce(noun), Bot.Knowledge.Text.KazakhSuffixes.Strip(noun) })
            foreach (var concept in Concepts(form))
                if (cues.HeadTypes.TryGetValue(concept, out var type)) return (type, noun);
        return (AnswerType.List, null);
    }

    /// <summary>
    /// The content words after the which-word, up to <see cref="HeadWindow"/>, within its noun phrase: a function word
    /// after the first of them ends it, unless it joins ("which Kazakh and Bulgarian cities"). "Какой был товарооборот за
    /// первые четыре месяца" asks for the turnover, not for the months after "за"; "which documents were signed during the
    /// president's visit" for documents, not for the president.
    /// </summary>
    List<string> NounPhrase(IReadOnlyList<string> words, int at)
    {
        var phrase = new List<string>();
        for (var i = at + 1; i < Math.Min(words.Count, at + 1 + ReadLimit) && phrase.Count < HeadWindow; i++)
        {
            if (!lexicon.IsStopword(words[i])) phrase.Add(words[i]);
            else if (phrase.Count > 0 && !cues.WhichJoiners.Contains(words[i])) break;
        }
        return phrase;
    }

    /// <summary>
    /// "Сколько документов" counts; "Сколько Болгария экспортировала", "экспорты қанша болды" ask for an amount; "how many
    /// percent", "экспортының қанша пайызын" (any case form of the word) ask for a share, whatever money word stands near.
    /// </summary>
    AnswerType CountOrAmount(IReadOnlyList<string> words, int at, int length)
    {
        var read = 0;
        var amount = false;
        for (var i = at + length; i < Math.Min(words.Count, at + length + ReadLimit) && read < CountWindow; i++)
        {
            if (lexicon.IsStopword(words[i])) continue;
            read++;
            if (IsPercentWord(words[i])) return read == 1 ? AnswerType.Percent : amount ? AnswerType.Amount : AnswerType.Percent;
            // "How many votes did the investment agreement bill receive": the thing counted comes first; the money word after it
            // only says of what it was counted.
            if (read == 1 && !amount && Concepts(words[i]).Any(cues.CountedThings.Contains)) return AnswerType.Count;
            // "How many flights a week in total": "total" says whose share is counted, not that money is asked.
            amount |= Concepts(words[i]).Any(cues.AmountContext.Contains) && !Reading.ShareOfNumber.Default.IsTotalWord(words[i]);
        }
        if (amount) return AnswerType.Amount;
        // Kazakh puts the question word after what it asks about ("тауар айналымы қанша болды").
        for (var i = at - 1; i >= 0 && i >= at - 2; i--)
        {
            if (IsPercentWord(words[i])) return AnswerType.Percent;
            if (Concepts(words[i]).Any(cues.AmountContext.Contains)) return AnswerType.Amount;
        }
        return AnswerType.Count;
    }

    /// <summary>A word for a share or a percent in any case form ("пайызын": Kazakh endings come off until a listed form is left).</summary>
    bool IsPercentWord(string folded) =>
        Concepts(folded).Concat(Concepts(Bot.Knowledge.Text.KazakhSuffixes.StripOnce(folded))).Concat(Concepts(Bot.Knowledge.Text.KazakhSuffixes.Strip(folded))).Any(c => cues.HeadTypes.TryGetValue(c, out var type) && type == AnswerType.Percent);

    IReadOnlyList<string> Concepts(string folded) => lexicon.ConceptsOfWord(folded);
}
