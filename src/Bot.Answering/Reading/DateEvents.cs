using Bot.Answering.Lexicon;
using Bot.Answering.Spans;
using Bot.Answering.Understanding;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Text;

namespace Bot.Answering.Reading;

/// <summary>
/// The event a date in a sentence is the date of: the nearest event word before it in its clause ("signed in Almaty on
/// 13 November 1997", "ратифицирован Законом № 202 от 15 мая 2001 года"), else the first after it there (Kazakh puts the
/// date first: "1999 жылы … қол қойылды"). A sentence often dates several events of one thing; the date of another event
/// than the one asked ("signed …, ratified by Law of 9 July 1998" for "when was it ratified?") answers less well.
/// </summary>
public sealed class DateEvents(DomainLexicon lexicon, IReadOnlySet<string> events, IReadOnlySet<string> distinct)
{
    public static DateEvents Default { get; } = new(DomainLexicon.Default, AnswerTypeCues.Default.DatedEvents, AnswerTypeCues.Default.DistinctDates);

    // A date of another event than the one asked: still a date, read when nothing better is stated.
    const double OtherEvent = 0.4;

    // A date beside no event word at all, for a question that asks the date of one: it may be, or be of something else.
    const double NoEvent = 0.7;

    /// <summary>The events the question asks the date of ("ratified" → ratify), none when it names no event word.</summary>
    /// <remarks>An asked event brings its kindred ones (answer-types.json "kindred_events"): "when did she meet Tokayev" is
    /// dated by "she was received by Tokayev".</remarks>
    public IReadOnlySet<string> Asked(Question q)
    {
        var kindred = AnswerTypeCues.Default.KindredEvents;
        var term = TermStart.Default.Asks(q);
        var phrase = term ? TermStart.Default.PhraseWords(q) : null;
        var asked = q.Units.Select(u => TextNormalizer.Fold(u.Label)).Where(label => phrase?.Contains(label) != true).SelectMany(Concepts)
            .SelectMany(e => kindred.TryGetValue(e, out var same) ? same : [e]).ToHashSet(StringComparer.Ordinal);
        // "When did he take up his post": a term's beginning, told as such ("began his mission") or by "since …".
        if (term) asked.UnionWith([TermStart.Event, Beginning]);
        return asked;
    }

    /// <summary>
    /// 1 for a date of an asked event (or any date, when the question asks of none); less for a date beside no event word;
    /// least for one only another event word governs. The clause before the date is read first ("протокол об установлении
    /// отношений был подписан 5 июня 1992" dates the establishing too), then the clause after it; Kazakh, whose verb follows
    /// the date, the other way round.
    /// </summary>
    public double Factor(string sentence, AnswerSpan span, IReadOnlySet<string> asked)
    {
        if (asked.Count == 0 || StartsTerm(sentence, span, asked)) return 1;
        var first = Governing(sentence, span);
        if (first.Count == 0) return NoEvent;
        return first.Any(asked.Contains) ? 1 : OtherEvent;
    }

