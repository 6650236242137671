using Bot.Answering.Evidence;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Events;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// The checks of conditions a window must meet besides its year (<see cref="TimeCheck"/>), judged together by
/// <see cref="Conditions.EvidenceConditions"/>: for "when" questions the people it names, in the sentence or around it
/// (a headline naming Radev does not make every date of the article one of his visits), its places, quoted names, goods.
/// </summary>
public static class ConstraintCheck
{
    /// <summary>The evidence holds every condition of the question (<see cref="Conditions.EvidenceConditions"/>).</summary>
    public static bool Holds(Question q, ScoredWindow w, EntityIndex entities) => Conditions.EvidenceConditions.Hold(q, w, entities);

    /// <summary>
    /// "How much oil did Bulgaria export to Kazakhstan": a number about one kind of goods is answered only by evidence about
    /// those goods — in the sentence, or around it when the sentence names no goods of its own. "Imports from Bulgaria,
    /// mainly pharmaceuticals, rose to $71.6 million" states no amount of oil (answer-types.json "goods_items"), nor
    /// "exports rose to $303.6 million, mostly crude oil" an amount of oil: that good is only a part of it.
    /// </summary>
    internal static bool GoodsHold(Question q, ScoredWindow w)
    {
        if (!q.AnswerTypes.Any(AnswerTypes.IsNumber) || q.Excluded is not null) return true;
        var asked = QuestionConditions.Default.Of(q).Goods;
        if (asked.Count == 0) return true;
        var stated = QuestionConditions.Default.GoodsIn(w.Window.Sentence);
        // "Kazakh exports rose elevenfold to USD 303.6 million, mostly crude oil": the good is a part of the amount, not its measure.
        if (stated.Count > 0) return QuestionConditions.Default.GoodsMeasuredIn(w.Window.Sentence).Overlaps(asked);
        return new[] { w.Window.Before, w.Window.After, w.Window.Preceding, w.Window.Title }.OfType<string>()
            .Any(t => QuestionConditions.Default.GoodsIn(t).Overlaps(asked));
    }

    /// <summary>
    /// "…wheat exports were worth USD 12.7 million. Kazakhstan also delivered 21.3 thousand tonnes of refined copper …": of a
    /// question on one good, a sentence beside the evidence that names only other goods states their values, not the asked one's.
    /// </summary>
    internal static bool NeighbourOfOtherGoods(Question q, string neighbour)
    {
        if (!q.AnswerTypes.Any(AnswerTypes.IsNumber) || q.Excluded is not null) return false;
        var asked = QuestionConditions.Default.Of(q).Goods;
        if (asked.Count == 0) return false;
        var stated = QuestionConditions.Default.GoodsIn(neighbour);
        return stated.Count > 0 && !stated.Overlaps(asked);
    }

    /// <summary>
    /// "What were Kazakhstan's exports to Bulgaria in 2025?" is asked of the whole trade: "Kazakh wheat exports to Bulgaria were
    /// worth USD 12.7 million" states one good's value, a part of it. A value whose own clause measures a good (not as what the
    /// whole is mostly made of: "exports rose to $303.6 million, mostly crude oil") answers no question that names none, when
    /// the metric asked is a trade series that goods are parts of.
    /// </summary>
    internal static bool OfAGoodForTheWhole(Question q, Bot.Knowledge.Metrics.MetricDefinition? asked, string sentence, Spans.AnswerSpan span) =>
        asked is not null && AsksTheWholeOfGoods(q, asked.Key) && ClauseMeasuresAGood(sentence, span.Start, span.End);

    /// <summary>
    /// The question asks the whole of a trade series that goods are parts of (exports, imports, turnover), not a good's own
    /// series, and names no good: a figure of one good is none of its answers, read or stored.
    /// </summary>
    internal static bool AsksTheWholeOfGoods(Question q, string metric) =>
        Bot.Knowledge.Metrics.MetricCatalog.Default.FamilyOf(metric) is { } family
        && (family.Commodities.Count > 0 || family.Parts is not null) && family.GoodsSeriesOf(metric) is null
        && QuestionConditions.Default.Of(q).Goods.Count == 0;

    /// <summary>The clause around [<paramref name="start"/>, <paramref name="end"/>) names a good as what the value there measures.</summary>
    internal static bool ClauseMeasuresAGood(string text, int start, int end) =>
        QuestionConditions.Default.GoodsMeasuredIn(text[ClauseBounds.Start(text, start)..ClauseBounds.End(text, end)]).Count > 0;

