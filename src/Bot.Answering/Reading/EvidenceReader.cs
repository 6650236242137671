using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Passages;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Metrics;
using Bot.Knowledge.Search;

namespace Bot.Answering.Reading;

/// <summary>
/// Reads the best evidence windows for the thing a question asks: each window must hold the question's hard
/// constraints (its year), and a span of every asked type, the one nearest the question's words winning. Other sources
/// that answer too are kept, so an answer can say where they agree or differ.
/// </summary>
public sealed partial class EvidenceReader(PassageSearch search, EvidenceFinder finder, SpanFinder spans, WordKeys words, MetricCheck metrics)
{
    const int WindowsToRead = 16;

    /// <summary>The reader over a store's passages with the default lexicon and metric catalogue: the offline answerer's and the model's evidence alike.</summary>
    public static EvidenceReader Over(PassageSearch search)
    {
        var words = new WordKeys();
        return new EvidenceReader(search, new EvidenceFinder(search, words), new SpanFinder(DomainLexicon.Default, words), words, new MetricCheck(MetricCatalog.Default));
    }

    // A span one sentence away from the evidence counts for less than one in it.
    const double NeighbourSpan = 0.7;

    const double HeadlessPerson = 0.3;

    // Evidence holding this share of the question's weight is about what it asks: a condition that excluded it is worth naming.
    const double CloseToTheQuestion = 0.6;

    static readonly IReadOnlySet<string> EmptyEvents = new HashSet<string>();

    // A person named where no word of the asked post or relation stands ("Той сменя на поста Боян Хаджиев" for "who was
    // appointed ambassador"; the president who took part for "who organised the forum") answers less well than one
    // beside it, however much of the question the sentence repeats.
    const double HeadlessWindow = 0.7;

    public Reading Read(Question q, EntityIndex entities)
    {
        var weights = QueryWeights.Of(q.Units, search, q.OwnUnits, Speakers.Default.SourceBits(q));
        var windows = finder.Find(q, weights, WindowsToRead);
        // "Председателят на НТСТ Ясен Ишев" answers "the chairman of the Scientific and Technical Union of Transport" where
        // a text read defines the short form: the question is read again with it standing for the words it shortens.
        if (Abbreviations.Expand(q, windows.Select(w => w.Window.Passage.Text), words) is { } expanded)
        {
            q = expanded;
            weights = QueryWeights.Of(q.Units, search, q.OwnUnits, Speakers.Default.SourceBits(q));
            windows = finder.Find(q, weights, WindowsToRead);
        }
        if (ConstraintCheck.ReadsListing(q)) q = q with { PlacedPassages = PlacedPassages(q, windows) };
        // "Who signed the law": the lines closing the law name its signer, where no sentence does.
        if (SignatureBlocks.Default.AskedAct(q) is { } act && SignedBy(q, windows, weights, act, entities) is { } signed) return signed;
        var reach = AnchorWeights(weights);
        var types = q.AnswerTypes.Where(SpanFinder.Spans).ToList();
        var events = types.Any(t => t is AnswerType.Date or AnswerType.Year) ? DateEvents.Default.Asked(q) : EmptyEvents;
        var answers = new List<Candidate>();
        var rejected = new List<ScoredWindow>();
        var related = new List<ScoredWindow>();
        var otherSteps = 0;
        var proposed = false;
        var unmetNames = new List<string>();
        // A question of a period, or of a date, reads a chronology item's day in the year of its section's heading.
        var dated = types.Any(t => t is AnswerType.Date or AnswerType.Year) || q.Date is not null || q.Periods.Any(p => p.StartYear != Question.AnyYear);
        foreach (var read in windows)
        {
            var w = dated && DayYear(read.Window) is { } year ? read with { Window = read.Window with { DayYear = year } } : read;
            // A question line (an FAQ heading, an interviewer's question) states nothing: its neighbour's window reads the answer.
            if (!w.Spoken || AboutTheExcluded(q, w) || Speakers.EndsAsking(w.Window.Sentence)) { rejected.Add(w); continue; }
            if (Conditions.EvidenceConditions.Unmet(q, w, entities) is { } unmet)
            {
                // "When did it enter into force" over "signed …, ratified by the law of 10 June 2005": the dates the sources
                // do give are what a refusal shows.
                if (unmet == Conditions.AskedStep.Default && DatesAnotherStep(q, w, entities, events)) related.Insert(otherSteps++ + (proposed ? 1 : 0), w);
                rejected.Add(w);
                if (w.Coverage >= CloseToTheQuestion && !unmetNames.Contains(unmet.Name)) unmetNames.Add(unmet.Name);
                continue;
            }
            if (types.Count == 0)
            {
                // "Каким был товарооборот области за весь 2024 год?" over "… in January–July 2024 came to $4.7 million": a sentence
                // whose every value of the asked series is stated for another period than the one asked is no answer to it.
                if (ValuesOfAnotherPeriod(q, w.Window, entities)) { related.Add(w); continue; }
                answers.Add(new Candidate(w, [], w.Coverage)
                {
                    Quoted = q.Wants(AnswerType.List) || ListContinuation.Introduces(w.Window.Sentence) ? ListContinuation.Quoted(q, w.Window, words, search.Following) : [w.Window.Sentence],
                });
                continue;
            }
            if (ProposalCheck.Default.OnlyProposed(w.Window.Sentence, events) || QuestionConditions.Default.OnlyOffered(w.Window.Sentence, events))
            {
                // "X proposed that a group be created" dates no creation: a refusal shows the proposal first.
                related.Insert(0, w);
                proposed = true;
                continue;
            }
            // "По ее итогам планируется подписание 7 документов": documents still to be signed are no count of those signed.
            if (CountsPlannedDocuments(q, w.Window.Sentence))
            {
                related.Add(w);
                continue;
            }
            // "How much did X finally pay": an amount only offered or bid is what the sources say, not the price paid.
            if (types.Contains(AnswerType.Amount) && QuestionConditions.Default.OnlyOfferedPrice(q, w.Window.Sentence))
            {
                related.Add(w);
                continue;
            }
            if (OfAnotherItem(q, w, types)) { rejected.Add(w); continue; }
            if (Read(q, w, types, entities, reach, events) is { } candidate) answers.Add(candidate);
            // "Following the talks, the following documents were exchanged:" and five memoranda: the count is the items'.
            else if (ListCount.Of(q, w.Window, words, search.Following) is { } counted)
                answers.Add(new Candidate(w, [counted.Span], w.Coverage * ListCount.Factor) { Quoted = counted.Quoted });
            else if (!types.Any(t => spans.StatesAny(t, w.Window.Sentence))) related.Add(w);
            else if (DatesAnotherStep(q, w, entities, events))
            {
                // The dates the sources do give (signed, ratified) are what a refusal of "when did it enter into force" shows.
                related.Insert(otherSteps++ + (proposed ? 1 : 0), w);
            }
        }
        // "Олар қай жылдары көшіп келді?": a follow-up pointing back with a pronoun asks about what the last answer told of, and
        // the documents it came from tell of that; an answer they give wins over another document's about someone else.
        // "And from the Bulgarian side?" asks of the same occasion: the documents that told of it tell its other side.
        if ((q.PointsBack || q.SameOccasion) && q.PreferredDocuments.Count > 0 && answers.Any(FromLastAnswer))
            answers.RemoveAll(a => !FromLastAnswer(a));
        bool FromLastAnswer(Candidate a) => q.PreferredDocuments.Contains(a.Window.Window.Source.DocumentId);
        // "In 2024": a value stated for the whole year answers it; one for eleven of its months is another period's value.
        if (q.Periods.Any(p => p.IsWholeYear && p.StartYear != Question.AnyYear) && answers.Any(a => OfWholeAskedYear(q, a) == true))
            answers.RemoveAll(a => OfWholeAskedYear(q, a) == false);
        // "Читайте также: – В Астане прошёл бизнес-форум … – 18 октября 2023": a teaser under a head of other stories is
        // another article's headline; the article's own sentence that answers is the answer.
        if (answers.Any(a => !UnderOtherStories(a.Window.Window)) && answers.Any(a => UnderOtherStories(a.Window.Window)))
            answers.RemoveAll(a => UnderOtherStories(a.Window.Window));
        // The day an item is dated answers "when" only where no text states a date: a stated one, anywhere, is surer.
        if (answers.Any(a => a.Spans.Any(s => s.ReportDate)) && answers.Any(a => a.Spans.Count > 0 && !a.Spans.Any(s => s.ReportDate)))
            answers.RemoveAll(a => a.Spans.Any(s => s.ReportDate));
        // "В какие дни проходил визит": a date a source gives only as a plan ("Това ще бъде първото посещение … от 1999 г.")
        // answers a question of what happened only where no source dates it as done.
        if (!TenseOfEvent.Default.AsksAhead(q) && !Conditions.HeldEvent.Default.AsksPlan(q.Text) && answers.Any(a => Dates(a, planned: false)) && answers.Any(a => Dates(a, planned: true)))
            answers.RemoveAll(a => Dates(a, planned: true) && !Dates(a, planned: false));
        // "В какие дни проходил визит": the range a source gives, not the day another says it began or ended.
        EventDays.Default.KeepRanges(q, answers);
        // Evidence naming no person or institution the store knows is still evidence: quoted, it answers better than a refusal.
        // A sentence naming no place does not say where: the refusal quotes it as what the sources do say.
        // Only a sentence about whom and what the question names, though: "300 Bulgarians live in Karaganda" does not say
        // whom Marinova met there.
        // Nor, for the holder of a post, one naming no one at all, or no one beside the post: "Kazakhstan has had an honorary
        // consulate here for years" does not say who the consul is, nor does a sentence about the city's mayors.
        // "Who was the deputy governor": the governor's sentence is neither quoted as the answer nor shown as what the sources say.
        // "Who signed it": a sentence telling of the signing but naming no signatory is what the sources say, not who signed.
        if (answers.Count == 0 && q.Wants(AnswerType.Person) && DeputyOfPost.Asks(q))
            related.RemoveAll(w => DeputyOfPost.NamesTheHolder(q, w.Window.Sentence));
        if (answers.Count == 0 && types.Count > 0 && types.All(SpanFinder.MayNameUnlearned))
            answers.AddRange(related.Where(w => NamesThePeople(q, w) && (!PostOfPerson.AsksHolder(q) || HeadAnchors(w.Window.Sentence, q.Head!) is { Count: > 0 } heads
                        && MayNameSomeone(w.Window.Sentence, entities) && (!DeputyOfPost.Asks(q) || DeputyOfPost.NamedBeside(w.Window.Sentence, heads)))
                    // "Who spoke for the government at the launch of the stamps": a sentence telling of the launch and naming no
                    // one (known or written as a name) says nothing of who; it is what the sources say, beside a refusal.
                    && (!(QuestionConditions.Default.Of(q).PersonOnly || types.Contains(AnswerType.Person)) || MayNameSomeone(w.Window.Sentence, entities))
                    && !q.AsksSigner)
                .Select(w => new Candidate(w, [], w.Coverage) { Quoted = [w.Window.Sentence] }));
        // "How did the committee vote": the sentence giving the tally, where one does, not one that only mentions a vote.
        if (types.Count == 0 && VoteTally.Asked(q)) answers = VoteTally.Tallied(answers);
        // "Which centres are mentioned": a sentence naming the items answers a list better than one counting them.
        if (types.Count == 0 && q.Wants(AnswerType.List)) answers = ListContinuation.NamingFirst(q, answers);
        var ranked = CountTimes.Default.Ranked(q, OccurrenceOrder.Ranked(q, FocusRanking.Ranked(answers)));
        // "What does the memorandum provide for": the list its lead sentence opens ("Меморандум предусматривает:"), whole.
        if (types.Count == 0 && ProvisionList.Asked(q)) ranked = ProvisionList.First(ranked);
        // "UPD: … ошибочно указано 13 марта. Встреча состоялась 12 марта.": a value a notice of its page corrects is given as corrected.
        var uncounted = q with { Counted = [] };
        ranked = Corrections.Apply(ranked, search.Notices(), (type, text, published) => spans.Find(type, text, uncounted, entities, published));
        // "When was the 30th anniversary": the date of what it counts from, that many years on.
        ranked = Anniversaries.Apply(q, ranked);
        // "Which ministers were in the Bulgarian delegation": every row of the best row's table holding the asked post.
        ranked = [.. RowGroupPeople.Apply(q, ranked, search, spans, entities)];
        return new Reading(ranked, rejected, answers.Count > 0 ? [] : related) 
        {
            RelatedHeader = answers.Count > 0 ? null : proposed ? "proposal_header" : otherSteps > 0 ? "other_steps_header" : null,
            Explained = proposed ? 1 : otherSteps,
            Unmet = answers.Count > 0 ? [] : unmetNames,
        };
    }

