using Bot.Answering.Passages;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Model;
using Bot.Knowledge.Search;
using Bot.Knowledge.Text;

namespace Bot.Answering.Evidence;

/// <summary>
/// The windows worth reading for a question: the retrieved passages cut into sentences, each read with its neighbours,
/// paragraph and headline, kept when they cover enough of the question (<see cref="CoverageFloor"/>), best first.
/// </summary>
public sealed class EvidenceFinder(PassageSearch search, WordKeys words)
{
    public const int PassagesToRead = 24;

    /// <summary>The share of the question's weight a window must cover to be read at all.</summary>
    public const double CoverageFloor = 0.4;

    // A passage's words alone may fall short of the floor its windows reach: "last year" holds "2024", a neighbour holds a name.
    const double RetrievalFloor = 0.25;

    /// <summary>A lead is a paragraph of running text: a headline or a dateline line is shorter.</summary>
    const int LeadChars = 120;

    readonly PassageRetriever _retriever = new(search, words);

    /// <summary>The unit a list question asks items of ("which goods": goods), when it is one of the question's units.</summary>
    static int? ListHead(Question q) =>
        q.Wants(AnswerType.List) && q.Head is { } head && q.Units.ToList().IndexOf(head) is var i and >= 0 ? i : null;

    public IReadOnlyList<ScoredWindow> Find(Question q, QueryWeights weights, int max)
    {
        if (q.Units.Count == 0) return [];
        // A person the store never mentions cannot be answered by a neighbour's fact. (Place names inflect past what their
        // keys reach — "Азией" — so an unknown place only weighs, see QueryWeights.)
        if (q.Units.Any(u => u.IsName && u.IsPerson && u.Keys.All(k => weights.Frequencies.GetValueOrDefault(k) == 0))) return [];
        var (partBits, parts) = PeriodPartUnits(q);
        var goodsUnit = Reading.ListContinuation.GoodsUnit(q);
        // "…at the business forum in Astana": a report headed by that forum is read as if its headline named it.
        var kinds = Reading.OccasionHeading.Asked(q);
        IReadOnlyDictionary<long, string> occasions = new Dictionary<long, string>();
        var tableHeadings = new Dictionary<long, string>();
        IReadOnlyDictionary<long, string> Headings(IReadOnlyList<Passage> read) => occasions =
            search.Openings(read.Select(p => p.Source.DocumentId).Distinct().ToList(), Reading.OccasionHeading.HeadingParagraphs)
                .Select(o => (o.Key, Line: Reading.OccasionHeading.Line(o.Value, kinds))).Where(o => o.Line is not null).ToDictionary(o => o.Key, o => o.Line!);
        var passages = _retriever.Retrieve(q.Units, weights.Weights, weights.Frequencies, weights.Passages, PassagesToRead, RetrievalFloor, weights.RequiredUnits, q.OwnUnits, ListHead(q), partBits, goodsUnit,
            kinds.Count == 0 ? null : Headings, tableHeadings);
        if (passages.Count == 0) return [];
        var neighbours = search.Neighbours(passages.Select(p => p.Id).ToList());
        var leads = search.Leads(passages.Select(p => p.Source.DocumentId).Distinct().ToList(), LeadChars);
        var masks = new UnitMasks(q.Units);
        var known = new Dictionary<string, ulong>(StringComparer.Ordinal);
        ulong Mask(string? text)
        {
            if (text is null) return 0;
            if (known.TryGetValue(text, out var mask)) return mask;
            // A sentence that only names its source's address ("Дереккөз: https://…/sofia-launches-…-stamps") states nothing.
            return known[text] = words.Held(Links.Blanked(text), masks);
        }
        var minUnits = weights.RequiredUnits;
        var years = YearUnits(q);
        // A sentence that holds only the question's year ("*Astana, 15 December 2012.*", a dateline) is about nothing it asks.
        var yearBits = years.Aggregate(0UL, (m, y) => m | 1UL << y.Unit);
        var timeBits = yearBits | TimeWordBits(q) | partBits;
        var content = q.Units.Count >= 64 ? ulong.MaxValue : ((1UL << q.Units.Count) - 1) & ~timeBits;
        var found = new List<ScoredWindow>();
        var read = new HashSet<(long Document, string Sentence)>();
        var documents = q.Speakers.Count == 0 && q.Sources.Count == 0 ? null : search.Within(passages.Select(p => p.Source.DocumentId).Distinct().ToList());
        // "What did Pavlova say": of the documents read, those naming her anywhere (an interview's lead names its guest).
        var naming = q.Speakers.Count == 0 ? NoDocuments : documents!.With(Reading.Speakers.KeysOf(q));
        var speakerBits = Reading.Speakers.Bits(q);
        // "According to BNR": of the documents read, those whose text names the source (its address is read per window).
        var sourcing = q.Sources.Count == 0 ? NoDocuments : documents!.With(Reading.Speakers.SourceKeysOf(q));
        var sourceBits = Reading.Speakers.Default.SourceBits(q);
        // Dating only adds the asked years' units to a window, and each test below only drops a window with fewer units
        // (weights are never negative): a window that falls with every asked year in its sentence falls as dated. A
        // speaker's or a source's units are added by a reading of the units themselves, so those questions date every window.
        var undatedFalls = (yearBits | partBits) != 0 && (speakerBits | sourceBits) == 0 && weights.Weights.All(x => x >= 0);
        bool Falls(WindowUnits units, double? floor) =>
            units.Sentence == 0 || content != 0 && (units.Sentence & content) == 0 || units.Count < minUnits || floor is { } f && units.Coverage(weights) < f;
        void Read(Passage passage, List<string> sentences, string? before, string? after, string? intro, string? asked = null, string? askedAfter = null)
        {
            // An answer goes on about what its question and the answer before that were about ("…в Софийския университет?"
            // — "…" — "Срещали ли сте се с ръководството на университета?" — "Да, с ректора …").
            var paragraph = Mask(passage.Text) | Mask(asked) | Mask(askedAfter);
            var occasion = occasions.GetValueOrDefault(passage.Source.DocumentId);
            // A table's row is read under the heading of its table, as under its document's headline.
            var title = Mask(passage.Source.Title) | Mask(occasion) | Mask(tableHeadings.GetValueOrDefault(passage.Id));
            var heading = DatingHeading(passage);
            var current = intro;
            for (var i = 0; i < sentences.Count; i++)
            {
                // The items after "…по годам:" stand under it until the list ends.
                if (i > 0 && Reading.ListContinuation.Introduces(sentences[i - 1])) current = sentences[i - 1];
                else if (!Reading.ListContinuation.IsItem(sentences[i])) current = null;
                if (!read.Add((passage.Source.DocumentId, sentences[i]))) continue;
                var last = i + 1 == sentences.Count;
                var window = new EvidenceWindow(passage, i, sentences[i], i > 0 ? sentences[i - 1] : current ?? Last(before), last ? First(after) : sentences[i + 1])
                {
                    NextParagraph = last ? after : null,
                    PreviousParagraph = before,
                    ListIntro = current,
                    Lead = leads.GetValueOrDefault(passage.Source.DocumentId),
                    Occasion = occasion,
                    Asked = i == 0 ? asked : null,
                    Heading = heading,
                };
                // An item of a list reads as its introduction says: "- 1989 жыл — 10 228 адам" under "Bulgarians by census:".
                // The first sentence of an interviewee's answer answers the interviewer's question, whose words it leaves out.
                var held = new WindowUnits(Mask(window.Sentence) | Mask(current) | (i == 0 ? Mask(asked) : 0), Mask(window.Before) | Mask(window.After), paragraph, title);
                // Dating a window reads its periods, the costliest step here: a window that would be dropped below even
                // were it to state every year asked is dropped before it is dated.
                if (undatedFalls && Falls(held with { Sentence = held.Sentence | yearBits | partBits }, CoverageFloor - Rounding)) continue;
                var units = DatedPart(Dated(held, window, years), window, partBits, parts);
                // "Which goods": a sentence naming goods ("Български износ: лекарства, машини") names what is asked.
                if (goodsUnit is { } g && (units.Sentence & 1UL << g) == 0 && QuestionConditions.Default.GoodsIn(window.Sentence).Count > 0)
                    units = units with { Sentence = units.Sentence | 1UL << g };
                // A sentence of the asked speaker's turn is their words, as if it named them: "A: Our trade is …" under "Interview with Pavlova".
                var spoken = (speakerBits == 0 || Reading.Speakers.Default.Hold(q, window, units, naming)) && Reading.Speakers.FromSource(q, window, sourcing);
                // A sentence of the asked source's document is the source's word, as if it named it: "4 500 адам" on bnr.bg.
                if (spoken && (speakerBits | sourceBits) != 0) units = units with { Sentence = units.Sentence | speakerBits | sourceBits };
                if (Falls(units, floor: null)) continue;
                if (window.Sentence.Length <= DatelineText.MaxChars && DatelineText.Is(window.Sentence, window.Published)) continue;
                var coverage = units.Coverage(weights);
                if (coverage < CoverageFloor) continue;
                found.Add(new ScoredWindow(window, units, coverage * FollowUpWeight(q, window, units.Sentence)) { Spoken = spoken });
            }
        }
        foreach (var passage in passages)
        {
            var sentences = SentenceSplitter.Split(passage.Text);
            var (before, after) = neighbours.GetValueOrDefault(passage.Id);
            // An interview reads as question and answer: the question states nothing, the answer is read with its words.
            switch (Interview(passage.Text, before, after))
            {
                case Turn.Question:
                    if (after is not null && Interview(after, passage.Text, null) == Turn.Answer)
                        Read(passage with { Text = after }, SentenceSplitter.Split(after), passage.Text, null, null, asked: passage.Text, askedAfter: Bare(passage.Text) ? null : before);
                    continue;
                case Turn.Answer:
                    // An FAQ's answers each answer their own question, not the one before it.
                    Read(passage, sentences, before, after, null, asked: before, askedAfter: Bare(before!) ? null : search.ParagraphBefore(passage.Id, 2));
                    continue;
            }
            var introduced = Last(before) is { } b && Reading.ListContinuation.Introduces(b) ? b : null;
            Read(passage, sentences, before, after, introduced);
            // A paragraph that ends by introducing a list ("Санақ деректері бойынша … болгарлар саны:") is read with its items.
            if (after is not null && sentences.Count > 0 && Reading.ListContinuation.Introduces(sentences[^1]))
                Read(passage with { Text = after }, SentenceSplitter.Split(after), passage.Text, null, sentences[^1]);
        }
        return found.OrderByDescending(w => w.Coverage).ThenBy(w => w.Window.Passage.Rank).ThenBy(w => w.Window.Index).Take(max).ToList();
    }