    /// <summary>
    /// The date is of another step of an agreement's life than the asked one: a signing date is never an entry into force
    /// ("signed on 13.11.1997" for "when did it enter into force"), nor an initialling a signing (answer-types.json
    /// "distinct_dates"). A question naming several steps asks the latest ("when did the agreement signed in 2015 enter into
    /// force": "agreement_steps"), so the date of an earlier one it names is no answer either.
    /// </summary>
    public bool OfAnotherStep(string sentence, AnswerSpan span, IReadOnlySet<string> asked)
    {
        var wanted = Wanted(asked);
        if (!wanted.Any(distinct.Contains)) return false;
        // A date no event word governs: a dateline's ("АСТАНА, 10 июля 1998 г. (КазТАГ) — … подписал Закон «О ратификации …»")
        // is of what the sentence tells, so of another step when the sentence tells only other steps.
        if (Governing(sentence, span) is { Count: > 0 } governing) return OnlyOtherSteps(governing, wanted);
        var told = EventWords(sentence, 0, sentence.Length).SelectMany(c => c).ToList();
        // "Инвестицияларды … қорғау туралы келісім – София, 15.09.1999": a document listed with a date and no step is dated by
        // its signing, as registers and lists write it; that is no date of a later step (ratification, entry into force).
        if (told.Count == 0) return AsksLaterStep(wanted) && AgreementExtractor.KindsIn(sentence).Count > 0;
        // A date inside a sentence that tells only a signing ("Во время визита, 15 сентября 1999 года, … было подписано") may be
        // a later step's too, when the text says so elsewhere ("вступило в силу в день подписания"); one in a sentence telling
        // another later step ("Бұған дейін, 1998 жылы, … ратификацияланған еді"), or a dateline's, is not.
        // A signing is no step of a journey or of an act's publication: "в октябре порты подписали меморандум" dates no arrival.
        return (OpensSentence(sentence, span.Start) || told.Exists(e => e != Signing && distinct.Contains(e)) || !AsksAgreementStep(wanted))
            && OnlyOtherSteps(told, wanted);
    }

    /// <summary>
    /// "When was the group founded": "17.09.2025 – Meeting with a delegation of the group" dates a meeting, not the founding.
    /// A date whose clause names only other events is no date of an event a thing has once (answer-types.json "own_dates").
    /// </summary>
    public bool OfAnotherOwnEvent(string sentence, AnswerSpan span, IReadOnlySet<string> asked) =>
        asked.Any(AnswerTypeCues.Default.OwnDates.Contains) && !StartsTerm(sentence, span, asked)
        && Governing(sentence, span) is { Count: > 0 } governing && !governing.Any(e => asked.Contains(e) || e == Beginning);

    /// <summary>A term's beginning is asked and the date is the one a state holds since ("has headed it since January 2023").</summary>
    static bool StartsTerm(string sentence, AnswerSpan span, IReadOnlySet<string> asked) =>
        asked.Contains(TermStart.Event) && TermStart.Default.Since(sentence, span);

    // A beginning is how a thing that is founded or opened is first told of ("the library began its work on Tuesday",
    // «жұмысын бастады», «начал работу»): its date is the opening's, never another event's.
    const string Beginning = "begin";

    // A dateline names a place and at most an agency before its date.
    const int DatelineWords = 3;

    static bool OpensSentence(string sentence, int at)
    {
        var position = 0;
        var words = 0;
        while (Tokenizer.Next(sentence, ref position, out var start, out _) && start < at)
            if (!char.IsUpper(sentence[start]) || ++words > DatelineWords) return false;
        return true;
    }

    /// <summary>
    /// The steps after the signing the question asks the date of ("when was it ratified" → ratify), none when it asks of a
    /// signing or of no step: "When did Kazakhstan ratify the memorandum signed in Astana" asks the ratification only.
    /// </summary>
    public IReadOnlyList<string> LaterStepsAsked(Question q)
    {
        var steps = AnswerTypeCues.Default.AgreementSteps;
        if (!steps.TryGetValue(Signing, out var signing)) return [];
        return Wanted(Asked(q)).Where(e => steps.TryGetValue(e, out var step) && step > signing).ToList();
    }

    /// <summary>
    /// "When did the Majilis approve the ratification bill?", "When was the ratification law published?": the steps of the
    /// law or bill itself the question asks (answer-types.json "act_steps"), none when it names no law or bill. The
    /// ratification it also names is what the act is about, not the step asked.
    /// </summary>
    public IReadOnlyList<string> ActStepsAsked(Question q) =>
        AgreementVocabulary.NamesLawOrBill(q.Text) ? Asked(q).Where(AnswerTypeCues.Default.ActSteps.Contains).ToList() : [];