    static bool Dates(Candidate a, bool planned) => a.Spans.Any(s => s.Type is AnswerType.Date or AnswerType.Year && s.Planned == planned);

    /// <summary>A question of a series' period, over a sentence stating amounts of it none of which is stated for the period asked.</summary>
    bool ValuesOfAnotherPeriod(Question q, Evidence.EvidenceWindow w, EntityIndex entities)
    {
        if (q.Metric is null || !q.Periods.Any(p => p.StartYear != Question.AnyYear)) return false;
        var amounts = spans.Find(AnswerType.Amount, w.Sentence, q, entities, w.Published);
        return amounts.Count > 0 && amounts.All(a => !TimeCheck.SpanHolds(q, w.Sentence, a, w.Published));
    }

    /// <summary>
    /// The stored figures no correction notice of their page names wrong ("Поправка: … погрешно беше посочено … 61,6 млн.
    /// долара. Правилната стойност е 71,6 млн. долара."): the page's sentence is read instead, with its corrected value.
    /// </summary>
    public IReadOnlyList<Knowledge.Model.Figure> Standing(Question q, IReadOnlyList<Knowledge.Model.Figure> figures, EntityIndex entities)
    {
        var notices = search.Notices();
        if (figures.Count == 0 || notices.Count == 0 || !figures.Any(f => notices.ContainsKey(f.Source.DocumentId))) return figures;
        var uncounted = q with { Counted = [] };
        var standing = new List<Knowledge.Model.Figure>(figures.Count);
        foreach (var f in figures)
        {
            if (!notices.TryGetValue(f.Source.DocumentId, out var texts)) { standing.Add(f); continue; }
            var published = Knowledge.Model.PartialDate.Parse(f.Source.Published);
            IReadOnlyList<AnswerSpan> Values(string s) =>
                [.. spans.Find(AnswerType.Amount, s, uncounted, entities, published), .. spans.Find(AnswerType.Count, s, uncounted, entities, published)];
            var value = new AnswerSpan(AnswerType.Amount, "", 0, 0) { Value = f.Value, Scale = f.Scale };
            if (Corrections.NamedWrong(value, texts, Values)) continue;
            // "… exceeded $83 million, not $38 million as reported": the right value is quoted without the one it replaces.
            standing.Add(Corrections.WithoutWithdrawn(value, f.Evidence, texts, Values) is { } kept ? f with { Evidence = kept } : f);
        }
        return standing;
    }