    static readonly IReadOnlySet<long> NoDocuments = new HashSet<long>();

    enum Turn { None, Question, Answer }

    /// <summary>
    /// The passage is an interviewer's question (which states nothing, answered or not), or an answer with its question
    /// before it ("— Откога съществува Центърът…?" / "— От март 2015 г."); None for anything else.
    /// </summary>
    /// <remarks>
    /// A transcript's answer may open with its speaker's name instead of "A:" ("АЙТБЕК СМАДИЯРОВ: …"), or with no label at
    /// all; an FAQ prints its question bare, as a heading, and its answer as the paragraph under it ("Кой е почетен консул
    /// във Варна?" / "Стефан Маринов, от 2019 г."): either is read with the question it answers.
    /// </remarks>
    static Turn Interview(string text, string? before, string? after)
    {
        var speakers = Reading.Speakers.Default;
        var kind = speakers.InterviewTurnOf(text);
        if (kind == Reading.Speakers.TurnKind.Question) return Turn.Question;
        if (kind == Reading.Speakers.TurnKind.None && Bare(text))
            return after is not null && !Bare(after) && speakers.InterviewTurnOf(after) != Reading.Speakers.TurnKind.Question ? Turn.Question : Turn.None;
        if (before is null) return Turn.None;
        var asked = speakers.InterviewTurnOf(before);
        if (kind == Reading.Speakers.TurnKind.Answer) return asked == Reading.Speakers.TurnKind.Question ? Turn.Answer : Turn.None;
        // Not labelled as an answer: it answers a labelled question, or a bare one when it asks nothing itself.
        if (asked == Reading.Speakers.TurnKind.Question) return speakers.TurnOf(text).Kind is Reading.Speakers.TurnKind.None or Reading.Speakers.TurnKind.Named ? Turn.Answer : Turn.None;
        return asked == Reading.Speakers.TurnKind.None && Bare(before) && !Bare(text) && speakers.TurnOf(text).Kind == Reading.Speakers.TurnKind.None ? Turn.Answer : Turn.None;
    }