    /// <summary>
    /// "Who headed the mission before Izbastin": a sentence naming Izbastin as its head says nothing of his predecessor;
    /// only one stating a succession (in it or beside it) may name the one asked for.
    /// </summary>
    internal static bool SuccessionHolds(Question q, EvidenceWindow w) =>
        QuestionConditions.Default.Of(q).RelatedTo is not { } person
        || QuestionConditions.Default.StatesSuccession(w.Sentence, person, w.Before)
        || new[] { w.Before, w.After }.OfType<string>().Any(t => QuestionConditions.Default.StatesSuccession(t, person));

    /// <summary>
    /// A sentence beside the evidence that an answer is read from tells of the same thing: "…in Astana, the centre «Zlata»"
    /// is not answered by the one before it, "Since 2012 the centre «Zdravets» in Pavlodar has been headed by …": a
    /// neighbour quoting another name than the question's, or naming another place than the one it asks about, is about those.
    /// </summary>
    public static bool NeighbourHolds(Question q, string neighbour, EntityIndex entities)
    {
        if (QuotedNames.In(q.Text).Any() && QuotedNames.In(neighbour).Any() && !QuotedNamesHold(q, neighbour)) return false;
        if (q.Entities.Any(e => CountryPlace.IsThird(e.Entity)) && CountryPlace.CountriesIn(neighbour) is { Count: > 0 } countries
            && !countries.Any(c => q.Entities.Any(e => e.Entity.Id == c.Entity.Id && CountryPlace.IsThird(e.Entity)))) return false;
        // "Сделката … КМГ" beside "… е част от ЛУКОЙЛ от 1999 г.": the neighbour's date is the other company's.
        if (q.Units.Any(u => NamesInstitution(q, u)) && NamesAnotherInstitution(q, neighbour, entities))
        {
            var keys = Tokenizer.Words(neighbour).SelectMany(AliasKeys.ForText).ToHashSet(StringComparer.Ordinal);
            if (q.Units.Where(u => NamesInstitution(q, u)).Any(u => !u.Keys.Overlaps(keys) && !WritesName(neighbour, u.Label))) return false;
        }
        var kazakh = LanguageGuess.Of(neighbour) == "kk";
        // A place named only in someone's reported words ("…заяви, че … ще представи марките в Астана") places nothing.
        var told = Speakers.Unreported(neighbour, Speakers.Default.Reported(neighbour));
        var places = entities.FindSpans(told).Where(m => m.Entity.Type is "city" or "region" or "place" && !(kazakh && Possessed(told, m)))
            .Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        var asked = q.Entities.Where(e => e.Entity.Type is "city" or "region" or "place").Select(e => e.Entity.Id).ToList();
        return asked.Count == 0 || places.Count == 0 || asked.Any(places.Contains);
    }

    /// <summary>
    /// The quoted name holds in the sentence, or — when the sentence quotes no other name — where the text before it
    /// stated it, in its paragraph or the one before: "…at a forum titled "Transport Connection…"." followed by "More than
    /// twenty companies were represented."
    /// </summary>
    static readonly System.Buffers.SearchValues<char> OpeningQuotes = System.Buffers.SearchValues.Create("«„");

    internal static bool QuotedNamesHold(Question q, ScoredWindow w, EntityIndex entities) =>
        QuotedNamesHold(q, w.Window) || WrittenPlainly(q, w, entities);

    /// <summary>
    /// "Разговори в „Акорда“" asks of the residence by its name; "Бүгін Ақордада …" and "at the Akorda presidential palace"
    /// write it without quotation marks. A name the question quotes with no word for its kind before it, that names no
    /// city, region, country or person (whose name would be another thing's), holds where the sentence itself holds every
    /// word of it as the question's words are matched, in any language and case.
    /// </summary>
    static bool WrittenPlainly(Question q, ScoredWindow w, EntityIndex entities)
    {
        var any = false;
        foreach (var (name, start, _) in QuotedNames.In(q.Text))
        {
            any = true;
            if (Tokenizer.Words(q.Text[..start]).LastOrDefault() is { } before && q.Units.Any(u => !u.IsEntity && u.Label == before)) return false;
            if (CountryPlace.CountriesIn(name).Count > 0 || entities.FindSpans(name).Any(s => s.Entity.Type is "city" or "region" or "country" or "person")) return false;
            // The name's unit: its own words ("Акорда"), or the entity the store knows by it ("Akorda").
            var keys = Tokenizer.Words(name).SelectMany(AliasKeys.ForText).ToHashSet(StringComparer.Ordinal);
            var bits = 0UL;
            for (var i = 0; i < q.Units.Count && i < 64; i++)
                if (!q.Units[i].IsPerson && (q.Units[i].Label == name || q.Units[i].Keys.Overlaps(keys))) bits |= 1UL << i;
            if (bits == 0 || (w.Units.Sentence & bits) != bits) return false;
        }
        return any;
    }

