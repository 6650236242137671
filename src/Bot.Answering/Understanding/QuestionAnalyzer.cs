using Bot.Answering.Conversation;
using Bot.Answering.Language;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Answering.Understanding;

/// <summary>Turns question text into a <see cref="Question"/>: entities across scripts, concepts across languages, periods, metric, type.</summary>
public sealed class QuestionAnalyzer(DomainLexicon lexicon, TimeProvider clock)
{
    readonly AnswerTypeFinder _types = new(lexicon, AnswerTypeCues.Default);

    // "Who attended the signing" asks who was present, not who signed.
    const string AttendConcept = "attend";
    // The lexicon's concept of the word "year" ("года", "жылы", "година").
    const string YearConcept = "year";

    // Words that name what kind of answer is wanted ("in which city", "what day") rather than what it is about.
    static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> AnswerTypeConcepts = AnswerTypeCues.Default.CueConcepts;

    public Question Analyze(string text, string lang, EntityIndex entities)
    {
        // "Vo skolko raz vyros eksport…", "Qazaqstanda neshe…": a question typed in Latin letters is read in its own script.
        var typed = text;
        text = LatinQuestion.InOwnScript(text, lexicon);
        var cues = lexicon.CuesIn(text);
        var answerTypes = cues.Where(AnswerTypeConcepts.ContainsKey).SelectMany(c => AnswerTypeConcepts[c]).ToHashSet(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var textKeys = lang == "kk" ? KazakhTextKeys(text) : AliasKeys.ForText(text);
        // A name the user typed in Latin ("Tokayev") is found as typed too: read back letter by letter it may not be
        // spelt as the name's Cyrillic alias is.
        if (!ReferenceEquals(typed, text)) textKeys.UnionWith(AliasKeys.ForText(typed));
        // "What did DorbaiWine LLP sign?": a surname's key inside a company's name is no person the question names.
        var entityMatches = PersonMentions.Keep(text, entities.FindIn(textKeys));
        // "Radev's visit to Uzbekistan": a country besides the two the store is about says where, as a city does. The
        // answering index leaves countries out (the two partners go without saying), so third ones come from the gazetteer.
        if (Reading.CountryPlace.ThirdCountries.FindIn(textKeys) is { Count: > 0 } third)
            entityMatches = [.. entityMatches, .. third.Where(m => !entityMatches.Any(e => e.Entity.Id == m.Entity.Id))];
        var foldedWords = Tokenizer.Words(TextNormalizer.Fold(text)).ToList();
        var (types, head, typeWords) = _types.Analyze(foldedWords);
        // "Where does Bulgaria rank among…", "на кое място": a place in an order, not a place on the map.
        if (QuestionConditions.Default.RankWords(foldedWords) is { Count: > 0 } rankWords)
        {
            types = [AnswerType.Ordinal, .. types.Where(t => t is not (AnswerType.Place or AnswerType.Ordinal or AnswerType.List))];
            head = null;
            typeWords = typeWords.Union(rankWords).ToHashSet(StringComparer.Ordinal);
        }
        // "Сколько КазМунайГаз предложил за НПЗ": nothing counted, a price asked.
        if (types.Contains(AnswerType.Count)
            && QuestionConditions.Default.AsksPrice(Tokenizer.Words(text).ToList(), foldedWords, foldedWords.FindIndex(w => AnswerTypeCues.Default.Phrases.Any(p => p.Type == AnswerType.Count && p.Words[^1] == w))))
            types = [.. types.Select(t => t == AnswerType.Count ? AnswerType.Amount : t).Distinct()];
        // "…in that period?" names no time of its own to look for: its words point at the last question's.
        var timeReference = FollowUpWords.Default.TimeReference(foldedWords);
        var cueWords = timeReference.Count == 0 ? typeWords : typeWords.Union(timeReference).ToHashSet(StringComparer.Ordinal);
        // "…the next day?" names a day by the last answer's date, not by words the evidence holds.
        var dayShift = FollowUpWords.Default.DayShift(foldedWords);
        if (dayShift.Days != 0) cueWords = cueWords.Union(dayShift.Words).ToHashSet(StringComparer.Ordinal);
        var units = new List<QueryUnit>();
        var consumed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in entityMatches)
        {
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in match.Entity.Aliases.Append(match.Entity.Name))
            {
                keys.UnionWith(AliasKeys.ForAlias(alias));
                keys.UnionWith(AliasKeys.ForSpans(alias));
            }
            keys.UnionWith(AliasKeys.ForAlias(Transliterator.ToLatin(TextNormalizer.Fold(match.Entity.Name))));
            // A Cyrillic name as a Kazakh Latin text writes and inflects it: "София" as "Sofiiada", "Алматы" as "Almatydağy"
            // (whose index key is the Kazakh stem of its Cyrillic spelling).
            foreach (var alias in match.Entity.Aliases.Append(match.Entity.Name).Select(TextNormalizer.Fold).Where(TextNormalizer.IsCyrillic))
            {
                keys.UnionWith(AliasKeys.ForAlias(KazakhLatin.ToLatin(alias)));
                keys.UnionWith(Tokenizer.Words(alias).Select(Stemmer.StemKazakh));
                // "Almatyda" holds no letter of its own: its key is its first letters, as the English stemmer leaves them.
                keys.UnionWith(Tokenizer.Words(alias).Select(w => TextNormalizer.Fold(KazakhLatin.ToLatin(w))).Select(w => w.Length > Stemmer.KeyLength ? w[..Stemmer.KeyLength] : w));
            }
            // An initial ("Г. Пырванова") is no key of the name: "г." after a year would hold it in every dated line.
            keys.RemoveWhere(k => k.Length < 2);
            units.Add(new QueryUnit(match.Entity.Name, keys, IsEntity: true) { IsPerson = match.Entity.Type == "person" });
            consumed.UnionWith(match.Keys);
        }
        var personWords = PersonWords(text, lang);
        // "Bulat Bakauov" for a store that knows "Болат Бақауов": a given name spelt as another language writes it.
        var namedPeople = entityMatches.Where(m => m.Entity.Type == "person").SelectMany(m => m.Entity.Aliases.Append(m.Entity.Name))
            .SelectMany(Tokenizer.Words).Select(NameSpelling.Skeleton).Where(k => k.Length >= GivenNameLetters).ToHashSet(StringComparer.Ordinal);
        // A word read once gives the same answer every time after it (every test below only grows), so a question that
        // repeats its words thousands of times is read in one pass over its distinct words.
        var read = new HashSet<string>(StringComparer.Ordinal);
        var wordKeys = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        string? previous = null;
        foreach (var word in Tokenizer.Words(text))
        {
            var inside = !first;
            first = false;
            // "14 марта 2026 года", "2024 жылы", "2025 година": the word for a year after its number is part of the date, as
            // "14 March 2026" writes it without one; a text dating in another language or form holds no such word.
            var dating = previous is not null && Passages.TimeWords.Year(previous) is not null;
            previous = word;
            var folded = TextNormalizer.Fold(word);
            if (!read.Add(folded)) continue;
            if (lexicon.IsStopword(folded) || folded.Length < 2 && !char.IsDigit(folded[0])) continue;
            if (dating && lexicon.ConceptsOfWord(folded).Contains(YearConcept)) continue;
            // "Какого числа", "how many": the words that ask for a kind of answer are not what the answer is about.
            if (cueWords.Contains(folded)) continue;
            // "Which four fields": a number word counts the answers, it is not what they are about.
            if (CalendarWords.SmallNumber(folded) is not null && !char.IsDigit(folded[0])) continue;
            var stem = Stemmer.Stem(folded);
            // The word itself, not its stem, says it names the kind of answer: "организовал" (organise) shares a stem with
            // "организация" but is what the question is about.
            if (lexicon.ConceptsOfWord(folded).Any(answerTypes.Contains)) continue;
            var latin = TextNormalizer.IsCyrillic(folded) ? Stemmer.Stem(Transliterator.ToLatin(folded)) : null;
            if (consumed.Contains(stem) || latin is not null && consumed.Contains(latin)) continue;
            if (lang == "kk" && TextNormalizer.IsCyrillic(folded) && consumed.Overlaps(AliasKeys.ForWord(KazakhSuffixes.StripOnce(folded)))) continue;
            if (wordKeys.Contains(stem)) continue;
            var keys = new HashSet<string>(StringComparer.Ordinal) { stem };
            if (latin is not null)
            {
                keys.Add(latin);
                // "Булатом" → "булат" → "bulat": an inflected Cyrillic name meets its Latin spelling once its ending is off.
                keys.Add(Transliterator.ToLatin(stem));
            }
            IReadOnlyList<string> concepts = lexicon.ConceptsOfWord(folded);
            if (lang == "kk")
            {
                var kazakh = TermAnalyzer.KazakhQueryKeys(folded);
                keys.UnionWith(kazakh);
                // "Варнаның" → "варна": with its Kazakh ending off, a word meets the Russian, Bulgarian and Latin spellings of its stem.
                if (TextNormalizer.IsCyrillic(folded) && KazakhSuffixes.StripOnce(folded) is var bare && bare != folded)
                    keys.UnionWith(AliasKeys.ForWord(bare));
                // "Радевпен" (with Radev): once its case ending is off, the name meets its Latin spelling too.
                if (TextNormalizer.IsCyrillic(folded)) keys.UnionWith(kazakh.Where(TextNormalizer.IsCyrillic).Select(Transliterator.ToLatin));
                // "Бидайдан" (than wheat) means what its stem "бидай" means, when the lexicon lists the stem.
                if (concepts.Count == 0) concepts = kazakh.SelectMany(lexicon.ConceptsOfWord).Distinct().ToList();
                // "сауданың", "делегациясын": a Kazakh form the lexicon does not list means what the first form it lists is listed
                // under, its endings taken off one at a time ("сауда", "делегациясы").
                if (concepts.Count == 0 && TextNormalizer.IsCyrillic(folded)) concepts = ListedForm(folded);
            }
            // A word the lexicon lists means what it lists it under ("организовал": organise), not all its stem could mean.
            foreach (var concept in concepts) keys.UnionWith(lexicon.KeysOf(concept));
            // "When did Iotova hold talks with Tokayev?" is dated by "кеше вице-президент … Тоқаевпен кездесті": between named
            // people a meeting, talks and a reception are one happening told in other words (answer-types.json "kindred_events").
            // Of talks no one is named in ("the talks"), a meeting is another happening.
            if (types.Any(t => t is AnswerType.Date or AnswerType.Year) && (personWords.Count > 0 || entityMatches.Any(m => m.Entity.Type == "person")))
                foreach (var kin in concepts.SelectMany(c => AnswerTypeCues.Default.KindredEvents.TryGetValue(c, out var same) ? same : []))
                    keys.UnionWith(lexicon.KeysOf(kin));
            // The given name of a person the question names by a name the store knows, in the other language's spelling (one
            // letter apart once spelling is set aside: Bulat/Болат, Iliana/Илияна), is that person's, not someone the store lacks.
            // "Булатом": its case ending off first.
            if (inside && concepts.Count == 0 && char.IsUpper(word[0]) && namedPeople.Count > 0
                && keys.Prepend(folded).Select(NameSpelling.Skeleton).Where(k => k.Length >= GivenNameLetters).Any(k => namedPeople.Any(n => OneLetterApart(n, k)))) continue;
            wordKeys.UnionWith(keys);
            // "Iotova" for a text's "Йотова", "Йотова" for a text's "Iotova": a name the store has not learned meets its spellings in the other script.
            if (inside && concepts.Count == 0 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower)) keys.UnionWith(SpellingKeys(word));
            units.Add(new QueryUnit(word, keys, IsEntity: false)
            {
                // "Кроме нефти, что…", "Освен петрол…": a text listing the rest may say "besides oil" too, and is the better
                // for it, but one that does not still answers: the word weighs as a loose word, not as one the store lacks.
                IsLooseWord = concepts.Count == 0 && char.IsLower(word[0]) || concepts.Contains(AnswerTypeCues.Default.Exclusion),
                IsName = inside && concepts.Count == 0 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower),
                IsPerson = personWords.Contains(word),
            });
        }

        MarkTitles(units, text);
        // "Who appointed Vodenski ambassador": the one who acted, beside the act or its decree; the post is Vodenski's.
        var act = ActAsked(types, units, foldedWords);
        if (act is { } asked)
        {
            for (var u = 0; u < units.Count; u++)
                if (IsPost(units[u])) units[u] = units[u] with { IsTitle = true };
            units[asked] = units[asked] with { Keys = AnswerTypeCues.Default.Instruments.SelectMany(lexicon.KeysOf).Concat(units[asked].Keys).ToHashSet(StringComparer.Ordinal) };
        }
        // "Who is Almasadam Satkaliyev?", "Кой е Томислав Дончев?", "Саткалиев кім?": a who-question naming a person and
        // nothing else asks who that person is, the post the texts give them; never another person named beside them.
        if (act is null && head is null && types is [AnswerType.Person] && units.Count > 0 && units.TrueForAll(u => u.IsPerson)) types = [AnswerType.Post];
        // "When did he last visit", "алғаш рет": the words saying which time are asked of no text; a store without them still answers.
        var occurrence = QuestionOccurrence.Default.Read(foldedWords);
        for (var i = 0; i < units.Count; i++)
            if (!units[i].IsEntity && occurrence.Words.Contains(TextNormalizer.Fold(units[i].Label))) units[i] = units[i] with { IsLooseWord = true };
        // "Which country", "в каком городе": the kind of place asked for is rarely a word of the evidence that names it.
        var placeHead = head is not null && lexicon.ConceptsOfWord(head).Any(c => AnswerTypeCues.Default.HeadTypes.TryGetValue(c, out var t) && t == AnswerType.Place)
            ? units.FirstOrDefault(u => !u.IsEntity && TextNormalizer.Fold(u.Label) == head) : null;
        if (placeHead is not null) units.Remove(placeHead);
        var headUnit = placeHead ?? (act is { } a ? units[a] : head is null ? RoleHead(types, units, text) : units.FirstOrDefault(u => !u.IsEntity && !u.IsTitle && TextNormalizer.Fold(u.Label) == head));
        // "Which diplomat": the posts the head stands for are words of it ("посол"), in retrieval and beside the answer.
        if (act is null && placeHead is null && Reading.PostKind.Widened(headUnit) is { } widened && units.IndexOf(headUnit!) is >= 0 and var headAt)
            units[headAt] = headUnit = widened;
        var speakers = Reading.Speakers.Default.Asked(text, units);
        // "The figure Tokayev named for last year": the year before the speaker's day, not before the user's.
        var periods = QuestionPeriods.Find(text, PartialDate.From(today), reported: speakers.Count > 0);
        var kind = AgreementVocabulary.Kinds.Where(k => k.Kind != "agreement").Select(k => (k.Kind, Match: k.Pattern.Match(text)))
            .Where(k => k.Match.Success).OrderBy(k => k.Match.Index).Select(k => k.Kind).FirstOrDefault();
        // "List the documents exchanged in the presence of the presidents": a which-question or list of documents is one too.
        var aboutAgreements = kind is not null || AgreementVocabulary.Kinds.Any(k => k.Pattern.IsMatch(text)) || AgreementVocabulary.Signing.IsMatch(text)
            || Agreements.Ceremony.AsksForDocuments(text, foldedWords);
        // "В каком городе подписано соглашение о защите инвестиций?", "қай қалада": the kind of place asked ("city") is no
        // domain of the agreement (municipal); the rest of the question tells its domain.
        var domainText = AsksPlaceBy(head) ? Without(text, head!) : text;
        var domain = aboutAgreements ? AgreementVocabulary.Domains.Where(d => d.Pattern.IsMatch(domainText)).Select(d => d.Domain).FirstOrDefault() : null;
        var words = foldedWords;
        var followUps = FollowUpWords.Default;
        var position = followUps.Position(words);
        var pointsBack = followUps.PointsBack(words);
        // A follow-up is short: it opens with "and", points back at what was answered, or picks an item of the last list.
        var isFollowUp = words.Count <= 12 && (followUps.OpensFollowUp(words) || pointsBack || position is not null);

        // "Apart from oil, what does Kazakhstan export?": the rest of the exports, as a list, and no figure of them.
        var excluded = Excluded(foldedWords, units, lang);
        if (excluded is not null) types = [.. types.Select(t => t == AnswerType.Amount ? AnswerType.List : t).Distinct()];
        var acting = Reading.ActingParty.Of(text);
        // "What did Bulgaria ship in that period?": the one country acting owns the flow when no word places it.
        var actor = acting.Count == 1 ? Reading.CountryPlace.CodeOf(acting.First()) : null;
        // The main metric is read once: the metrics' list starts with it.
        var metric = excluded is null ? MetricCatalog.Default.FindInQuestion(text, actor)?.Key : null;
        var question = new Question(text, lang, units, entityMatches, cues, metric, periods,
            DateFinder.First(text, null), MoneyFinder.Find(text).Select(a => a.Value * Figure.ScaleFactor(a.Scale)).ToList(),
            kind, aboutAgreements, domain, isFollowUp)
        {
            AnswerTypes = types,
            // "For the first time", "за първи път": which time of the visit, not the first of some numbered thing.
            Ordinals = occurrence.Time == Occurrence.First ? QuestionOrdinals.Find(text).Where(n => n != 1).ToHashSet() : QuestionOrdinals.Find(text),
            Occurrence = occurrence.Time,
            ListPosition = position,
            Head = headUnit,
            AsksActor = act is not null,
            HeadWord = head,
            PointsBack = pointsBack,
            PointsBackInTime = timeReference.Count > 0,
            DayShift = dayShift.Days,
            Metrics = excluded is null ? QuestionMetrics.Find(text, actor, metric) : [],
            Excluded = excluded,
            Counted = types.Contains(AnswerType.Count) ? Counted(words, units) : [],
            CountsIn = types.Contains(AnswerType.Count) ? AnswerTypeCues.Default.UnitsAsked(words) : [],
            PlacedIn = Reading.CountryPlace.In(text, entities),
            PlacedInCountry = Reading.CountryPlace.In(text),
            Speakers = speakers,
            Sources = Reading.Speakers.Default.AskedSources(text, units, entityMatches),
            ActingParties = acting,
            AsksAfterSigning = aboutAgreements && words.Any(w => lexicon.ConceptsOfWord(w).Any(AnswerTypeCues.Default.AfterSigning.Contains)),
            // "Who signed it": a signatory, not whoever attended the signing ("who attended the signing" asks those present).
            AsksSigner = types.Contains(AnswerType.Person) && words.Any(w => lexicon.ConceptsOfWord(w).Contains(Reading.Signers.SignConcept))
                && !words.Any(w => lexicon.ConceptsOfWord(w).Contains(AttendConcept)),
        };
        return question with { AgreementAsk = Agreements.AgreementAsk.Of(question) };
    }

    /// <summary>The keys of a name's usual spellings in the other script (Cyrillic for a Latin name, Latin for a Cyrillic one).</summary>
    static IEnumerable<string> SpellingKeys(string name)
    {
        // "Илияна Йотова" asked of a Russian text's "Илианой Йотовой": the other language's spelling of the vowels is the same name.
        var cyrillic = TextNormalizer.IsCyrillic(TextNormalizer.Fold(name));
        var written = cyrillic ? [name] : NameSpelling.CyrillicSpellings(name).ToList();
        var glided = written.SelectMany(NameSpelling.GlideSpellings).ToList();
        var spellings = cyrillic ? NameSpelling.Variants(name).Concat(glided).Concat(glided.SelectMany(NameSpelling.Variants)) : written.Concat(glided);
        foreach (var spelling in spellings)
        {
            foreach (var key in AliasKeys.ForText(spelling)) yield return key;
            foreach (var key in TermAnalyzer.WordKeys(spelling)) yield return key;
        }
    }

    /// <summary>
    /// "Кой беше назначен за посланик…": a "who" question naming a post asks for the holder of that post, whose name stands
    /// beside a word for it in the evidence, as after "which ambassador"; naming none, for the one who did what it asks.
    /// </summary>
    QueryUnit? RoleHead(IReadOnlyList<AnswerType> types, List<QueryUnit> units, string text)
    {
        if (!types.Contains(AnswerType.Person)) return null;
        return units.FirstOrDefault(u => !u.IsEntity && !u.IsPerson && !u.IsTitle && lexicon.ConceptsOfWord(TextNormalizer.Fold(u.Label))
            .Any(c => AnswerTypeCues.Default.HeadTypes.TryGetValue(c, out var t) && t == AnswerType.Person))
            // "Кто организовал форум": with no post named, the relation asked about is what the answer's name stands beside.
            ?? units.FirstOrDefault(u => !u.IsEntity && !u.IsPerson && lexicon.ConceptsOfWord(TextNormalizer.Fold(u.Label))
                .Any(AnswerTypeCues.Default.WhichPersonVerbs.Contains));
    }

    /// <summary>
    /// Where the unit of an act done to the person the question names stands ("Who appointed Vodenski", "Воденскийді кім
    /// тағайындады", "кто освободил Хаджиева"), when the question asks who did it; null when it names no person, no such act,
    /// or asks for the one the act was done to ("whom did Radev appoint", "кого назначил Радев", but "от кого е назначен").
    /// </summary>
    int? ActAsked(IReadOnlyList<AnswerType> types, List<QueryUnit> units, List<string> words)
    {
        if (!types.Contains(AnswerType.Person) || !units.Any(u => u.IsPerson)) return null;
        var cues = AnswerTypeCues.Default;
        foreach (var phrase in cues.ObjectQuestions)
            for (var i = 0; i + phrase.Length <= words.Count; i++)
                if (WordPhrase.At(words, i, phrase) && (i == 0 || !cues.AgentWords.Contains(words[i - 1]))) return null;
        var at = units.FindIndex(u => !u.IsEntity && !u.IsPerson && Concepts(TextNormalizer.Fold(u.Label)).Any(cues.ActsOnAPerson.Contains));
        return at < 0 ? null : at;
    }

    IReadOnlyList<string> Concepts(string folded) => lexicon.ConceptsOfWord(folded) is { Count: > 0 } listed ? listed : ListedForm(folded);

    bool IsPost(QueryUnit unit) => !unit.IsEntity && !unit.IsPerson && Concepts(TextNormalizer.Fold(unit.Label))
        .Any(c => AnswerTypeCues.Default.HeadTypes.TryGetValue(c, out var t) && t == AnswerType.Person);

    /// <summary>
    /// The unit an exclusion word leaves out: the first content word after it ("apart from oil", "кроме нефти", "освен
    /// петрол"), in Kazakh the one before it ("мұнайдан басқа").
    /// </summary>
    QueryUnit? Excluded(List<string> words, List<QueryUnit> units, string lang)
    {
        var at = words.FindIndex(w => lexicon.ConceptsOfWord(w).Contains(AnswerTypeCues.Default.Exclusion));
        if (at < 0) return null;
        var step = lang == "kk" ? -1 : 1;
        for (var i = at + step; i >= 0 && i < words.Count; i += step)
        {
            if (lexicon.IsStopword(words[i])) continue;
            return units.FirstOrDefault(u => !u.IsEntity && TextNormalizer.Fold(u.Label) == words[i]);
        }
        return null;
    }

    /// <summary>
    /// "Кто встречался с послом Избастиным?", "Who met ambassador Izbastin?": a post written beside a person the question
    /// names is that person's title, the one met — not the post of the person asked for.
    /// </summary>
    void MarkTitles(List<QueryUnit> units, string text)
    {
        var people = units.Where(u => u.IsPerson).ToList();
        if (people.Count == 0) return;
        var written = Tokenizer.Words(text).ToList();
        bool Names(int i) => i >= 0 && i < written.Count && AliasKeys.ForText(written[i]) is var keys && people.Any(p => p.Keys.Overlaps(keys));
        for (var u = 0; u < units.Count; u++)
        {
            var post = units[u];
            if (post.IsEntity || post.IsPerson || !lexicon.ConceptsOfWord(TextNormalizer.Fold(post.Label))
                .Any(c => AnswerTypeCues.Default.HeadTypes.TryGetValue(c, out var t) && t == AnswerType.Person)) continue;
            for (var i = 0; i < written.Count; i++)
                if (written[i] == post.Label && (Names(i - 1) || Names(i + 1))) { units[u] = post with { IsTitle = true }; break; }
        }
    }

    IReadOnlyList<string> ListedForm(string folded)
    {
        const int MaxEndings = 3;
        var form = folded;
        for (var i = 0; i < MaxEndings; i++)
        {
            var bare = KazakhSuffixes.StripOnce(form);
            if (bare == form) break;
            if (lexicon.ConceptsListing(bare) is { Count: > 0 } concepts) return concepts;
            form = bare;
        }
        return [];
    }

    /// <summary>
    /// "Варнаның", "Астанада": a Kazakh question inflects the names it asks about; each word offers its keys with its Kazakh
    /// case ending off too, so the name is found as the store knows it (Varna, with its Latin spellings).
    /// </summary>
    static HashSet<string> KazakhTextKeys(string text)
    {
        var keys = AliasKeys.ForText(text);
        foreach (var word in Tokenizer.Words(text))
        {
            var folded = TextNormalizer.Fold(word);
            if (TextNormalizer.IsCyrillic(folded) && char.IsUpper(word[0])) keys.UnionWith(AliasKeys.ForWord(KazakhSuffixes.StripOnce(folded)));
        }
        return keys;
    }

    /// <summary>The words of the personal names a question writes ("Rumen Radev", "Илияна Йотова"), known or not.</summary>
    // A given name shorter than this is too short to tell from another by one letter.
    const int GivenNameLetters = 4;

    /// <summary>Two spellings that differ by at most one letter put in, left out or changed.</summary>
    static bool OneLetterApart(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (i == a.Length || i == b.Length) return true;
        return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1)) || a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1)) || a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i));
    }

    static HashSet<string> PersonWords(string text, string lang) =>
        PersonFinder.Find(TokenList.Of(text), lang, [], new HashSet<string>(StringComparer.Ordinal))
            .SelectMany(n => Tokenizer.Words(text.Substring(n.Start, n.Length))).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The words a "how many" question counts: those right after it, up to the first function word ("How many
    /// engineering students are…" → engineering, students; "Колко казахстански студенти учат" → казахстански, студенти, учат).
    /// </summary>
    List<QueryUnit> Counted(List<string> words, List<QueryUnit> units)
    {
        const int MaxWords = 4;
        var cue = words.FindIndex(w => AnswerTypeCues.Default.Phrases.Any(p => p.Type == AnswerType.Count && p.Words[^1] == w));
        var counted = new List<QueryUnit>();
        if (cue < 0) return counted;
        foreach (var word in words.Skip(cue + 1))
        {
            if (lexicon.IsStopword(word) || counted.Count == MaxWords) break;
            if (UnitOf(word, entity: false) is { } unit) counted.Add(unit);
        }
        // "Ал болгар мәдени орталықтары қанша?", "А культурных центров сколько?": the question word closes the question and
        // what it counts stands before it.
        // Only a question word that ends the question: in "2024 жылы қанша болды" the words before it say of what figure and when.
        // "Шымкент халқының саны қанша?" asks the number of a thing, stated as "a population of 1.2 million": not a count of nouns.
        if (counted.Count == 0 && cue == words.Count - 1 && cue > 0 && !Spans.SpanWords.Default.CountNouns.Contains(words[cue - 1]))
        {
            for (var i = cue - 1; i >= 0 && counted.Count < MaxWords && !lexicon.IsStopword(words[i]) && !words[i].Any(char.IsDigit) && !Passages.TimeWords.IsTime(words[i]); i--)
                if (UnitOf(words[i], entity: false) is { } unit) counted.Insert(0, unit);
        }
        // "Сколько болгар было в 1999 году?", "Қанша қазақ тұрады?": a people's name is what is counted when nothing else is; beside
        // another noun ("сколько казахстанских студентов") it only says whose.
        if (counted.Count == 0 && cue + 1 < words.Count && UnitOf(words[cue + 1], entity: true) is { } people)
            counted.Add(people);
        return counted;

        // The question's unit a word of it is the label of: a word, or a known name.
        QueryUnit? UnitOf(string word, bool entity) =>
            units.FirstOrDefault(u => u.IsEntity == entity && string.Equals(TextNormalizer.Fold(u.Label), word, StringComparison.Ordinal));
    }

    bool AsksPlaceBy(string? head) =>
        head is not null && lexicon.ConceptsOfWord(head).Any(c => AnswerTypeCues.Default.HeadTypes.TryGetValue(c, out var t) && t == AnswerType.Place);

    /// <summary>The text without the words whose folded form is <paramref name="folded"/>.</summary>
    static string Without(string text, string folded)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        var at = 0;
        var position = 0;
        while (Tokenizer.Next(text, ref position, out var start, out var length))
        {
            if (TextNormalizer.Fold(text.Substring(start, length)) != folded) continue;
            sb.Append(text, at, start - at).Append(' ');
            at = start + length;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }
}