    static bool Bare(string paragraph) => Reading.Speakers.IsBareQuestion(paragraph);

    // A coverage a window's own units reach exactly is not lost to the order its weights are summed in.
    const double Rounding = 1e-9;

    /// <summary>
    /// A follow-up's evidence is first looked for where the last answer came from, and not in the very sentences it
    /// quoted: the user asks again because those did not say it.
    /// </summary>
    static double FollowUpWeight(Question q, EvidenceWindow w, ulong sentenceUnits)
    {
        var weight = q.PreferredDocuments.Contains(w.Source.DocumentId) ? 1.1 : 1.0;
        // "А кога беше официалното откриване?" after the council's decision: a sentence already shown that holds none of
        // the follow-up's own words answered the last question, not this one.
        var own = q.OwnUnits >= 64 ? ulong.MaxValue : (1UL << q.OwnUnits) - 1;
        if (q.OwnUnits > 0 && q.SeenSentences.Contains(w.Sentence) && (sentenceUnits & own) == 0) return weight * 0.5;
        // A description already shown says nothing new; a sentence shown for another question may still hold a name to lead with.
        return q.SeenSentences.Contains(w.Sentence) && !q.AnswerTypes.Any(Spans.SpanFinder.Spans) ? weight * 0.5 : weight;
    }