    internal static bool QuotedNamesHold(Question q, EvidenceWindow w)
    {
        if (QuotedNamesHold(q, w.Sentence)) return true;
        // A sentence that quotes a name of its own (even one its splitter cut before the closing mark) is about that one.
        if (QuotedNames.In(w.Sentence).Any() || w.Sentence.AsSpan().IndexOfAny(OpeningQuotes) >= 0) return false;
        return new[] { w.Before, w.Preceding, w.PreviousParagraph, w.Title }.OfType<string>().Any(t => QuotedNamesHold(q, t));
    }

    // How many words apart a name and the word for its kind may stand ("улица «Астана»", "Astana Street", "the street named Astana").
    const int KindReach = 3;

    /// <summary>
    /// A name the question quotes ("улица „Астана“") is the name of the thing asked about: the sentence must state it as a
    /// name — quoted too, or beside the word the question puts before it — not merely mention the city of that name.
    /// </summary>
    static bool QuotedNamesHold(Question q, string sentence)
    {
        foreach (var (name, start, _) in QuotedNames.In(q.Text))
        {
            var wanted = Tokenizer.Words(name).Select(w => WordKeys(q, w)).Where(k => k.Count > 0).ToList();
            if (wanted.Count == 0) continue;
            if (QuotedNames.In(sentence).Any(s => Covers(Tokenizer.Words(s.Name).Select(AliasKeys.ForText).ToList(), wanted))) continue;
            var kind = Tokenizer.Words(q.Text[..start]).LastOrDefault() is { } before
                ? q.Units.FirstOrDefault(u => !u.IsEntity && u.Label == before) : null;
            if (kind is null || !BesideKind(sentence, wanted, kind)) return false;
        }
        return true;
    }

    /// <summary>
    /// A quoted word's keys; a Kazakh question's also as a Kazakh Latin text writes the word («…байланысы» as «…bailanysy»);
    /// and the keys the lexicon gives the word in the other languages: a name is translated word by word („Зелен транспорт"
    /// is «Жасыл көлік» in a Kazakh text).
    /// </summary>
    static HashSet<string> WordKeys(Question q, string word)
    {
        var keys = AliasKeys.ForText(word);
        foreach (var unit in q.Units)
            if (!unit.IsEntity && string.Equals(unit.Label, word, StringComparison.Ordinal)) keys.UnionWith(unit.Keys);
        if (q.Lang == "kk") keys.UnionWith(TermAnalyzer.KazakhQueryKeys(TextNormalizer.Fold(word)));
        return keys;
    }

    /// <summary>A name a text quotes is one the question quotes, in its words or their translation (see <see cref="WordKeys"/>).</summary>
    internal static bool QuotesAsked(Question q, string name)
    {
        var stated = Tokenizer.Words(name).Select(AliasKeys.ForText).ToList();
        foreach (var (asked, _, _) in QuotedNames.In(q.Text))
        {
            var wanted = Tokenizer.Words(asked).Select(w => WordKeys(q, w)).Where(k => k.Count > 0).ToList();
            if (wanted.Count > 0 && Covers(stated, wanted)) return true;
        }
        return false;
    }

    static bool Covers(List<HashSet<string>> stated, List<HashSet<string>> wanted) =>
        wanted.All(w => stated.Any(s => s.Overlaps(w) || wanted.Count > 1 && s.Any(k => w.Any(a => SameWord(k, a)))));

    // The shortest stem two languages' forms of a word are compared by, and how much longer the other may run.
    const int SharedStem = 4;
    const int StemTail = 2;

