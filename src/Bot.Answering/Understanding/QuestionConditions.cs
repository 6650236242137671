using System.Runtime.CompilerServices;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Answering.Understanding;

/// <summary>
/// Conditions of a question that no neighbouring fact may stand in for (embedded conditions.json): a "who" whose
/// predicate only a person fills ("who heads the centre"), and a person asked for by their relation to another ("who
/// headed the mission before Izbastin"). Each is read once per question.
/// </summary>
public sealed class QuestionConditions
{
    sealed record RankFile(
        Dictionary<string, List<string>> Words, Dictionary<string, List<string>> Nouns, Dictionary<string, List<string>> Context,
        [property: System.Text.Json.Serialization.JsonPropertyName("top_words")] Dictionary<string, List<string>> TopWords);

    sealed record ConditionFile(
        [property: System.Text.Json.Serialization.JsonPropertyName("person_only")] List<string> PersonOnly,
        [property: System.Text.Json.Serialization.JsonPropertyName("person_only_words")] Dictionary<string, List<string>> PersonOnlyWords,
        Dictionary<string, List<string>> Relations,
        Dictionary<string, List<string>> Succession,
        [property: System.Text.Json.Serialization.JsonPropertyName("succession_pronouns")] Dictionary<string, List<string>> SuccessionPronouns,
        RankFile Rank,
        Dictionary<string, List<string>> Offers,
        [property: System.Text.Json.Serialization.JsonPropertyName("paid_words")] Dictionary<string, List<string>> PaidWords,
        [property: System.Text.Json.Serialization.JsonPropertyName("price_verbs")] Dictionary<string, List<string>> PriceVerbs,
        [property: System.Text.Json.Serialization.JsonPropertyName("person_roles")] Dictionary<string, List<string>> PersonRoles,
        [property: System.Text.Json.Serialization.JsonPropertyName("counted_documents")] List<string> CountedDocuments,
        [property: System.Text.Json.Serialization.JsonPropertyName("offered_for")] List<string> OfferedFor,
        Dictionary<string, string> Currencies);

    /// <summary>What one question demands, worked out once.</summary>
    /// <param name="Goods">The kinds of goods the question asks a number of ("how much oil": oil), as lexicon concepts.</param>
    /// <param name="Currency">The currency the question asks an amount in ("in euros": EUR), as figures store it; null for any.</param>
    /// <param name="Companies">The companies the question names by their shape and no entity resolves ("Dorbai Wine LLP"), each
    /// as its proper words (<see cref="CompanyNames.ProperWords"/>).</param>
    public sealed record Demands(bool PersonOnly, QueryUnit? RelatedTo, IReadOnlySet<string> Goods, string? Currency = null, IReadOnlyList<IReadOnlyList<string>>? Companies = null);

    public static QuestionConditions Default { get; } = new(EmbeddedJson.Load<ConditionFile>("conditions.json"), DomainLexicon.Default, AnswerTypeCues.Default);

    readonly HashSet<string> _personOnly;
    readonly List<string[]> _personOnlyWords;
    readonly List<string[]> _rankWords;
    readonly List<string[]> _rankNouns;
    readonly List<string[]> _rankContext;
    readonly List<string[]> _offers;
    readonly List<string[]> _priceVerbs;
    readonly List<string[]> _paidWords;
    readonly HashSet<string> _countedDocuments;
    readonly HashSet<string> _offeredFor;
    readonly Dictionary<string, string> _currencies;

    /// <summary>Nouns naming a person by what they do ("boxer", "певица", "боксшы"), folded: "which boxer" asks for a person.</summary>
    public IReadOnlySet<string> PersonRoles { get; }

    /// <summary>Words that, before a number, state a rank ("top 15", "топ-10", "първите 15", "алғашқы 15"), folded.</summary>
    public IReadOnlySet<string> TopWords { get; }
    readonly List<string[]> _relations;
    readonly List<string[]> _succession;
    readonly HashSet<string> _successionPronouns;
    readonly DomainLexicon _lexicon;
    readonly ConditionalWeakTable<Question, Demands> _read = new();