    // The documents of the best evidence whose closing lines are read for a signature, and how far into each.
    const int SignedDocuments = 3;
    const int SignedPassages = 400;

    /// <summary>
    /// The signature closing an act of the asked kind in the documents the evidence comes from: first in the document whose
    /// windows hold more of the question between them; then one under a heading of that kind of act ("УКАЗ № 48") over one
    /// closing a text with no act heading; then the best window's. The act is the document as a whole: "the law ratifying
    /// the tourism agreement" is the law whose text names tourism somewhere, not the one whose single line best repeats
    /// "law", "ratification" and "agreement" (another law ratifying another agreement). The word naming the act counts for
    /// neither: each document read is an act of that kind, whether or not a window repeats its heading.
    /// </summary>
    Reading? SignedBy(Question q, IReadOnlyList<ScoredWindow> windows, QueryWeights weights, string act, EntityIndex entities)
    {
        var named = Enumerable.Range(0, Math.Min(64, q.Units.Count)).Where(i => SignatureBlocks.Default.NamesAct(q.Units[i].Label)).Aggregate(0UL, (m, i) => m | 1UL << i);
        var held = windows.GroupBy(w => w.Window.Source.DocumentId).ToDictionary(g => g.Key, g => weights.Of(g.Aggregate(0UL, (m, w) => m | w.Units.Any) & ~named));
        var signed = windows.DistinctBy(w => w.Window.Source.DocumentId).Take(SignedDocuments)
            .Select(w => (Best: w, Signature: SignatureBlocks.Default.Of(search.DocumentPassages(w.Window.Source.DocumentId, SignedPassages), act).FirstOrDefault()))
            .Where(d => d.Signature is not null)
            .OrderByDescending(d => held[d.Best.Window.Source.DocumentId]).ThenByDescending(d => d.Signature!.Headed).FirstOrDefault();
        if (signed is not ({ } best, { } s)) return null;
        var window = best with { Window = new EvidenceWindow(s.Passage, 0, s.Passage.Text, null, null) };
        // "Н. НАЗАРБАЕВ": the person the store knows by that name, in full and in the user's script where it can.
        var known = entities.FindSpans(s.Name).FirstOrDefault(e => e.Entity.Type == "person")?.Entity;
        var span = new AnswerSpan(AnswerType.Person, known is { } k && s.Name.Contains('.', StringComparison.Ordinal) ? k.Name : s.Name, s.Start, s.Length)
        {
            Role = s.Post, EntityId = known?.Id, Aliases = known?.Aliases ?? [],
        };
        return new Reading([new Candidate(window, [span], best.Coverage) { Quoted = [s.Lines] }], [], []);
    }

    static bool UnderOtherStories(EvidenceWindow w) =>
        Bot.Knowledge.Ingestion.Reading.OtherStories.Heads(w.ListIntro) || Bot.Knowledge.Ingestion.Reading.OtherStories.IsHead(w.Before)
        || Bot.Knowledge.Ingestion.Reading.OtherStories.Heads(w.Sentence);

    // How many paragraphs back a report's opening may place what a later paragraph tells.
    const int PlacingParagraphs = 4;

    /// <summary>The windows' passages after a paragraph of their document naming every place the question names (<see cref="Question.PlacedPassages"/>).</summary>
    HashSet<long> PlacedPassages(Question q, IReadOnlyList<ScoredWindow> windows)
    {
        var places = 0UL;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (ConstraintCheck.IsPlace(q, q.Units[i])) places |= 1UL << i;
        var placed = new HashSet<long>();
        if (places == 0) return placed;
        var masks = new UnitMasks(q.Units);
        bool NamesThePlaces(string paragraph) => (words.Held(paragraph, masks) & places) == places;
        foreach (var id in windows.Select(w => w.Window.Passage.Id).Distinct())
        {
            for (var back = 1; back <= PlacingParagraphs && search.ParagraphBefore(id, back) is { } before; back++)
                if (NamesThePlaces(before))
                {
                    placed.Add(id);
                    break;
                }
            // "… held talks in the Akorda …" opens the report; six paragraphs on, "Following the talks, the following documents
            // were exchanged:" is still about the talks there (a sentence placing itself elsewhere is not: StoryPlaced).
            if (!placed.Contains(id) && search.Opening(id, OpeningParagraphs).Any(NamesThePlaces)) placed.Add(id);
        }
        return placed;
    }

    // How many paragraphs open a report: a caption and the lead.
    const int OpeningParagraphs = 2;

    /// <summary>
    /// Whether the candidate's number is stated for a whole year the question asks (true), for part of one (false), or
    /// for no period its sentence states (null).
    /// </summary>
    static bool? OfWholeAskedYear(Question q, Candidate a)
    {
        var number = a.Spans.FirstOrDefault(s => s.Type.IsNumber());
        var sentence = a.Window.Window.Sentence;
        if (number is null || number.End > sentence.Length || !sentence.AsSpan(number.Start, number.Length).SequenceEqual(number.Text)) return null;
        if (TimeCheck.PeriodOf(sentence, number, a.Window.Window.Published) is not { } p) return null;
        return q.Periods.Any(asked => asked.IsWholeYear && asked.StartYear == p.StartYear) ? p.IsWholeYear : null;
    }

    /// <summary>
    /// "Apart from oil, what does it export": a sentence about oil answers nothing, unless it leaves oil out itself
    /// ("Мұнайдан бөлек … алюминий, ферроқорытпалар …") or goes on to other goods ("crude oil, and also ferroalloys and
    /// wheat", "нефть, а также цинк"): those are the rest the question asks for.
    /// </summary>
    static bool AboutTheExcluded(Question q, ScoredWindow w)
    {
        if (q.Excluded is not { } excluded) return false;
        var i = q.Units.ToList().IndexOf(excluded);
        if (i < 0 || i >= 64 || !w.Units.Holds(i, sentenceOnly: true)) return false;
        var exclusion = AnswerTypeCues.Default.Exclusion;
        var lexicon = DomainLexicon.Default;
        var concepts = Bot.Knowledge.Text.Tokenizer.Words(Bot.Knowledge.Text.TextNormalizer.Fold(w.Window.Sentence)).SelectMany(lexicon.ConceptsOfWord).ToHashSet(StringComparer.Ordinal);
        if (concepts.Contains(exclusion)) return false;
        // The goods the question itself names ("crude oil") are the excluded; any other good the sentence names is the rest.
        // Read from the units' keys, which hold a listed form's concept keys however the word is inflected ("бидайдан").
        return !concepts.Any(c => AnswerTypeCues.Default.GoodsItems.Contains(c) && !q.Units.Any(u => u.Keys.Overlaps(lexicon.KeysOf(c))));
    }

    /// <summary>
    /// "Who did the Shymkent chamber sign with": an item of a list of documents that does not itself name what the question
    /// names (Shymkent) is another document's item, whatever its neighbour items name; its parties answer nothing asked.
    /// </summary>
    /// <summary>
    /// "How many documents were signed" read against a sentence that plans, hopes for or denies a signing: its number is
    /// of documents not signed (yet). A question about the plan itself ("сколько документов планируется подписать") is not
    /// turned away.
    /// </summary>
    static bool CountsPlannedDocuments(Question q, string sentence) =>
        q.Wants(AnswerType.Count) && q.Counted.Count > 0 && QuestionConditions.Default.CountsDocuments(q)
        && AgreementVocabulary.TellsUnsigned(sentence) && !AgreementVocabulary.NotYetSigned.IsMatch(q.Text);