    /// <summary>
    /// «Книгу слов» and «Книга на словата»: a Russian and a Bulgarian form of one word stem apart ("слов", "словат"), one the
    /// other's start. Read so only in a name of several words, each of which must meet: one short word alone meets too much.
    /// </summary>
    static bool SameWord(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= SharedStem && longer.Length - shorter.Length <= StemTail && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    static bool BesideKind(string sentence, List<HashSet<string>> wanted, QueryUnit kind)
    {
        var words = Tokenizer.Words(sentence).Select(AliasKeys.ForText).ToList();
        var kinds = words.Select((k, i) => (k, i)).Where(x => x.k.Overlaps(kind.Keys)).Select(x => x.i).ToList();
        return words.Select((k, i) => (k, i)).Where(x => wanted[0].Overlaps(x.k)).Any(x => kinds.Any(i => Math.Abs(i - x.i) <= KindReach));
    }

    internal static bool PeopleHold(Question q, ScoredWindow w, EntityIndex entities)
    {
        if (!q.Units.Any(u => u.IsPerson)) return true;
        // "Who appointed Vodenski", "whom did Vodenski replace": evidence about the act or the succession tells of Vodenski,
        // in the sentence or around it; another ambassador's sentence says nothing of whom he replaced.
        if (q.AsksActor || q.Wants(AnswerType.Person) && Lexicon.DomainLexicon.Default.NamesAny(q.Text, Conditions.ConditionWords.Default.SuccessionActs))
        {
            var around = w.Units.Sentence | w.Units.Neighbours | w.Units.Paragraph;
            return Enumerable.Range(0, Math.Min(q.Units.Count, 64)).All(i => !q.Units[i].IsPerson || (around & 1UL << i) != 0);
        }
        if (!q.AnswerTypes.Any(t => t is AnswerType.Date or AnswerType.Year)) return true;
        ulong missing = 0;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (q.Units[i].IsPerson) missing |= 1UL << i;
        missing &= ~w.Units.Sentence;
        if (missing == 0) return true;
        // Named around the sentence, the person is still its subject, unless the sentence names someone else. Whether it
        // names someone else reads every name in it: asked only when the words around name a person the sentence does not.
        var beside = w.Units.Neighbours | w.Units.Paragraph;
        var near = w.Units.Sentence | ((missing & beside) == 0 || NamesSomeoneElse(q, w.Window.Sentence, entities) || NamesAnotherByPost(q, w.Window) ? 0 : beside);
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (q.Units[i].IsPerson && (near & 1UL << i) == 0 && !NamedByPost(q, q.Units[i], w.Window, entities)) return false;
        return true;
    }

    /// <summary>
    /// "What did Dorbai Wine LLP sign with the Port of Varna?": a company the question names and no entity resolves is written
    /// in the evidence word after word ("Dorbai Logistics LLP and the Port of Varna signed…" is another company's act) — in
    /// the sentence, or before it or in the headline when the sentence names no company of its own ("The company signed…").
    /// </summary>
    internal static bool CompaniesHold(Question q, ScoredWindow w, EntityIndex entities)
    {
        if (QuestionConditions.Default.Of(q).Companies is not { Count: > 0 } companies) return true;
        var sentence = w.Window.Sentence;
        var around = CompanyNames.ProperWords(sentence).Count == 0 ? new[] { w.Window.Before, w.Window.Title } : [];
        return companies.All(c => CompanyNames.Names(sentence, c) || around.OfType<string>().Any(t => CompanyNames.Names(t, c)));
    }

    /// <summary>
    /// "When did KazMunayGas complete its purchase": a company the question names by a name the store has not learned is
    /// the one whose act is dated. Named around the sentence it still counts, unless the sentence names another company
    /// ("… е част от ЛУКОЙЛ от 1999 г.": Lukoil's date, not KMG's) — a name in capitals or in quotation marks, or an
    /// institution the store knows.
    /// </summary>
    internal static bool ActorsHold(Question q, ScoredWindow w, EntityIndex entities)
    {
        if (!q.AnswerTypes.Any(t => t is AnswerType.Date or AnswerType.Year)) return true;
        ulong? near = null;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
        {
            if (!NamesInstitution(q, q.Units[i]) || (w.Units.Sentence & 1UL << i) != 0 || WritesName(w.Window.Sentence, q.Units[i].Label)) continue;
            near ??= NamesAnotherInstitution(q, w.Window.Sentence, entities) ? w.Units.Sentence : w.Units.Any;
            if ((near.Value & 1UL << i) == 0) return false;
        }
        return true;
    }

    /// <summary>
    /// A word of the question written as companies write their names: capitals inside a word ("KazMunayGas", "ҚазМұнайГаз",
    /// "KazAgroTrade") or a long word in capitals ("ЛУКОЙЛ"), naming no person or place the store knows.
    /// </summary>
    static bool NamesInstitution(Question q, QueryUnit unit) =>
        !unit.IsEntity && !unit.IsPerson && !unit.IsTitle && unit.Label.Length >= InstitutionName
        && (unit.Label.All(c => !char.IsLetter(c) || char.IsUpper(c)) || char.IsUpper(unit.Label[0]) && unit.Label.Skip(1).Any(char.IsUpper) && unit.Label.Skip(1).Any(char.IsLower));

    /// <summary>A word of the text spells the name in any script, however "й" was written ("ЛУКОЙЛ" for "LUKoil").</summary>
    static bool WritesName(string text, string name)
    {
        var wanted = Skeleton(name);
        return Tokenizer.Words(text).Any(word => Skeleton(word) == wanted);
    }

    static string Skeleton(string word)
    {
        var latin = Transliterator.ToLatin(TextNormalizer.Fold(word));
        return string.Concat(latin.Where(char.IsLetter).Select(c => c is 'y' or 'j' ? 'i' : c));
    }

    // "ЛУКОЙЛ", "KazMunayGas": shorter capitals are acronyms a text may spell out ("МВнР", "ЕС").
    const int InstitutionName = 6;

    static bool NamesAnotherInstitution(Question q, string sentence, EntityIndex entities)
    {
        bool Asked(string name) => AliasKeys.ForText(name).Overlaps(q.Units.SelectMany(u => u.Keys))
            || q.Units.Any(u => NamesInstitution(q, u) && WritesName(name, u.Label));
        if (entities.FindIn(sentence).Any(m => m.Entity.Type is "institution" or "organization" or "organisation" or "company" && !Asked(m.Alias))) return true;
        if (QuotedNames.In(sentence).Any(n => !Asked(n.Name))) return true;
        // A word in capitals ("ЛУКОЙЛ", "OMV") the lexicon does not know: a company's name, as newswires write it.
        return Tokenizer.Words(sentence).Any(word => word.Length >= InstitutionName && word.All(c => !char.IsLetter(c) || char.IsUpper(c))
            && Bot.Answering.Lexicon.DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(word)).Count == 0 && !Asked(word)
            && !entities.FindIn(word).Any(m => m.Entity.Type is "city" or "region" or "place" or "country"));
    }