    QuestionConditions(ConditionFile file, DomainLexicon lexicon, AnswerTypeCues cues)
    {
        _lexicon = lexicon;
        _personOnly = file.PersonOnly.Concat(cues.PersonHeads).ToHashSet(StringComparer.Ordinal);
        _personOnlyWords = Phrases(file.PersonOnlyWords);
        _relations = Phrases(file.Relations);
        _rankWords = Phrases(file.Rank.Words);
        _rankNouns = Phrases(file.Rank.Nouns);
        _rankContext = Phrases(file.Rank.Context);
        _offers = Phrases(file.Offers);
        PersonRoles = file.PersonRoles.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _priceVerbs = Phrases(file.PriceVerbs);
        _paidWords = Phrases(file.PaidWords);
        _countedDocuments = file.CountedDocuments.ToHashSet(StringComparer.Ordinal);
        _offeredFor = file.OfferedFor.ToHashSet(StringComparer.Ordinal);
        _currencies = new Dictionary<string, string>(file.Currencies, StringComparer.Ordinal);
        TopWords = file.Rank.TopWords.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        _succession = Phrases(file.Succession);
        _successionPronouns = file.SuccessionPronouns.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    }

    static List<string[]> Phrases(Dictionary<string, List<string>> byLanguage) =>
        byLanguage.Values.SelectMany(v => v).Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray()).Where(p => p.Length > 0)
            .OrderByDescending(p => p.Length).ToList();

    public Demands Of(Question q) => _read.GetValue(q, Read);

    Demands Read(Question q)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(q.Text)).ToList();
        var personOnly = q.Wants(AnswerType.Person)
            && (words.Any(w => _lexicon.ConceptsOfWord(w).Any(_personOnly.Contains)) || _personOnlyWords.Any(p => WordPhrase.Anywhere(words, p)));
        // "…crude oil exports …, and what were they worth?": a follow-up asks the amount of the goods the question it continues named.
        var goods = GoodsOf(words);
        if (goods.Count == 0 && q.IsFollowUp) goods = GoodsOf(q.Units.Skip(q.OwnUnits).SelectMany(u => Tokenizer.Words(TextNormalizer.Fold(u.Label))));
        return new Demands(personOnly, q.Wants(AnswerType.Person) ? RelatedPerson(q, words) : null, goods, CurrencyOf(words), UnknownCompanies(q));
    }

    /// <summary>
    /// "What did Dorbai Wine LLP sign?": the companies the question writes as companies that none of its entities is — the
    /// store knows them only where a text writes them.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> UnknownCompanies(Question q) =>
        [.. CompanyNames.ProperWords(q.Text).Where(company => !q.Entities.Any(m => m.Entity.Type != "country"
            && m.Entity.Aliases.Append(m.Entity.Name).Any(alias => CompanyNames.Names(alias, company))))];

    /// <summary>The one currency the words name ("в евро": EUR), Kazakh endings off; null when they name none or several.</summary>
    string? CurrencyOf(List<string> words)
    {
        string? found = null;
        foreach (var word in words)
        {
            var concepts = _lexicon.ConceptsListing(word);
            if (concepts.Count == 0 && TextNormalizer.IsCyrillic(word)) concepts = _lexicon.ConceptsListing(KazakhSuffixes.StripOnce(word));
            foreach (var c in concepts)
                if (_currencies.TryGetValue(c, out var code))
                {
                    if (found is not null && found != code) return null;
                    found = code;
                }
        }
        return found;
    }

    /// <summary>The kinds of goods a text names (answer-types.json "goods_items"), in any of the four languages, Kazakh endings off.</summary>
    public IReadOnlySet<string> GoodsIn(string text) => GoodsOf(Tokenizer.Words(TextNormalizer.Fold(text)));

    /// <summary>
    /// The kinds of goods a text names as what its amounts measure: not those named as a part of an amount ("exports rose
    /// to $303.6 million, mostly crude oil", "внос … 71,6 млн, главным образом лекарства").
    /// </summary>
    public IReadOnlySet<string> GoodsMeasuredIn(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var words = new List<string>();
        var position = 0;
        while (Tokenizer.Next(folded, ref position, out var start, out var length))
            if (!Bot.Knowledge.Extraction.Figures.CompositionWords.Precede(folded, start)) words.Add(folded.Substring(start, length));
        return GoodsOf(words);
    }

    IReadOnlySet<string> GoodsOf(IEnumerable<string> words)
    {
        var goods = AnswerTypeCues.Default.GoodsItems;
        HashSet<string>? found = null;
        foreach (var word in words)
        {
            var concepts = _lexicon.ConceptsOfWord(word);
            if (concepts.Count == 0 && TextNormalizer.IsCyrillic(word)) concepts = _lexicon.ConceptsOfWord(KazakhSuffixes.StripOnce(word));
            foreach (var c in concepts)
                if (goods.Contains(c)) (found ??= new HashSet<string>(StringComparer.Ordinal)).Add(c);
        }
        return found ?? NoGoods;
    }

    static readonly IReadOnlySet<string> NoGoods = new HashSet<string>();

    /// <summary>
    /// A count question counts agreements: it counts nothing named ("how many were signed") or documents, memoranda,
    /// agreements; not "how many diplomats a year under the memorandum".
    /// </summary>
    /// <remarks>
    /// The document word is what is counted when it stands right after the question word ("how many memoranda", "колко
    /// меморандума", "қанша құжат") or names documents as a group ("how many transport agreements"). A document named
    /// once, further on ("Колко полета позволява меморандумът", "сколько рейсов разрешает меморандум"), is what the counted
    /// thing is under, not the thing counted; Kazakh counts a noun in its singular, so there any document word counts.
    /// </remarks>
    public bool CountsDocuments(Question q)
    {
        if (q.Counted.Count == 0) return true;
        for (var i = 0; i < q.Counted.Count; i++)
        {
            var label = q.Counted[i].Label;
            if (_lexicon.ConceptsOfWord(TextNormalizer.Fold(label)).Any(_countedDocuments.Contains)
                && (i == 0 || q.Lang == "kk" || Knowledge.Extraction.AgreementVocabulary.NamesGroup(label))) return true;
        }
        return false;
    }

    /// <summary>
    /// "Сколько КазМунайГаз предложил за НПЗ?", "Колко е платила общината?", "Зауыт үшін қанша ұсынды?": after the
    /// question word stands no noun to count but a name or a verb whose object is a price: the question asks an amount.
    /// </summary>
    /// <param name="written">The question's words as written.</param>
    /// <param name="words">The same words, folded.</param>
    /// <param name="cue">Where the count question word stands.</param>
    public bool AsksPrice(IReadOnlyList<string> written, IReadOnlyList<string> words, int cue)
    {
        if (cue < 0 || written.Count != words.Count || !_priceVerbs.Any(p => WordPhrase.Anywhere(words, p))) return false;
        for (var i = cue + 1; i < words.Count; i++)
        {
            if (_lexicon.IsStopword(words[i])) continue;
            return char.IsUpper(written[i][0]) || _priceVerbs.Any(p => WordPhrase.At(words, i, p));
        }
        return false;
    }

    /// <summary>
    /// "КМГ е предложила около 1 млрд. долара за рафинерията": the sentence tells of an offer for what the question asks was
    /// bought, and of no purchase: it dates no purchase (nor says one was made).
    /// </summary>
    /// <param name="asked">The events the question asks the date of (lexicon concepts).</param>
    public bool OnlyOffered(string sentence, IReadOnlySet<string> asked)
    {
        if (!asked.Any(_offeredFor.Contains)) return false;
        var words = Tokenizer.Words(TextNormalizer.Fold(sentence)).ToList();
        if (!_offers.Any(p => WordPhrase.Anywhere(words, p))) return false;
        return !words.Any(w => _lexicon.ConceptsOfWord(w).Any(c => _offeredFor.Contains(c) && asked.Contains(c)));
    }

    /// <summary>
    /// "How much did KazMunayGas finally pay for the refinery": the question asks a price paid, and the sentence gives its
    /// amount only as an offer or bid ("has offered about USD 1 billion", "оферта за около 1 млрд.") — no price paid.
    /// </summary>
    public bool OnlyOfferedPrice(Question q, string sentence)
    {
        var asked = Tokenizer.Words(TextNormalizer.Fold(q.Text)).ToList();
        if (!_paidWords.Any(p => WordPhrase.Anywhere(asked, p))) return false;
        var words = Tokenizer.Words(TextNormalizer.Fold(sentence)).ToList();
        return _offers.Any(p => WordPhrase.Anywhere(words, p)) && !_paidWords.Any(p => WordPhrase.Anywhere(words, p));
    }

    /// <summary>
    /// The question asks where something ranks ("where does Bulgaria rank among…", "какое место занимает … среди", "кое място
    /// заема", "… арасында нешінші орында"): a rank word, or a noun of place beside a word that says it is a place in an order.
    /// </summary>
    /// <param name="words">The question's words, folded.</param>
    /// <returns>The words that only said so (they are not what the answer is about); empty when the question asks no rank.</returns>
    public IReadOnlySet<string> RankWords(IReadOnlyList<string> words)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in _rankWords.Where(p => WordPhrase.Anywhere(words, p))) found.UnionWith(phrase);
        if (_rankContext.Any(p => WordPhrase.Anywhere(words, p)))
            foreach (var phrase in _rankNouns.Where(p => WordPhrase.Anywhere(words, p))) found.UnionWith(phrase);
        return found;
    }

    /// <summary>
    /// The person a relation word puts the asked one before or after: the word right after it ("before Izbastin", "преди
    /// Избастин"), in Kazakh right before it ("Ізбастиннен бұрын").
    /// </summary>
    QueryUnit? RelatedPerson(Question q, List<string> words)
    {
        var people = q.Units.Take(q.OwnUnits > 0 ? q.OwnUnits : q.Units.Count).Where(u => u.IsPerson || u.IsName).ToList();
        if (people.Count == 0) return null;
        for (var i = 0; i < words.Count; i++)
            foreach (var relation in _relations)
            {
                if (!WordPhrase.At(words, i, relation)) continue;
                var at = q.Lang == "kk" ? i - 1 : i + relation.Length;
                if (at < 0 || at >= words.Count) continue;
                var keys = AliasKeys.ForText(words[at]);
                if (people.FirstOrDefault(p => p.Keys.Overlaps(keys)) is { } person) return person;
                // "And who was the rector before him?", "А кто был до него?": the pronoun is the one the last answer named.
                if (people.Count == 1 && q.IsFollowUp && Conversation.FollowUpWords.Default.PointsAtPerson([words[at]])) return people[0];
            }
        // "Who was his predecessor?", "А кто был его предшественником?": a word of succession and a pronoun for that person.
        if (people.Count == 1 && q.IsFollowUp && Conversation.FollowUpWords.Default.PointsAtPerson(words)
            && Enumerable.Range(0, words.Count).Any(i => _succession.Any(p => WordPhrase.At(words, i, p)))) return people[0];
        return null;
    }

    /// <summary>
    /// The text states a succession ("replaced", "предшественик", "орнына"), or the question's own relation word beside the
    /// person it relates the asked one to ("before Izbastin, the mission was headed by …"), a word apart ("before the arrival
    /// of Petkov", "Петков келгенге дейін"), or beside a pronoun standing for them when the text before names them
    /// ("Petkov has headed the embassy since 2015. Before his arrival, … was headed by …", "До его приезда …").
    /// </summary>
    /// <param name="preceding">The text just before <paramref name="text"/>, where a pronoun's person is named; null when none.</param>
    public bool StatesSuccession(string text, QueryUnit relatedTo, string? preceding = null)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(text)).ToList();
        bool? namedBefore = null;
        bool Points(int at) =>
            at >= 0 && at < words.Count && _successionPronouns.Contains(words[at])
            && (namedBefore ??= preceding is not null && Tokenizer.Words(TextNormalizer.Fold(preceding)).Any(w => relatedTo.Keys.Overlaps(AliasKeys.ForText(w))));
        for (var i = 0; i < words.Count; i++)
        {
            if (_succession.Any(p => WordPhrase.At(words, i, p))) return true;
            foreach (var relation in _relations)
            {
                if (!WordPhrase.At(words, i, relation)) continue;
                var after = i + relation.Length;
                for (var gap = 0; gap < RelationReach; gap++)
                    if (Names(words, after + gap, relatedTo) || Names(words, i - 1 - gap, relatedTo) || Points(after + gap) || Points(i - 1 - gap)) return true;
            }
        }
        return false;
    }

    // "before Petkov", "до приезда Петкова", "преди пристигането на Петков", "Петков келгенге дейін": the person stands
    // right beside the relation word or up to two words (the event of theirs it is counted from) away.
    const int RelationReach = 3;

    static bool Names(List<string> words, int at, QueryUnit person) =>
        at >= 0 && at < words.Count && person.Keys.Overlaps(AliasKeys.ForText(words[at]));
}