    /// <summary>The units that are words for time itself ("года", "year", "day"): the kinds of answer a "when" asks for.</summary>
    static ulong TimeWordBits(Question q)
    {
        var concepts = Understanding.AnswerTypeCues.Default.CueConcepts.GetValueOrDefault("when") ?? [];
        ulong bits = 0;
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (!q.Units[i].IsEntity && Lexicon.DomainLexicon.Default.ConceptsOfWord(TextNormalizer.Fold(q.Units[i].Label)).Any(concepts.Contains)) bits |= 1UL << i;
        return bits;
    }

    /// <summary>The units that name a year ("2024") or a month ("October"): (unit, year, 0) or (unit, 0, month).</summary>
    static List<(int Unit, int Year, int Month)> YearUnits(Question q) =>
        q.Units.Select((u, i) => (Unit: i, Year: TimeWords.Year(u.Label) ?? 0, Month: TimeWords.Month(u.Label) ?? 0))
            .Where(u => (u.Year > 0 || u.Month > 0) && u.Unit < 64).ToList();

    /// <summary>
    /// A year the question names is held by a window that states it in other words: "last year" in a 2025 article
    /// holds 2024 — in the sentence when it says so itself, in the paragraph when it inherits it, in the headline's
    /// place when only the document's date gives it.
    /// </summary>
    static WindowUnits Dated(WindowUnits units, EvidenceWindow window, List<(int Unit, int Year, int Month)> times)
    {
        if (times.Count == 0) return units;
        var (periods, level) = Reading.TimeCheck.PeriodsOf(window);
        foreach (var (unit, year, month) in times)
        {
            var held = year > 0
                ? periods.Any(p => p.StartYear <= year && year <= p.EndYear)
                : periods.Any(p => !p.IsWholeYear && p.StartYear == p.EndYear && p.StartMonth <= month && month <= p.EndMonth);
            if (!held) continue;
            var bit = 1UL << unit;
            units = level switch
            {
                Reading.TimeLevel.Sentence => units with { Sentence = units.Sentence | bit },
                Reading.TimeLevel.Paragraph => units with { Paragraph = units.Paragraph | bit },
                _ => units with { Title = units.Title | bit },
            };
        }
        return units;
    }