    static bool OfAnotherItem(Question q, ScoredWindow w, List<AnswerType> types)
    {
        if (!types.Any(t => t is AnswerType.Person or AnswerType.Organisation or AnswerType.Place or AnswerType.Name) || !ListContinuation.InList(w.Window)) return false;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (q.Units[i].IsEntity && (w.Units.Sentence & 1UL << i) == 0) return true;
        return false;
    }

    /// <summary>The sentence dates another step of an agreement's life than the asked one.</summary>
    bool DatesAnotherStep(Question q, ScoredWindow w, EntityIndex entities, IReadOnlySet<string> events) =>
        events.Count > 0 && spans.Find(AnswerType.Date, w.Window.Sentence, q, entities, w.Window.Published)
            .Any(s => DateEvents.Default.OfAnotherStep(w.Window.Sentence, s, events));

    /// <summary>
    /// The sentence names someone, learned by the store or written as a name ("Ivanova", "Mr Petrov"), in capitals too:
    /// newsletters, lists and headings write names so ("2. ИВАН ДИМИТРОВ").
    /// </summary>
    static bool MayNameSomeone(string sentence, EntityIndex entities) =>
        entities.FindIn(sentence).Any(m => m.Entity.Type == "person")
        || WritesAPerson(sentence)
        || WordsInCapitals.Recased(sentence) is { } recased && WritesAPerson(recased);

    static bool WritesAPerson(string sentence) =>
        Bot.Knowledge.Entities.PersonFinder.Find(Bot.Knowledge.Extraction.Vocabulary.TokenList.Of(sentence), Bot.Knowledge.Text.LanguageGuess.Of(sentence), [], new HashSet<string>(StringComparer.Ordinal)).Count > 0;

    /// <summary>The window's sentence or its neighbours name every person the question names.</summary>
    static bool NamesThePeople(Question q, ScoredWindow w)
    {
        var near = w.Units.Sentence | w.Units.Neighbours;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (q.Units[i].IsPerson && (near & 1UL << i) == 0) return false;
        return true;
    }

    /// <param name="events">The events the question asks the date of (<see cref="DateEvents.Asked"/>), read once per question.</param>
    Candidate? Read(Question q, ScoredWindow w, List<AnswerType> types, EntityIndex entities, double[] reach, IReadOnlySet<string> events)
    {
        var chosen = new List<AnswerSpan>();
        var quoted = new List<string> { w.Window.Sentence };
        double closeness = 0;
        var headless = false;
        var dated = 1.0;
        var answeredFrom = new HashSet<string>(StringComparer.Ordinal);
        var rivals = new List<AnswerSpan>();
        string? personFrom = null;
        string? placeFrom = null;
        foreach (var type in types)
        {
            var (span, proximity, from, rival) = Best(q, w, type, entities, reach, events);
            if (rival is not null) rivals.Add(rival);
            if (span is null || from is not null && !(Conditions.OrdinalCondition.Agrees(q, from) && Conditions.HeldEvent.Agrees(q, from) && Conditions.PartnerCountry.Agrees(q, from) && Conditions.PreviousRound.Agrees(q, w.Window, from))) return null;
            chosen.Add(span);
            closeness += proximity;
            if (type == AnswerType.Person) personFrom ??= from ?? w.Window.Sentence;
            if (type == AnswerType.Place) placeFrom ??= from ?? w.Window.Sentence;
            // "Who appointed Kolev": a person written apart from the act ("Илиев, който беше освободен … укази") is not beside it.
            var noHead = type == AnswerType.Person && q.Head is { } h && HeadAnchors(from ?? w.Window.Sentence, h) is var anchors
                && (anchors.Count == 0 || ActorOfAct.Factor(q, from ?? w.Window.Sentence, span, anchors) < 1)
                // "Кой е почетен консул във Варна?" / "Стефан Маринов, от 2019 г.": the answer's question names the post.
                && !(anchors.Count == 0 && from is null && w.Window.Asked is { } asked && HeadAnchors(asked, h).Count > 0);
            // "Which akim received her": a person the evidence gives no such post is not the one asked for.
            if (type == AnswerType.Person && Conditions.AnswerPost.Judge(q, w.Window, span, !noHead) != Conditions.Verdict.Met) return null;
            headless |= noHead;
            // "When were relations established": a date of an embassy's opening or a council's decision is no rival source.
            if (type is AnswerType.Date or AnswerType.Year)
            {
                // "When did the convention enter into force": its signing date is not that date, however well it is stated.
                if (DateEvents.Default.OfAnotherStep(from ?? w.Window.Sentence, span, events)) return null;
                dated = Math.Min(dated, DateEvents.Default.Factor(from ?? w.Window.Sentence, span, events));
            }
            if (from is not null && !quoted.Contains(from)) quoted.Insert(from == w.Window.Before ? 0 : quoted.Count, from);
            answeredFrom.Add(WithoutSpan(from ?? w.Window.Sentence, span));
        }
        // "Who attended the opening": those present at another event are no answer.
        if (personFrom is not null && Attendees.Asks(q) && Attendees.OfAnotherEvent(q, w.Window, personFrom)) return null;
        // "С кем встречалась Цачева": everyone the sentence says she met, not only the one nearest the question's words.
        // "Who are the co-chairs": each side's, where the sentence names both.
        if ((MetPeople.Asks(q) || SharedPost.AsksEveryHolder(q)) && personFrom is not null && chosen.FirstOrDefault(s => s.Type == AnswerType.Person) is { } holder)
            chosen.AddRange(MetPeople.Besides(q, holder, spans.Find(AnswerType.Person, personFrom, q, entities, w.Window.Published)));
        // "Who attended the opening": everyone the sentence names as present, and those named by the sentence beside it that
        // it adds to, or that adds to it ("… също присъстваха на откриването" after "Сред гостите на церемонията бяха …").
        else if (Attendees.Asks(q) && personFrom is not null && chosen.FirstOrDefault(s => s.Type == AnswerType.Person) is { } guest)
        {
            chosen.AddRange(MetPeople.Besides(q, guest, spans.Find(AnswerType.Person, personFrom, q, entities, w.Window.Published)));
            if (Attendees.Beside(w.Window, personFrom) is { } beside)
            {
                chosen.AddRange(Attendees.Named(q, spans.Find(AnswerType.Person, beside, q, entities, w.Window.Published)).Where(s => !chosen.Any(c => c.Text == s.Text)));
                if (!quoted.Contains(beside)) quoted.Insert(quoted.IndexOf(personFrom) is var at and >= 0 ? (Attendees.Adds(personFrom) ? at : at + 1) : quoted.Count, beside);
            }
        }
        // "Кой подписа … от страна на Шимкент и от страна на Пловдив", "who signed for A and for B": every signatory the
        // sentence names, each for a side; not the head of state at the ceremony.
        // "Who signed the memorandum" of two cities or two countries asks of both: each side's signatory, as the sentence names them.
        else if (q.AsksSigner && (SideOfPerson.AsksEverySide(q) || SideOfPerson.AskedSides(q).IsEmpty)            && personFrom is { } signed && chosen.FirstOrDefault(s => s.Type == AnswerType.Person) is { } signer)
            chosen.AddRange(MetPeople.Besides(q, signer, spans.Find(AnswerType.Person, signed, q, entities, w.Window.Published))
                .Where(s => !Signers.Default.Excludes(signed, s, () => false)));
        // "Through which ports did the train pass": every stop the sentence names, not only the one nearest the question's words.
        if (placeFrom is not null && RouteStops.Asks(q) && chosen.FirstOrDefault(s => s.Type == AnswerType.Place) is { } stop)
        {
            var places = spans.Find(AnswerType.Place, placeFrom, q, entities, w.Window.Published);
            if (!RouteStops.Tells(placeFrom, [.. places, stop])) return null;
            RouteStops.Complete(chosen, stop, places);
        }
        // An FAQ's answer is quoted under its question, which says what the answer is about ("Колко казахстански студенти
        // учат в България?" over "През учебната 2023/2024 г. – 312.").
        if (w.Window.Asked is { } faq && Speakers.IsBareQuestion(faq) && !quoted.Contains(faq)) quoted.Insert(0, faq);
        // A list's row is quoted under the line that says what the list counts, not with the whole list.
        if (w.Window.ListIntro is { } intro && !quoted.Contains(intro)) quoted.Insert(0, intro);
        var score = w.Coverage * (0.6 + 0.4 * closeness / types.Count) * (headless ? HeadlessWindow : 1) * dated;
        return new Candidate(w, chosen, score) { Quoted = quoted, Rivals = rivals, Focus = CandidateFocus.Of(q, w, answeredFrom, words, besideHead: !headless, ofAskedEvent: dated >= 1) };
    }