    // "Държавният глава Румен Радев": how many words apart a post and the name it is given may stand.
    const int PostReach = 3;

    static IReadOnlySet<string> PersonPosts => AnswerTypeCues.Default.PersonHeads;

    /// <summary>
    /// "След Казахстан държавният глава ще започне … посещение в Узбекистан" under the headline "Държавният глава Румен
    /// Радев …": a sentence naming no one but a post ("the head of state", "the minister") tells of whom the text before it
    /// (its headline, its paragraph, the one before, the item's lead) gave that post beside the name.
    /// </summary>
    static bool NamedByPost(Question q, QueryUnit person, EvidenceWindow w, EntityIndex entities)
    {
        var posts = Posts(w.Sentence).SelectMany(p => p.Concepts).ToHashSet(StringComparer.Ordinal);
        if (posts.Count == 0 || NamesSomeoneElse(q, w.Sentence, entities)) return false;
        return GivenPost(person, posts, w);
    }

    /// <summary>"Tokayev, the president": a name before its post stands right before it (the subject of "Тоқаев Парламентінің төрағасымен" does not).</summary>
    const int AppositionReach = 2;

    /// <summary>
    /// "Тоқаев Софияда Радевпен келіссөз жүргізді. Кеше Тоқаев Болгария Парламентінің төрағасымен кездесті": the one the
    /// second sentence tells of is named by a post (the chairman) that the question does not name, that stands beside no
    /// name the question asks of, and that nothing before gave one of them: someone else, whatever its paragraph names.
    /// </summary>
    static bool NamesAnotherByPost(Question q, EvidenceWindow w)
    {
        var asked = Posts(q.Text).SelectMany(p => p.Concepts).ToHashSet(StringComparer.Ordinal);
        var persons = q.Units.Where(u => u.IsPerson).ToList();
        var words = Tokenizer.Words(w.Sentence).ToList();
        var named = words.Select((word, i) => (word, i)).Where(x => persons.Any(p => p.Keys.Overlaps(AliasKeys.ForText(x.word)))).Select(x => x.i).ToList();
        foreach (var (index, concepts) in Posts(w.Sentence))
        {
            if (!concepts.Overlaps(AnswerTypeCues.Default.OwnPosts) || concepts.Overlaps(asked)) continue;
            // "Мемлекет басшысы Қасым-Жомарт Тоқаевпен", "Tokayev, the president": the name after its post, or just before it.
            if (named.Any(n => n > index && n - index <= PostReach || n < index && index - n <= AppositionReach)) continue;
            if (persons.Any(p => GivenPost(p, concepts, w))) continue;
            // "Last Saturday, deputy foreign ministers … sat down in Astana …. Roman Vassilenko led the Kazakh side; Tihomir
            // Stoytchev headed the Bulgarian delegation.": the next sentence names who held the posts, every one asked and no other.
            if (NamedNext(persons, w.After)) continue;
            return true;
        }
        return false;
    }