    // A line of a slide or a fact box, and how far back among such lines its heading may stand.
    const int LineChars = 100;
    const int HeadingBack = 5;

    /// <summary>
    /// "Q1 2025 at a glance" above "Turnover: $66.6 mln" and "Bulgarian supplies: pharmaceuticals, …": the nearest short
    /// paragraph before a short one, within a run of short ones, that states a period with its year (<see cref="EvidenceWindow.Heading"/>).
    /// </summary>
    string? DatingHeading(Passage passage)
    {
        if (passage.Text.Length > LineChars) return null;
        var published = PartialDate.Parse(passage.Source.Published);
        for (var back = 1; back <= HeadingBack && search.ParagraphBefore(passage.Id, back) is { Length: <= LineChars } before; back++)
            if (PeriodFinder.Find(before, published).Any(f => f.Period.StartYear > 0 && !f.IsComparison)) return before;
        return null;
    }

    /// <summary>
    /// "В первом квартале 2025 года", "2025 жылдың бірінші тоқсанында": the words of the asked part of a year ("first",
    /// "quarter") name a time, as a year or a month does. They find no passage ("Q1 2025 at a glance" above the slide's
    /// lines holds none of them) and are held by a window dated in that part (<see cref="DatedPart"/>).
    /// </summary>
    static (ulong Bits, List<Period> Parts) PeriodPartUnits(Question q)
    {
        var parts = q.Periods.Where(p => p.StartYear != Question.AnyYear && p.StartYear == p.EndYear && !p.IsWholeYear).ToList();
        if (parts.Count == 0) return (0, parts);
        // The words as asked, and as a follow-up carries them ("…in that period?" keeps "first quarter 2025" among its units).
        var phrases = new[] { q.Text, string.Join(' ', q.Units.Select(u => u.Label)) }
            .SelectMany(t => Bot.Knowledge.Extraction.PeriodFinder.Find(t, null, openYear: true).Select(f => t.Substring(f.Index, Math.Min(f.Length, t.Length - f.Index)))).ToList();
        ulong bits = 0;
        // Words for a year or a day ("года", "жылы") are read as they always were (TimeWordBits).
        var timeWords = TimeWordBits(q);
        for (var i = 0; i < q.Units.Count && i < 64; i++)
            if (!q.Units[i].IsEntity && !TimeWords.IsTime(q.Units[i].Label) && !q.Units[i].Label.Any(char.IsDigit) && (timeWords & 1UL << i) == 0
                && phrases.Any(p => p.Contains(q.Units[i].Label, StringComparison.OrdinalIgnoreCase))) bits |= 1UL << i;
        return (bits, parts);
    }

    /// <summary>The words of the asked part of a year are held by a window whose period lies within it, where its date is read.</summary>
    static WindowUnits DatedPart(WindowUnits units, EvidenceWindow window, ulong bits, List<Period> parts)
    {
        if (bits == 0) return units;
        var (periods, level) = Reading.TimeCheck.PeriodsOf(window);
        // A report dated in the quarter is not thereby about the quarter's figures: only a period the text states holds it.
        if (level == Reading.TimeLevel.Document || !periods.Any(p => parts.Any(a => p.StartYear == a.StartYear && p.EndYear == a.EndYear
                && a.StartMonth <= p.StartMonth && p.EndMonth <= a.EndMonth))) return units;
        return level == Reading.TimeLevel.Sentence ? units with { Sentence = units.Sentence | bits } : units with { Paragraph = units.Paragraph | bits };
    }

    static string? First(string? paragraph) => paragraph is null ? null : SentenceSplitter.Split(paragraph).FirstOrDefault();

    static string? Last(string? paragraph) => paragraph is null ? null : SentenceSplitter.Split(paragraph).LastOrDefault();
}