    /// <summary>
    /// The text with the answer blanked out: the answer itself does not name the people the question names, even where a
    /// word of it meets one of their keys ("Стефан Илиев" for the patronymic of "Огнян Стефанов Колев").
    /// </summary>
    static string WithoutSpan(string text, AnswerSpan span) =>
        span.Start >= 0 && span.End <= text.Length && text.AsSpan(span.Start, span.Length).SequenceEqual(span.Text)
            ? string.Concat(text.AsSpan(0, span.Start), new string(' ', span.Length), text.AsSpan(span.End)) : text;

    /// <summary>
    /// How much being beside each unit of the question counts, as its weight against the heaviest: a date beside the rare
    /// verb of the question ("изпратени … миналия декември") is nearer the answer than one beside a common name.
    /// </summary>
    static double[] AnchorWeights(QueryWeights weights)
    {
        var max = weights.Weights.DefaultIfEmpty(0).Max();
        return weights.Weights.Select(x => max > 0 ? 0.8 + 0.2 * x / max : 1).ToArray();
    }

    // A heading that is a year and little else ("2019", "2019 год"): longer text is a paragraph, not a section's heading.
    const int YearHeadingChars = 16;

    /// <summary>
    /// "## 2019" then "- 14 March: …", "- 2 October: …": on a chronology the year stands in the heading and governs every item
    /// under it until the next heading, not only the first. Asked of the store only for a sentence stating a day without a year.
    /// </summary>
    int? DayYear(EvidenceWindow w)
    {
        if (!DateSpans.StatesDayWithoutYear(w.Sentence, w.Published)) return null;
        // "2012 ж. — 3 мамырда …": the item's own year comes before any other item's or heading's.
        if (TimeCheck.ItemYear(w) is { } own) return own;
        // A year the paragraph writes out before the sentence governs it first ("In 2018 … On 5 May …").
        if (TimeCheck.WrittenYear(w.Preceding) is not null) return TimeCheck.ParagraphYear(w);
        if (search.HeadingBefore(w.Passage.Id, YearHeadingChars) is not { } heading) return null;
        return TimeCheck.Years(heading, w.Published) is [var only] && only.From == only.To && only.From > 0 ? only.From : null;
    }