    static bool NamedNext(List<QueryUnit> persons, string? after)
    {
        if (after is null || persons.Count == 0) return false;
        var keys = Tokenizer.Words(after).Select(AliasKeys.ForText).ToList();
        if (!persons.All(p => keys.Exists(k => k.Overlaps(p.Keys)))) return false;
        var names = PersonFinder.Find(TokenList.Of(after), LanguageGuess.Of(after), [], new HashSet<string>(StringComparer.Ordinal));
        return names.All(n => persons.Any(p => p.Keys.Overlaps(AliasKeys.ForText(n.WrittenSurname))));
    }

    /// <summary>The text before the sentence (its headline, paragraph, the one before, the item's lead) gives the person one of these posts beside their name.</summary>
    static bool GivenPost(QueryUnit person, HashSet<string> posts, EvidenceWindow w)
    {
        foreach (var text in new[] { w.Title, w.Before, w.Preceding, w.PreviousParagraph, w.Lead }.OfType<string>())
        {
            var words = Tokenizer.Words(text).ToList();
            var named = words.Select((word, i) => (word, i)).Where(x => person.Keys.Overlaps(AliasKeys.ForText(x.word))).Select(x => x.i).ToList();
            if (named.Count == 0) continue;
            var given = Posts(text).Where(p => p.Concepts.Overlaps(posts)).Select(p => p.Index);
            if (given.Any(p => named.Any(n => Math.Abs(n - p) <= PostReach))) return true;
        }
        return false;
    }

    /// <summary>The words of a text that name a post a person holds, by their word index, with their concepts.</summary>
    static IEnumerable<(int Index, HashSet<string> Concepts)> Posts(string text) =>
        Tokenizer.Words(TextNormalizer.Fold(text)).Select((word, i) => (i, Bot.Answering.Lexicon.DomainLexicon.Default.ConceptsOfWord(word)
            .Where(PersonPosts.Contains).ToHashSet(StringComparer.Ordinal))).Where(p => p.Item2.Count > 0);

    /// <summary>
    /// A place the question names holds the evidence to that place, whatever it asks: "When was Tokayev in Sofia" is not
    /// answered by talks at the Akorda, nor "Whom did she meet in Pavlodar" by a meeting the article places nowhere near it.
    /// Named around the sentence (its paragraph, the headline) the place still counts, unless the sentence names another.
    /// </summary>
    internal static bool PlacesHold(Question q, ScoredWindow w, EntityIndex entities)
    {
        // Only a place the sentence does not name itself needs what is around it, read once.
        ulong? around = null;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
        {
            if (!IsPlace(q, q.Units[i]) || (w.Units.Sentence & 1UL << i) != 0) continue;
            // "Where did Radev go after Astana": the stop before the asked one is where the evidence sends him from, not where it is.
            if (Conditions.NextStop.IsStopBefore(q, q.Units[i], entities)) continue;
            // "Trade between Bulgaria and Uzbekistan": a sentence about two other countries is about them, whatever its paragraph names.
            if (IsThirdCountry(q, q.Units[i]) && CountryPlace.CountriesIn(w.Window.Sentence).Count > 0) return false;
            around ??= NamesSomewhereElse(q, w.Window.Sentence, entities) || AfterSomewhereElse(q, w.Window, entities) ? 0 : w.Units.Any;
            if ((around.Value & 1UL << i) == 0 && (Dates(q) || Writes(q.Text, q.Units[i])) && !HeldByLastAnswer(q, i, w)
                && !StoryPlaced(q, w.Window, entities) && !(around.Value != 0 && LeadPlaced(q, q.Units[i], w.Window))
                && !OccasionPlaced(q, q.Units[i], w.Window, entities)
                && !(OccasionBefore.Places(q, q.Units[i], w.Window) && !PlacesSomewhereElse(q, w.Window.Sentence, entities))) return false;
        }
        return true;
    }