    /// <summary>Whether the text names one of the events by a word of it ("ратифицирован", "entered into force").</summary>
    public bool Tells(string text, IReadOnlyCollection<string> asked) => EventWords(text, 0, text.Length).Any(c => c.Exists(asked.Contains));

    /// <summary>Whether a step of an agreement's life is asked (signed, ratified, in force …).</summary>
    static bool AsksAgreementStep(List<string> wanted) => wanted.Exists(AnswerTypeCues.Default.AgreementSteps.ContainsKey);

    /// <summary>Whether a step after the signing is asked (ratified, entered into force, extended …).</summary>
    static bool AsksLaterStep(List<string> wanted)
    {
        var steps = AnswerTypeCues.Default.AgreementSteps;
        return steps.TryGetValue(Signing, out var signing) && wanted.Any(e => steps.TryGetValue(e, out var step) && step > signing);
    }

    const string Signing = "sign";

    /// <summary>
    /// "… келісім … нығайтады. Бұған дейін, 1998 жылы, … конвенция ратификацияланған еді.": a neighbour that names only a
    /// document of another kind than the question asks of (a convention, for an agreement) dates that other document.
    /// </summary>
    public static bool OfAnotherDocument(Question q, string neighbour)
    {
        var asked = AgreementExtractor.KindsIn(q.Text);
        if (asked.Count == 0) return false;
        var named = AgreementExtractor.KindsIn(neighbour);
        return named.Count > 0 && !named.Exists(n => asked.Exists(a => a.Kind == n.Kind));
    }

    /// <summary>
    /// A date read from a sentence that names no event ("No. 969 of 26 August 2011, Astana") for the sentence beside it is
    /// the date of what that one names ("On approval of the Agreement …"): of another step, when it names only other steps.
    /// A date the neighbour itself gives an event that is no step of an agreement's life ("Накануне … провел переговоры", "the
    /// day before, the ministers met") is that event's: for a step after the signing (ratified, in force) it is no answer,
    /// as the sentence only names the step ("вступит в силу после … ратификации парламентами").
    /// </summary>
    public bool OfAnotherStepBeside(string neighbour, AnswerSpan span, string sentence, IReadOnlySet<string> asked)
    {
        var wanted = Wanted(asked);
        if (!wanted.Any(distinct.Contains)) return false;
        if (Governing(neighbour, span) is { Count: > 0 } governing)
            return AsksLaterStep(wanted) && !governing.Exists(e => wanted.Contains(e) || distinct.Contains(e) || AnswerTypeCues.Default.AgreementSteps.ContainsKey(e));
        return OnlyOtherSteps(EventWords(sentence, 0, sentence.Length).SelectMany(c => c).ToList(), wanted);
    }

    bool OnlyOtherSteps(List<string> events, List<string> wanted) =>
        events.Count > 0 && !events.Any(wanted.Contains) && events.Any(distinct.Contains);

    /// <summary>The asked events a date must be of: of the steps of an agreement's life it names, the latest only.</summary>
    static List<string> Wanted(IReadOnlySet<string> asked)
    {
        var steps = AnswerTypeCues.Default.AgreementSteps;
        var latest = asked.Select(e => steps.GetValueOrDefault(e, -1)).DefaultIfEmpty(-1).Max();
        return asked.Where(e => !steps.TryGetValue(e, out var step) || step >= latest).ToList();
    }