    /// <summary>The span of a type nearest the question's words: in the sentence, else in a neighbour (for less) that is no other item of its list.</summary>
    (AnswerSpan? Span, double Proximity, string? From, AnswerSpan? Rival) Best(Question q, ScoredWindow w, AnswerType type, EntityIndex entities, double[] reach, IReadOnlySet<string> events)
    {
        // A growth rate is of a kind of figure too: "imports rose 5.5 percent" does not say how much investment grew. (A share
        // is of a whole the sentence may name in its own words: "40 percent of the oil processed there".)
        var asked = (type == AnswerType.Amount || type == AnswerType.Percent && q.Has("growth")) && q.Metric is { } key ? MetricCatalog.Default.Find(key) : null;
        // "How many companies with Kazakh capital work in Bulgaria": a count of them the other way round does not answer.
        // Only a question that names a country asks a direction: "how many companies took part in the forum" takes any.
        var counted = type == AnswerType.Count && q.Metric is { } countedKey && MetricCatalog.Default.Countries.Find(q.Text, 0, q.Text.Length).Count > 0
            ? MetricCatalog.Default.Find(countedKey) : null;
        // "Which station": a name counts only beside a word for a station ("«Козлодуй» — … АЭС").
        var contextYear = type is AnswerType.Date or AnswerType.Year ? w.Window.DayYear ?? TimeCheck.ContextYear(w.Window) : null;
        var reference = type.IsNumber() ? TimeCheck.ReferenceOf(w.Window) : null;
        // "Who is the deputy mayor": the holder of the post itself is no answer (a cue in the question gates the reading).
        var deputyAsked = type == AnswerType.Person && DeputyOfPost.Asks(q);
        // "Who signed for Kazakhstan": one listed under the other country's heading is no answer (the question's side word gates it).
        var sides = type == AnswerType.Person ? SideOfPerson.AskedSides(q) : SideOfPerson.None;
        // "Who signed": the president present at the signing is no signatory (the question's signing word gates it).
        var signer = type == AnswerType.Person && q.AsksSigner;
        bool? signingAround = null;
        bool SigningAround() => signingAround ??= w.Window.ListIntro is { } intro && Signers.TellsOfSigning(intro)
            || search.HeadingBefore(w.Window.Passage.Id, Signers.HeadingChars) is { } heading && Signers.TellsOfSigning(heading);
        var counting = q;
        // The sentence's spans, found for what it states, are the ones its valid spans are kept from: found once.
        IReadOnlyList<AnswerSpan> Valid(string text, IReadOnlyList<AnswerSpan>? found = null) => (found ?? spans.Find(type, text, counting, entities, w.Window.Published, text == w.Window.Sentence ? contextYear : null)) is var all
            // Everyone a text names, and whether it names a third country's person, are read once for all its spans, not again for each.
            && new Lazy<List<(int Start, int End)>>(() => Everyone(q, text, all, entities), LazyThreadSafetyMode.None) is var everyone
            && new Lazy<bool>(() => all.Any(o => ThirdCountrySpan.Person(q, text, o, all)), LazyThreadSafetyMode.None) is var anyThirdCountry
            ? all.Where(s => metrics.Holds(asked, text, s) && (!type.IsNumber() || ItemCells.Fit(q, text, s)) && !(type == AnswerType.Count && metrics.CountsTheOtherWay(counted, text, s)) && (type != AnswerType.Name || q.Head is not { } head || Near(text, s, head))
                && (type != AnswerType.Place || Conditions.NextStop.Holds(q, w, text, s, entities, t => words.Held(t, new UnitMasks(q.Units))) && !ThirdCountrySpan.Place(q, s))
                && (type != AnswerType.Person || !HoldsAnotherPost(q, s) && !GivenAnotherPost(q, text, s) && !PostOfPerson.HoldsAnother(q, text, s, everyone.Value, PostContext(w.Window, text))
                    && !(deputyAsked && DeputyOfPost.HoldsThePostItself(text, s, everyone.Value))
                    && !SideOfPerson.OfOtherCountry(sides, text, s, all) && !(signer && Signers.Default.Excludes(text, s, SigningAround))
                    // "центърът „Здравец“, ръководен от Шатова, а в Астана – центърът „Злата“": she heads the body of her part.
                    && !PartOfName.OfAnother(q, text, s)
                    // "Which diplomat met the train": the minister named beside the ambassador holds no diplomat's post.
                    && !PostKind.OfAnother(q, text, s, everyone.Value)
                    // "…signed by Peshev and Uzbek Minister Ikramov": a third country's person is no answer, and where one signed,
                    // the sentence tells of that country's agreement: its other signatory signed no Kazakh–Bulgarian one.
                    && !ThirdCountrySpan.Person(q, text, s, all) && !(signer && anyThirdCountry.Value))
                && (type is not (AnswerType.Date or AnswerType.Year) || !DateEvents.Default.OfAnotherStep(text, s, events) && !ActingParty.OfAnother(q, text, s, events)
                    && !DatelineDate.Yields(text, s, all) && !DateEvents.Default.OfAnotherOwnEvent(text, s, events)
                    // "When will he visit": a visit already past when the text was written is another, earlier one.
                    && !TenseOfEvent.Default.PastForFuture(q, text, s, w.Window.Published))
                && (!type.IsNumber() || TimeCheck.SpanHolds(q, text, s, w.Window.Published, text == w.Window.Sentence ? reference : null)
                    // "How many flights a week in total": "up to three for each side" is one side's number, not the sum.
                    && !ShareOfNumber.Default.OfAnotherShare(q, text, s)
                    // "Crude oil exports": "exports rose to USD 303.6 million, mostly crude oil" is the whole's value.
                    && !ShareOfNumber.Default.OfTheWhole(q, text)
                    // "Exports in 2025": "wheat exports were worth USD 12.7 million" is one good's value, not the whole's.
                    && !ConstraintCheck.OfAGoodForTheWhole(q, asked, text, s))).ToList() : [];
        var stated = spans.Find(type, w.Window.Sentence, q, entities, w.Window.Published, contextYear);
        var inSentence = Valid(w.Window.Sentence, stated);
        // "Колко казахстански студенти учат в България?" / "През учебната 2023/2024 г. – 312.": an FAQ's answer counts what
        // its question counts, which it leaves unsaid; only when it counts nothing else in words of its own.
        if (type == AnswerType.Count && stated.Count == 0 && CountedByQuestion(q, w.Window))
        {
            counting = q with { Counted = [] };
            stated = inSentence = Valid(w.Window.Sentence);
        }
        // The sentence states a value of this type, but of something else ("trade" for a question on exports): it does not answer.
        // "Ратифицировать Соглашение …, совершенное … 15 сентября 1999 года.", "… done at Sofia on 12 May 2018, is hereby ratified.":
        // an act's text dates the agreement it enacts on, never itself; the act is dated by the law's own date.
        if (EnactedOn.Of(w.Window, type, events) is { } enacted) return (enacted, enacted.Confidence, null, null);
        if (stated.Count > 0 && inSentence.Count == 0) return (null, 0, null, null);
        if (inSentence.Count > 0)
        {
            var heads = q.Head is { } h ? HeadAnchors(w.Window.Sentence, h) : [];
            var anchors = heads.Count > 0 ? heads.Select(a => (a, 1.0)).ToList() : Anchors(q, w.Window.Sentence, reach);
            // "Who was appointed ambassador": a name beside no word for the post is a weaker answer than one beside it.
            var headless = Headless(q, type, heads);
            var dateEvents = type is AnswerType.Date or AnswerType.Year ? events : EmptyEvents;
            var partners = type == AnswerType.Person ? PartnerClause.Of(q, w.Window.Sentence) : [];
            // "Who chaired the Majilis": of the officials a sentence lists, the one whose post names the Majilis.
            var bodies = type == AnswerType.Person ? BodyOfPost.Factors(q, w.Window.Sentence, inSentence) : null;
            // "In Kazakhstan over 55 …, and in Bulgaria 35 …": of several values, the one whose own clause holds the question's conditions.
            // (People have their own readings of whose clause they stand in: posts, sides, partners.)
            var fit = type.IsNumber() || type is AnswerType.Date or AnswerType.Year
                ? SpanClauses.Factors(w.Window.Sentence, inSentence, q, words, reach, entities) : SpanClauses.None(inSentence.Count);
            var best = inSentence.Select((s, i) =>
            {
                var (sharesPost, post) = type == AnswerType.Person ? PostOfPerson.Read(q, w.Window.Sentence, s, heads) : (false, 1.0);
                if (type == AnswerType.Place && DatelinePlace.Is(w.Window.Sentence, s)) post *= DatelinePlace.Factor;
                if (type == AnswerType.Person) post *= SideOfPerson.Factor(q, sides, w.Window.Sentence, s) * PartnerClause.Factor(partners, inSentence, s) * RoleOfPerson.Factor(w.Window.Sentence, s, heads) * bodies![i]
                    * ActorOfAct.Factor(q, w.Window.Sentence, s, heads);
                // A day opening the sentence alone in its clause stands, as the time of the main clause, at that clause's start.
                var near = type is AnswerType.Date or AnswerType.Year && DateEvents.Default.OpeningClauseDated(w.Window.Sentence, s) is { } clause
                    ? s with { Length = clause - s.Start } : s;
                return (Span: s, Proximity: (sharesPost ? 1 : headless * Proximity(near, anchors)) * post * s.Confidence
                    * DateEvents.Default.Factor(w.Window.Sentence, s, dateEvents) * MeetingParty.Factor(q, w.Window.Sentence, s) * fit[i]
                    * ChangeAmount.Factor(q, w.Window.Sentence, s));
            }).ToList() is var read ? read.MaxBy(x => x.Proximity) : default;
            // "When did he last visit": of the dates the sentence gives the asked event ("visited in 2003, and was in Astana
            // on a working visit in 2010"), the latest; "first", the earliest — not the one nearest the question's words.
            if (q.Occurrence != Occurrence.Any && type is AnswerType.Date or AnswerType.Year
                && OccurrenceOrder.Extreme(q, read.Select(x => x.Span), s => DateEvents.Default.Factor(w.Window.Sentence, s, dateEvents)) is { } time)
                best = read.First(x => x.Span == time);
            return (best.Span, best.Proximity, null, RivalOf(q, w.Window, type, inSentence, best.Span, entities));
        }
        foreach (var neighbour in new[] { w.Window.Before, w.Window.After })
            // "26 April 2023 – A business forum is held." then "21 October 2023 – … consultations … in Astana": the next
            // item of a chronology tells another event; its place, date or people are not this one's.
            // "…the ambassador proposed a direct flight between Plovdiv and Shymkent." ¶ "A few weeks before, on 26 April 2023, a
            // business forum was held.": a place the paragraph before names is of what that paragraph tells, not where this happened.
            if (neighbour is not null && !ListContinuation.Siblings(w.Window.Sentence, neighbour, neighbour == w.Window.After) && !DatedItem.Apart(w.Window, neighbour)
                && !(type == AnswerType.Place && !w.Window.Passage.Text.Contains(neighbour, StringComparison.Ordinal))
                && (TimeCheck.Holds(q, neighbour, w.Window.Published) || RateAgainstBase(q, type, neighbour, w.Window.Published))
                && DatesWhoAsked(q, type, neighbour) && PlacedForAsked(q, w.Window.Sentence, neighbour) && ConstraintCheck.NeighbourHolds(q, neighbour, entities)
                && !ConstraintCheck.NeighbourOfOtherGoods(q, neighbour)
                && !(type == AnswerType.Person && q.Head is not null && ShortenedMissing(q, neighbour))
                && !(type == AnswerType.Amount && QuestionConditions.Default.OnlyOfferedPrice(q, neighbour))
                && !(type is AnswerType.Date or AnswerType.Year && (DatelineText.Is(neighbour, w.Window.Published) || DateEvents.OfAnotherDocument(q, neighbour)
                    // "The Kazakh side proposed preparing an air services agreement" dates no flight by the export figure's year beside it.
                    || ProposalCheck.Default.ProposesUnasked(q, w.Window.Sentence)))
                && Valid(neighbour) is { Count: > 0 } found
                && !(type is AnswerType.Date or AnswerType.Year && DateEvents.Default.OfAnotherStepBeside(neighbour, found[0], w.Window.Sentence, events)))
            {
                // "…talks with Prime Minister A, Senate Chairman B and Majilis Chairman C": in a neighbour too, the one whose
                // post names the asked body, not the first named.
                var pick = type == AnswerType.Person && found.Count > 1 && BodyOfPost.Factors(q, neighbour, found) is var bodies
                    ? found[Array.IndexOf(bodies, bodies.Max())]
                    // "…, а необработеният алуминий - 18,5 на сто" beside the window: of a neighbour's values, the asked good's.
                    : type.IsNumber() && found.Count > 1 && QuestionConditions.Default.Of(q).Goods.Count > 0 && SpanClauses.Factors(neighbour, found, q, words, reach, entities) is var fits
                        ? found[Array.IndexOf(fits, fits.Max())] : found[0];
                var neighbourHeads = q.Head is { } h ? HeadAnchors(neighbour, h) : [];
                // "Who appointed Vodenski": of those a neighbour names, the one written as doing the act.
                if (q.AsksActor) pick = found.MaxBy(s => ActorOfAct.Factor(q, neighbour, s, neighbourHeads))!;
                return (pick, NeighbourSpan * pick.Confidence * 0.5 * Headless(q, type, neighbourHeads) * ActorOfAct.Factor(q, neighbour, pick, neighbourHeads), neighbour, null);
            }
        return type is AnswerType.Date or AnswerType.Year && ReportDate.Of(w.Window, type) is { } reported ? (reported, reported.Confidence * 0.5, null, null) : (null, 0, null, null);
    }