    /// <summary>
    /// "В Астане прошёл раунд консультаций. … Болгарский дипломат сообщил, что София заинтересована …": a sentence a few
    /// paragraphs after one naming the asked place, placing nothing elsewhere itself, goes on about what happened there.
    /// </summary>
    /// Only for a list read from sentences (what Bulgaria is interested in): there the place tells the occasion, where of a
    /// figure, a date or a person it tells which one ("Орал қаласының әкімі …" is another city's signatory).
    static bool StoryPlaced(Question q, Evidence.EvidenceWindow w, EntityIndex entities) =>
        q.PlacedPassages.Contains(w.Passage.Id) && ReadsListing(q)
        && !PlacesSomewhereElse(q, w.Sentence, entities) && !AfterSomewhereElse(q, w, entities);

    /// <summary>
    /// "Проведени бяха 46 срещи …" under "Бизнес форум България – Казахстан, Астана, 9 юни 2025 г.": a line of a document
    /// headed by the asked event in the asked place tells of it there, unless it places itself elsewhere.
    /// </summary>
    static bool OccasionPlaced(Question q, QueryUnit place, EvidenceWindow w, EntityIndex entities) =>
        OccasionHeading.Places(q, place, w, entities) && !PlacesSomewhereElse(q, w.Sentence, entities)
        // A deal's route in the line before ("3. Логистична услуга Актау – Варна") places nothing there.
        && !(AfterSomewhereElse(q, w, entities) && PlacesSomewhereElse(q, w.Before!, entities));

    /// <summary>
    /// A list read from sentences, or the count of documents a listing gives ("Колко документа бяха разменени … в Акорда"):
    /// the place of the signing tells its occasion, which the report's opening places, not which document.
    /// </summary>
    internal static bool ReadsListing(Question q) =>
        q.Wants(AnswerType.List) && !q.AnswerTypes.Any(Spans.SpanFinder.Spans)
        || q.Wants(AnswerType.Count) && (q.AgreementAsk ?? Agreements.AgreementAsk.Of(q)).Lists && QuestionConditions.Default.CountsDocuments(q);

    /// <summary>
    /// "Кметът на София Васил Терзиев прие посланика … Решението … беше прието от Столичния общински съвет на 14 март
    /// 2018 г.": a news item's lead places what it goes on to tell, and a date further down that names no other place is
    /// of the same place. Only for a date: of a figure or a person the place tells which one, which the lead cannot.
    /// </summary>
    static bool LeadPlaced(Question q, QueryUnit place, EvidenceWindow w) =>
        Dates(q) && w.Lead is { } lead && Writes(lead, place);

    /// <summary>
    /// A place a follow-up carries over from the last question ("…улица на Астана?" then "А кога беше официалното
    /// откриване?") is held by the document the last answer came from: it goes on about the same thing.
    /// </summary>
    static bool HeldByLastAnswer(Question q, int unit, ScoredWindow w) =>
        q.OwnUnits > 0 && unit >= q.OwnUnits && q.PreferredDocuments.Contains(w.Window.Source.DocumentId);

    static bool Dates(Question q) => q.AnswerTypes.Any(t => t is AnswerType.Date or AnswerType.Year);

    /// <summary>
    /// The question's own words name the place: "…, and who signed it for Burgas?" carries Aktau over from the first half
    /// as context, not as the place the signing for Burgas must be told of.
    /// </summary>
    static bool Writes(string question, QueryUnit place) => Tokenizer.Words(question).Any(word => AliasKeys.ForText(word).Overlaps(place.Keys));

    /// <summary>
    /// "How big is Shymkent? Sources disagree: … its population …": a sentence naming no place goes on about the one the
    /// sentence before it named, when that one named only another place than the question's.
    /// </summary>
    static bool AfterSomewhereElse(Question q, EvidenceWindow w, EntityIndex entities)
    {
        // A dateline ("Астана, 15 желтоқсан") says where the item was filed, not what the sentence after it is about.
        if (w.Before is not { } before || DatelineText.Is(before, w.Published) || Places(w.Sentence, entities).Any()) return false;
        var kazakh = LanguageGuess.Of(before) == "kk";
        var named = entities.FindSpans(before).Where(m => m.Entity.Type is "city" or "region" or "place" && !(kazakh && Possessed(before, m))).ToList();
        return named.Count > 0 && !named.Any(m => q.Entities.Any(e => e.Entity.Id == m.Entity.Id));
    }