    /// <summary>The event words governing a date: its clause before it, then after it (Kazakh the other way round).</summary>
    List<string> Governing(string sentence, AnswerSpan span)
    {
        var before = Before(sentence, span.Start);
        var after = After(sentence, span.End);
        var (first, second) = LanguageGuess.Of(sentence) == "kk" ? (after, before) : (before, after);
        if (first.Count > 0) return first;
        if (second.Count > 0) return second;
        // "Вчера, в День болгарского просвещения …, в Алматы открыт бюст": a day alone in the clause opening the sentence
        // dates its main clause, past the insertion between them.
        if (OpeningClauseDated(sentence, span) is { } dated) return EventWords(sentence, dated, Clauses.EndOf(sentence, dated)).SelectMany(c => c).ToList();
        // "- July 1993 – official visit of …", "5 июня 1992 г.: подписан протокол …": a date heading a chronology's item is
        // the date of everything the item tells after its dash or colon ("visit …; a memorandum … signed").
        if (DatedItem.BodyAt(sentence, span.Start, span.End) is { } body && EventWords(sentence, body, sentence.Length).SelectMany(c => c).Distinct().ToList() is { Count: > 0 } told)
            return told;
        // A date alone in a table's cell ("Дата и место подписания: 1 июня 2011 г., Астана") is of what its column's header names;
        // under a header that names none ("Date / place: July 1993") it is of what the row is ("Visit: Official visit of …").
        if (RowFields.HeaderAt(sentence, span.Start) is not { } header) return [];
        var named = EventWords(header, 0, header.Length).SelectMany(c => c).ToList();
        return named.Count > 0 ? named : EventWords(sentence, 0, sentence.Length).SelectMany(c => c).Distinct().ToList();
    }

    // An insertion or two ("in the Day of …", "on the eve of …") may stand between an opening day and its clause.
    const int OpeningReach = 3;

    /// <summary>
    /// "Вчера, в День болгарского просвещения и культуры …, в Алматы открыт бюст", "Yesterday, on the Day of Bulgarian
    /// Culture, a bust was unveiled": a date standing alone in the clause that opens the sentence (nothing but marks and
    /// signs before it, no word after it in its clause) is the time of the sentence's main clause, the first clause after
    /// it that names an event; the insertion between them names none. Where that clause starts, or null.
    /// </summary>
    public int? OpeningClauseDated(string sentence, AnswerSpan span)
    {
        if (span.Start < 0 || span.End > sentence.Length || HasLetter(sentence, 0, span.Start)) return null;
        var end = Clauses.EndOf(sentence, span.End);
        if (end >= sentence.Length || sentence[end] != ',' || HasLetter(sentence, span.End, end)) return null;
        var from = end + 1;
        for (var i = 0; i < OpeningReach && from < sentence.Length; i++)
        {
            var to = Clauses.EndOf(sentence, from);
            if (EventWords(sentence, from, to).Any()) return from;
            if (to >= sentence.Length || sentence[to] != ',') return null;
            from = to + 1;
        }
        return null;
    }

    static bool HasLetter(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (char.IsLetter(text[i])) return true;
        return false;
    }

    List<string> Concepts(string folded) => lexicon.ConceptsOfWord(folded).Where(events.Contains).ToList();

    /// <summary>The concepts of the event words between the clause's start and <paramref name="end"/>.</summary>
    List<string> Before(string sentence, int end)
    {
        var start = Clauses.StartOf(sentence, end);
        return EventWords(sentence, start, end).SelectMany(c => c).ToList();
    }

    /// <summary>
    /// The concepts of the first event word between <paramref name="start"/> and the clause's end; when that word is an
    /// act through which another event is done ("… 23 қыркүйектегі қаулысымен құрылған": by the decree of 23 September,
    /// created), the next event word's too.
    /// </summary>
    List<string> After(string sentence, int start)
    {
        var found = new List<string>();
        foreach (var concepts in EventWords(sentence, start, Clauses.EndOf(sentence, start)))
        {
            found.AddRange(concepts);
            if (!concepts.All(AnswerTypeCues.Default.Instruments.Contains)) break;
        }
        return found;
    }

    IEnumerable<List<string>> EventWords(string sentence, int from, int to)
    {
        var position = from;
        while (position < to && Tokenizer.Next(sentence, ref position, out var s, out var length) && s + length <= to)
            if (Concepts(TextNormalizer.Fold(sentence.Substring(s, length))) is { Count: > 0 } concepts) yield return [.. concepts];
    }
}