    /// <summary>
    /// The sentence answers a bare question (an FAQ's) that holds what the question counts: its head ("students"), else
    /// most of the words it counts ("study" is read in the answer's own language as another verb).
    /// </summary>
    bool CountedByQuestion(Question q, EvidenceWindow w)
    {
        if (q.Counted.Count == 0 || w.Asked is not { } asked || !Speakers.IsBareQuestion(asked) || !spans.CountsTheSameOwner(q, asked)) return false;
        var held = words.Held(asked, new UnitMasks(q.Counted));
        var head = q.Head is { } h ? q.Counted.ToList().FindIndex(c => c.Label == h.Label) : -1;
        return head is >= 0 and < 64 ? (held & 1UL << head) != 0 : 2 * System.Numerics.BitOperations.PopCount(held) > q.Counted.Count;
    }

    /// <summary>
    /// "…$71.6 million in 2024. This is 5.5 percent more than in 2023.": for a growth rate, a neighbour naming no year but
    /// the one it compares with ("than in 2023") states the window's year's rate; the year it names is no other year of its own.
    /// </summary>
    static bool RateAgainstBase(Question q, AnswerType type, string neighbour, Bot.Knowledge.Model.PartialDate? published) =>
        type == AnswerType.Percent && q.Has("growth")
        && Bot.Knowledge.Extraction.PeriodFinder.Find(neighbour, published).Where(p => p.Period.StartYear > 0).ToList() is { Count: > 0 } stated
        && stated.All(p => p.IsComparison);

    /// <summary>
    /// "Sources disagree: … about 500,000, while … more than a million": a sentence saying its sources differ gives, beside
    /// the best value, another value of the asked kind, which is shown with it.
    /// </summary>
    AnswerSpan? RivalOf(Question q, EvidenceWindow w, AnswerType type, IReadOnlyList<AnswerSpan> valid, AnswerSpan best, EntityIndex entities)
    {
        if (!type.IsNumber() || !Disagreement.Default.Stated(w.Sentence)) return null;
        // Once the sentence says its sources differ, its other number is their value of the same thing, wherever the
        // word for what it counts stands ("put its population at about 500,000").
        var others = valid.Count > 1 || q.Counted.Count == 0 ? valid : spans.Find(type, w.Sentence, q with { Counted = [] }, entities, w.Published);
        return others.FirstOrDefault(s => s.Value is { } v && best.Value is { } b && v != b && v > 0 && Math.Max(v, b) / Math.Min(v, b) <= RivalSpread
            && (s.End <= best.Start || s.Start >= best.End) && TimeCheck.SpanHolds(q, w.Sentence, s, w.Published));
    }

    // Estimates of one thing that differ still differ within an order of magnitude ("about 500,000" and "more than a million");
    // a number farther off counts something else ("one survey counted about 2,000").
    const double RivalSpread = 10;

    /// <summary>
    /// "How many Bulgarians live in the Aktobe region": a value one sentence away is the asked place's only if that sentence
    /// or the one it is borrowed for names the place — "… about a thousand Bulgarians live in the region" beside a sentence
    /// that names no place is about the region the text named before it, whatever the sentence after names.
    /// </summary>
    bool PlacedForAsked(Question q, string sentence, string neighbour)
    {
        var places = q.Units.Select((u, i) => (u, i)).Where(x => x.i < 64 && ConstraintCheck.IsPlace(q, x.u)).ToList();
        if (places.Count == 0) return true;
        var masks = new UnitMasks(q.Units);
        var held = words.Held(sentence, masks) | words.Held(neighbour, masks);
        return places.All(x => (held & 1UL << x.i) != 0);
    }

    /// <summary>
    /// "The Chamber of Commerce and Industry of Kazakhstan (CCIK) hosted …" beside "The president of BCCI, Tsvetan Simeonov":
    /// the head of a body the question names short or in full is read where that body is named, not in the next sentence
    /// about another one (<see cref="QueryUnit.Shortened"/>).
    /// </summary>
    bool ShortenedMissing(Question q, string neighbour)
    {
        if (!q.Units.Any(u => u.Shortened)) return false;
        var held = new UnitMasks(q.Units).Held(words.OfText(neighbour));
        return q.Units.Select((u, i) => (u, i)).Any(x => x.u.Shortened && x.i < 64 && (held & 1UL << x.i) == 0);
    }

    /// <summary>A date one sentence away is the asked person's only if that sentence names them ("When was Tokayev in Sofia?").</summary>
    bool DatesWhoAsked(Question q, AnswerType type, string neighbour)
    {
        if (type is not (AnswerType.Date or AnswerType.Year) || !q.Units.Any(u => u.IsPerson)) return true;
        var masks = new UnitMasks(q.Units);
        var held = words.Held(neighbour, masks);
        return q.Units.Select((u, i) => (u, i)).Where(x => x.u.IsPerson && x.i < 64).All(x => (held & 1UL << x.i) != 0);
    }