    /// <summary>
    /// "Болгария астанасында" (in Bulgaria's capital): a Kazakh place name with a possessive ending is the common noun it
    /// comes from (answer-types.json "kazakh_possessive"), not the place.
    /// </summary>
    static bool Possessed(string text, EntitySpan span)
    {
        var written = TextNormalizer.Fold(text.Substring(span.Start, span.Length));
        return span.Entity.Aliases.Append(span.Entity.Name).Select(TextNormalizer.Fold).Any(alias =>
            written.Length > alias.Length && written.StartsWith(alias, StringComparison.Ordinal)
            && AnswerTypeCues.Default.KazakhPossessive.Any(p => written.AsSpan(alias.Length).StartsWith(p, StringComparison.Ordinal)));
    }

    static IEnumerable<EntityMatch> Places(string text, EntityIndex entities) =>
        entities.FindIn(text).Where(m => m.Entity.Type is "city" or "region" or "place");

    static bool NamesSomewhereElse(Question q, string sentence, EntityIndex entities)
    {
        var others = entities.FindIn(sentence).Where(m => m.Entity.Type is "city" or "region" or "place" && !q.Entities.Any(e => e.Entity.Id == m.Entity.Id)).ToList();
        return others.Count > 0 && !OnlyReported(sentence, others.Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal), entities);
    }

    /// <summary>
    /// "… временно управляващият … заяви, че „Казпочта“ ще представи марките в Астана и Алмати": places named only in the
    /// words someone is reported to have said are what was said, not where the sentence's event happened.
    /// </summary>
    static bool OnlyReported(string text, HashSet<string> places, EntityIndex entities)
    {
        var reported = Speakers.Default.Reported(text);
        if (reported.Count == 0) return false;
        var outside = Speakers.Unreported(text, reported);
        return !entities.FindIn(outside).Any(m => places.Contains(m.Entity.Id));
    }

    /// <summary>
    /// The sentence places what it tells of somewhere else than the question: "in Sofia", "в Софии", "Софияда". A place
    /// named otherwise says nothing of where it happened: a capital speaking for its country ("София заинтересована в …"),
    /// a route or a twinning ("the Plovdiv–Shymkent flight").
    /// </summary>
    static bool PlacesSomewhereElse(Question q, string sentence, EntityIndex entities)
    {
        IReadOnlyList<EntitySpan>? spans = null;
        foreach (var m in entities.FindIn(sentence))
        {
            if (m.Entity.Type is not ("city" or "region" or "place") || q.Entities.Any(e => e.Entity.Id == m.Entity.Id)) continue;
            spans ??= entities.FindSpans(sentence);
            // Where its spelling is not found as written, the name is taken as placing.
            if (!spans.Any(s => s.Entity.Id == m.Entity.Id) || spans.Any(s => s.Entity.Id == m.Entity.Id && CountryPlace.PlacesAt(sentence, s))) return true;
        }
        return false;
    }

    /// <summary>The question names a place within a country: a city, a region, a port.</summary>
    public static bool NamesPlace(Question q) => q.Entities.Any(e => e.Entity.Type is "city" or "region" or "place");

    static bool IsThirdCountry(Question q, QueryUnit unit) =>
        unit.IsEntity && q.Entities.Any(e => e.Entity.Name == unit.Label && CountryPlace.IsThird(e.Entity));

    internal static bool IsPlace(Question q, QueryUnit unit) =>
        unit.IsEntity && q.Entities.Any(e => e.Entity.Name == unit.Label && (e.Entity.Type is "city" or "region" or "place" || CountryPlace.IsThird(e.Entity)));

    /// <summary>
    /// The sentence names a person the question does not: one the store knows ("Президента … Румена Радева", whose genitive
    /// the name finder may not read), or one written as a name.
    /// </summary>
    static bool NamesSomeoneElse(Question q, string sentence, EntityIndex entities) =>
        entities.FindIn(sentence).Any(m => m.Entity.Type == "person" && !q.Units.Any(u => u.IsPerson && u.Keys.Overlaps(m.Keys)))
        || NamesSomeoneElse(q, sentence);

    static bool NamesSomeoneElse(Question q, string sentence)
    {
        var names = PersonFinder.Find(TokenList.Of(sentence), LanguageGuess.Of(sentence), [], new HashSet<string>(StringComparer.Ordinal));
        return names.Any(n => !q.Units.Any(u => u.IsPerson && u.Keys.Overlaps(AliasKeys.ForText(n.WrittenSurname))));
    }
}