    /// <summary>
    /// "Which mayor did the Kazakh ambassador meet": a person the store knows as holding another post the question names
    /// (the ambassador), and not the one asked for, is who the question is about, not its answer.
    /// </summary>
    static bool HoldsAnotherPost(Question q, AnswerSpan span)
    {
        if (q.Head is not { } head || span.Role is not { Length: > 0 } role) return false;
        var posts = q.Units.Where(u => u != head && !u.IsEntity && IsPost(u)).ToList();
        if (posts.Count == 0) return false;
        var held = Bot.Knowledge.Text.Tokenizer.Words(role).SelectMany(AliasKeys.ForText).ToHashSet(StringComparer.Ordinal);
        return !held.Overlaps(head.Keys) && posts.Any(p => held.Overlaps(p.Keys));
    }

    /// <summary>
    /// Every person the text names, answers or not: those the question names ("And who was the rector before him?" names
    /// the rector the last answer gave) and those of another country ("с заместителем министра … Казахстана Романом
    /// Василенко" beside Bulgaria's ambassador): whoever holds the asked post here is one of them.
    /// </summary>
    /// <summary>What a bare post in the text takes its country from: the sentences before it, the paragraph before, the headline.</summary>
    static IEnumerable<string?> PostContext(EvidenceWindow w, string text)
    {
        if (text == w.Sentence) yield return w.Preceding;
        yield return w.PreviousParagraph;
        yield return w.Title;
    }

    static List<(int Start, int End)> Everyone(Question q, string text, IReadOnlyList<AnswerSpan> answers, EntityIndex entities)
    {
        var found = answers.Select(a => (a.Start, a.End)).ToList();
        if (!PostOfPerson.AsksHolder(q)) return found;
        foreach (var name in Bot.Knowledge.Entities.PersonFinder.Find(Bot.Knowledge.Extraction.Vocabulary.TokenList.Of(text), Bot.Knowledge.Text.LanguageGuess.Of(text), [], new HashSet<string>(StringComparer.Ordinal)))
            // "аким Туркестанской области Умирзак Шукеев", "в Туркестане Илиану Йотову": a place's word before a name is no one.
            if (PlaceWords.Trimmed(text, name.Start, name.Start + name.Length, entities) is { } person
                && !found.Any(f => f.Start < person.End && person.Start < f.End)) found.Add(person);
        return found;
    }

    /// <summary>A sentence holding no word of the asked post gives the person another one beside the name ("кметовете … Турегалиев").</summary>
    bool GivenAnotherPost(Question q, string sentence, AnswerSpan span) =>
        q.Head is { } head && HeadAnchors(sentence, head).Count == 0 && PostOfPerson.GivenAnother(q, sentence, span);

    static bool IsPost(QueryUnit unit) => DomainLexicon.Default.ConceptsOfWord(Bot.Knowledge.Text.TextNormalizer.Fold(unit.Label))
        .Any(AnswerTypeCues.Default.PersonHeads.Contains);

    static double Headless(Question q, AnswerType type, List<int> heads) =>
        q.Head is not null && heads.Count == 0 && type == AnswerType.Person ? HeadlessPerson : 1;

    /// <summary>Where words of the question's head noun stand in the sentence.</summary>
    List<int> HeadAnchors(string sentence, QueryUnit head)
    {
        var anchors = new List<int>();
        var position = 0;
        // "Шымкент пен Пловдив қалалары" holds no mayor: the word of a city a phrase of the post ("қала әкімі") holds is not the post.
        var lexicon = DomainLexicon.Default;
        var borrowed = lexicon.ConceptsOfWord(Bot.Knowledge.Text.TextNormalizer.Fold(head.Label)).SelectMany(lexicon.BorrowedKeysOf).ToHashSet(StringComparer.Ordinal);
        while (Bot.Knowledge.Text.Tokenizer.Next(sentence, ref position, out var start, out var length))
            if (words.Of(sentence.AsSpan(start, length)).All.Any(k => head.Keys.Contains(k) && !borrowed.Contains(k)) && !ListedOtherwise(sentence.Substring(start, length), head)) anchors.Add(start);
        return anchors;
    }

    /// <summary>
    /// "обменялись посланиями" (messages) shares its first letters with "посла" (the ambassador's): a word the lexicon lists
    /// as a form of other concepts only is none of the asked post's, whatever keys they share — unless it is a part of one
    /// of the post's own forms ("председателя" of "министър-председателя", the prime minister).
    /// </summary>
    static bool ListedOtherwise(string word, QueryUnit head)
    {
        var lexicon = DomainLexicon.Default;
        var folded = Bot.Knowledge.Text.TextNormalizer.Fold(word);
        var listed = lexicon.ConceptsListing(folded);
        if (listed.Count == 0) return false;
        // "Which diplomat": "посол" is listed as an ambassador's word, one of the posts a diplomat stands for.
        var asked = lexicon.ConceptsOfWord(Bot.Knowledge.Text.TextNormalizer.Fold(head.Label)).Concat(PostKind.Of(head)).ToList();
        if (asked.Count == 0 || listed.Any(asked.Contains)) return false;
        var stem = Bot.Knowledge.Text.Stemmer.Stem(folded);
        return !asked.Any(c => lexicon.WordsOf(c).Any(form => form.AsSpan().IndexOfAny(FormParts) >= 0 && form.Split(FormParts, StringSplitOptions.RemoveEmptyEntries)
            .Any(part => part == folded || Bot.Knowledge.Text.Stemmer.Stem(part) == stem)));
    }

    static readonly char[] FormParts = [' ', '-'];

    // A name of an X stands within about five words of a word for X.
    const int HeadReach = 40;

    bool Near(string sentence, AnswerSpan span, QueryUnit head) =>
        HeadAnchors(sentence, head).Any(a => a < span.Start ? span.Start - a <= HeadReach : a - span.End <= HeadReach);

    /// <summary>Where the question's words stand in the sentence (character offsets of matched words), each with its unit's reach.</summary>
    List<(int At, double Reach)> Anchors(Question q, string sentence, double[] reach)
    {
        var masks = new UnitMasks(q.Units);
        // "Who met ambassador Kemelov": the answer stands beside the meeting, not beside the other ambassador a sentence names.
        var titles = q.Units.Select((u, i) => (u, i)).Where(x => x.u.IsTitle && x.i < 64).Aggregate(0UL, (m, x) => m | 1UL << x.i);
        var anchors = new List<(int, double)>();
        var position = 0;
        while (Bot.Knowledge.Text.Tokenizer.Next(sentence, ref position, out var start, out var length))
            if ((masks.Of(words.Of(sentence.AsSpan(start, length)).All) & ~titles) is var held and not 0)
                anchors.Add((start, UnitMasks.Units(held).Where(i => i < reach.Length).Select(i => reach[i]).DefaultIfEmpty(1).Max()));
        return anchors;
    }

    /// <summary>1 beside the question's heaviest word, falling off with distance (in characters, about six to a word) and with a lighter word.</summary>
    static double Proximity(AnswerSpan span, List<(int At, double Reach)> anchors)
    {
        if (anchors.Count == 0) return 0.5;
        return anchors.Max(a => a.Reach / (1 + (a.At < span.Start ? span.Start - a.At : a.At > span.End ? a.At - span.End : 0) / 24.0));
    }
}
