using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction.Events;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Finds the documents a text says were signed, one draft per document: a semicolon-separated list after
/// "The following memoranda were signed:" yields one agreement per item, each with its parties, domain, date and place.
/// </summary>
public sealed partial class AgreementExtractor(EntityIndex entities)
{
    static readonly System.Buffers.SearchValues<char> ItemBreaks = System.Buffers.SearchValues.Create(",;:()—–");

    [GeneratedRegex("[\"«»“”]")]
    private static partial Regex Quotes();

    /// <summary>
    /// Where a sentence ends inside an item ("… an agreement on cooperation in culture. Both signed in Astana"): a full stop
    /// after a lower-case word of four letters or more (never an initial or "St."), then a capital.
    /// </summary>
    [GeneratedRegex(@"(?<=\p{Ll}{4})\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();

    /// <summary>
    /// Whether a text says documents were signed: a signing verb, or a count of documents with a word of outcome ("Two
    /// documents came out of the trip:", "По итогам визита — пять документов"); never a plan or a denial.
    /// </summary>
    /// <remarks>
    /// Asked of a sentence by the document's reading and again by the extraction of its documents: the answer for the
    /// last text asked is kept per thread (a string never changes, so the same instance has the same answer).
    /// </remarks>
    public static bool StatesSigning(string text) => ReferenceEquals(text, _lastAsked) ? _lastAnswer : StatesSigning(TokenList.Of(text));

    /// <summary>The same for a sentence already split into words (the reading of a document has them).</summary>
    public static bool StatesSigning(TokenList tokens)
    {
        var text = tokens.Text;
        if (ReferenceEquals(text, _lastAsked)) return _lastAnswer;
        var mentions = AgreementVocabulary.NamesSigning(tokens);
        var answer = (mentions || AgreementVocabulary.StatesOutcome(tokens) && EventWords.CountedDocuments.IsMatch(tokens))
            && !AgreementVocabulary.SaysNotYetSigned(tokens);
        (_lastAsked, _lastAnswer, _lastMentions) = (text, answer, mentions);
        return answer;
    }

    /// <summary>Whether the text names signing at all ("signed", "will sign", "подписание"), stated as done or not.</summary>
    /// <remarks>Read beside <see cref="StatesSigning(TokenList)"/>, which has just read the same sentence for it: kept, not read again.</remarks>
    public static bool MentionsSigning(TokenList tokens)
    {
        StatesSigning(tokens);
        return _lastMentions;
    }

    [ThreadStatic] static string? _lastAsked;
    [ThreadStatic] static bool _lastAnswer;
    [ThreadStatic] static bool _lastMentions;

    /// <summary>The documents a sentence says were signed.</summary>
    public IEnumerable<AgreementDraft> Extract(string sentence, SigningContext context)
    {
        if (!StatesSigning(sentence)) yield break;
        if (RowFields.Read(sentence) is { } row)
        {
            foreach (var draft in FromRow(row, sentence, context)) yield return draft;
            yield break;
        }
        // "… were signed: a memorandum on X; an agreement on Y" lists its documents after the colon; a colon before a
        // clause that names none ("… signed a memorandum: the mayors put their signatures …") ends no introduction.
        var colon = sentence.IndexOf(':');
        var listed = colon >= 0 && colon < sentence.Length - 1 && KindsIn(sentence[(colon + 1)..]).Count > 0;
        var listPart = listed ? sentence[(colon + 1)..] : sentence;
        var signed = SigningDate(sentence, context);
        var place = PlaceIn(sentence) ?? context.PlaceOf(signed);
        // "Between Astana and Sofia the following were signed: a memorandum on X; …": the items share the sentence's parties.
        var intro = listed ? sentence[..colon] : sentence;
        foreach (var item in SplitItems(listPart))
            if (Draft(item, signed, place, intro, context, documentWord: false) is { } draft) yield return draft;
    }

    /// <summary>
    /// The day the text says the documents were signed: its first full date, else the first month or year it states
    /// (kept as a month or year, never widened to the publication date), else the day or month the text around it is about,
    /// else the dated document's own day. A sentence telling another step of the agreement's life too gives the signing
    /// only the date nearest its own verb (<see cref="SigningDay"/>).
    /// </summary>
    static PartialDate? SigningDate(string text, SigningContext context)
    {
        var tokens = TokenList.Of(text);
        var dates = DateFinder.Find(tokens, context.DocumentDate);
        // "denounced on 14 January 2021 the agreement signed in 1996": the other step's date is not the signing's, nor is the document's.
        if (SigningDay.Read(tokens, dates) is (true, var own)) return own;
        return dates.FirstOrDefault(d => d.Start.Day is not null && d.End is null)?.Start
            ?? dates.FirstOrDefault(d => d.End is null)?.Start
            ?? (context.ContextDate is { Month: not null } ? context.ContextDate : null)
            ?? (context.DocumentDate is { Day: not null } ? context.DocumentDate : null);
    }

    /// <summary>
    /// The items of a list a signing introduces ("The following documents were signed:"), on their own lines or in the
    /// sentence after it ("The new documents are a memorandum on X; a memorandum on Y"): an item may name its paper only
    /// as a "document".
    /// </summary>
    public IEnumerable<AgreementDraft> ExtractListItem(string item, string signingSentence, SigningContext context)
    {
        // An introduction of title lines (a dateline over "Documents signed in Astana on 9 June 2025") is dated and placed by
        // the last line that states a date: the one nearest the list.
        if (signingSentence.Contains('\n'))
            signingSentence = signingSentence.Split('\n').LastOrDefault(l => DateFinder.Find(l, context.DocumentDate).Count > 0) ?? signingSentence;
        var signed = SigningDate(signingSentence, context);
        foreach (var part in SplitItems(item.TrimStart('-', '*', '•', ' ')))
            if (Draft(part, signed, PlaceIn(signingSentence) ?? context.PlaceOf(signed), signingSentence, context, documentWord: true) is { } draft) yield return draft;
    }

    /// <summary>Where each document kind word stands in the text, in order; words naming a group ("memoranda") are left out.</summary>
    /// <remarks>Loops over the patterns' matches rather than a LINQ chain: it is asked of every sentence near a signing.</remarks>
    public static List<(string Kind, int Index)> KindsIn(string text)
    {
        // A sentence near a signing is asked for its kinds by several readers in turn (whether it names several documents,
        // its items, each draft): the last few texts' kinds are kept per thread (a string never changes), each caller
        // handed a copy of its own.
        var recent = _recentKinds ??= new (string?, List<(string, int)>?)[RecentKinds];
        foreach (var (asked, kinds) in recent)
            if (ReferenceEquals(asked, text)) return [.. kinds!];
        var found = FindKinds(text);
        if (text.Length <= RecentKindsLimit)
        {
            recent[_nextKinds] = (text, found);
            _nextKinds = (_nextKinds + 1) % RecentKinds;
            return [.. found];
        }
        return found;
    }

    const int RecentKinds = 4;
    const int RecentKindsLimit = 16_384;
    [ThreadStatic] static (string? Text, List<(string Kind, int Index)>? Kinds)[]? _recentKinds;
    [ThreadStatic] static int _nextKinds;

    static List<(string Kind, int Index)> FindKinds(string text)
    {
        var found = new List<(string Kind, int Index)>();
        // Only the kinds the text's words may name are looked for (most texts asked name one or none).
        var named = AgreementVocabulary.KindGate.MayMatch(TokenList.Of(text));
        if (named == 0) return found;
        // Where two kinds match at one place, the first kind listed names it.
        for (var k = 0; k < AgreementVocabulary.Kinds.Length; k++)
        {
            if (!PhraseGate.Has(named, k)) continue;
            var (kind, pattern) = AgreementVocabulary.Kinds[k];
            foreach (var m in pattern.EnumerateMatches(text))
                if (!Taken(found, m.Index) && !AgreementWords.IsGroupAt(text, m.Index)) found.Add((kind, m.Index));
        }
        found.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    static bool Taken(List<(string Kind, int Index)> found, int index)
    {
        foreach (var f in found)
            if (f.Index == index) return true;
        return false;
    }

    static IEnumerable<string> SplitItems(string text)
    {
        foreach (var raw in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // "a memorandum on X and an agreement on Y" names two documents.
            var starts = KindsIn(raw).Select(k => k.Index).ToList();
            if (starts.Count == 2 && IsLabel(raw, starts[0], starts[1])) { yield return raw[starts[1]..]; continue; }
            if (starts.Count <= 1) { yield return raw; continue; }
            if (HeadLast(raw, starts))
            {
                // "X туралы меморандумға және Y туралы келісімге қол қойылды": each name from the joining word before it to its kind.
                var from = 0;
                for (var i = 0; i < starts.Count; i++)
                {
                    var end = i + 1 < starts.Count ? KindEnd(raw, starts[i]) : raw.Length;
                    yield return raw[from..end];
                    if (end < raw.Length) from = end + AgreementVocabulary.ListJoinStart.Match(raw, end).Length;
                }
                continue;
            }
            // A later document's words before its kind ("…, and a cooperation agreement") belong to it, not to the one before.
            for (var i = 1; i < starts.Count; i++) starts[i] = ItemStart(raw, starts[i], starts[i - 1]);
            for (var i = 0; i < starts.Count; i++)
            {
                var end = i + 1 < starts.Count ? starts[i + 1] : raw.Length;
                var piece = raw[starts[i]..end];
                piece = AgreementVocabulary.TrailingJoin.Replace(piece, "");
                if (i > 0 && BetweenConnects(raw, starts[i])) { yield return raw; break; }
                yield return piece;
            }
        }
    }

    /// <summary>
    /// Where the item holding the kind word at <paramref name="kindAt"/> starts: back over up to three lower-case words
    /// ("cooperation", "межправительственное"), stopping at punctuation, an article, a joining word or a capital.
    /// </summary>
    static int ItemStart(string raw, int kindAt, int previousKind)
    {
        var tokens = TokenList.Of(raw[previousKind..kindAt]);
        var start = kindAt;
        // Token 0 is the earlier document's own kind word.
        for (var k = tokens.Count - 1; k >= 1 && k >= tokens.Count - 3; k--)
        {
            var at = previousKind + tokens[k].Start;
            var word = raw.Substring(at, tokens[k].Length);
            if (!char.IsLower(word[0]) || IsLinkWord(word) || raw.AsSpan(at, start - at).IndexOfAny(ItemBreaks) >= 0) break;
            start = at;
        }
        return start;
    }

    /// <summary>Every kind word of the item closes its own subject ("… туралы меморандумға"): names written head last, each after the one before.</summary>
    static bool HeadLast(string raw, List<int> starts)
    {
        var from = 0;
        foreach (var at in starts)
        {
            if (!AgreementVocabulary.SubjectBeforeKind.IsMatch(raw.AsSpan(from, at - from))) return false;
            from = KindEnd(raw, at);
        }
        return true;
    }

    static bool IsLinkWord(string word) =>
        AgreementVocabulary.LeadingArticle.IsMatch(word + " ") || AgreementVocabulary.PartySeparator.IsMatch(" " + word + " ") || AgreementVocabulary.Between.IsMatch(word);

    // "memorandum between the Ministry ... and the Protocol Department" — a kind word inside a party name is not a new item.
    // When the parties come first ("between A and B were signed a memorandum on X and a memorandum on Y"), a second kind
    // word after a first one is a second document.
    static bool BetweenConnects(string raw, int secondKind) =>
        AgreementVocabulary.Between.Match(raw) is { Success: true } m && m.Index < secondKind
        && !AgreementVocabulary.ListJoinEnd.IsMatch(raw[m.Index..secondKind])
        && !AgreementVocabulary.Kinds.Any(k => k.Pattern.Match(raw, m.Index + m.Length) is { Success: true } first && first.Index < secondKind);

    AgreementDraft? Draft(string item, PartialDate? signed, string? place, string intro, SigningContext context, bool documentWord)
    {
        // Entry into force and ratification are later events of an agreement already signed, not a signing.
        // "Спогодба за … (подписана на 13 ноември 1997 г. в Алмати) — ратифицирана със закон …": a document named, signed, then
        // ratified, is signed there.
        if (AgreementWords.Any(AgreementWords.InForce, item) && !SignedThenLater(item)) return null;
        // "The head of state signed the Law «On the ratification of the Agreement …»", "«… келісімді ратификациялау туралы» № 202
        // Заңына қол қойды": what was signed is the ratifying act, and its day is the ratification's, never the agreement's signing.
        if (SignsRatifyingAct(item)) return null;
        // "…; later amended by a protocol": the protocol changed the agreement before it, and is signed nowhere in this text
        // ("A protocol amending the agreement was signed on …" is a signing, and stays one).
        if (AgreementWords.Any(AgreementWords.Amended, item) && !AgreementVocabulary.Signing.IsMatch(item)) return null;
        var (kind, kindAt) = KindsIn(item).FirstOrDefault();
        if (kind is null && documentWord && AgreementWords.First(AgreementWords.Document, item) is >= 0 and var at) (kind, kindAt) = ("document", at);
        if (kind is null) return null;
        var parties = Parties(item, context.DocumentDate);
        // The introduction's parties, when it names some a country or entity is known for ("between Astana and Sofia the following were signed:").
        if (parties.Count < 2 && intro != item && IntroParties(intro, context.DocumentDate) is { Count: >= 2 } shared && shared.Exists(p => p.Country is not null || p.EntityId is not null))
            parties = [.. shared];
        // "the two countries signed", "стороны подписали": the two countries the document is about.
        if (parties.Count < 2 && context.DocumentParties.Count == 2) parties = [.. context.DocumentParties];
        parties = WithCountries(parties, context);
        var verb = AgreementVocabulary.SigningVerb(item);
        // "The new documents are a memorandum on X": the title begins at the document's kind.
        var start = Tokenizer.Words(item[..kindAt]).Count() > 3 ? kindAt : 0;
        var named = verb.Success && verb.Index < kindAt ? NamePart(item[kindAt..])
            : TopicFirst(item, kindAt, wholeItem: documentWord) is { } topicFirst ? topicFirst
            : HeadFinalTitleStart(item, kindAt, verb) is { } titleStart ? item[titleStart..KindEnd(item, kindAt)]
            // "…: Астана мен София қалалары арасындағы меморандум; …": an item of a list closing with its kind word names the
            // document head last, as Kazakh writes it, its parties and subject before it: all of it is the name.
            : !verb.Success && intro != item && WritesKazakh(item) && item.AsSpan(KindEnd(item, kindAt)).Trim(" .;,!»\"”").IsEmpty ? item
            // "A memorandum on X was signed during the visit": the title stops where the verb and its auxiliary begin.
            : verb.Success ? AgreementVocabulary.SubjectTrailer.Replace(item[BareKindStart(item, start, kindAt)..BareKindEnd(item, kindAt, verb.Index, context.DocumentDate)], "")
            // "Транскаспий … жөніндегі меморандумы — ҚР Көлік министрлігі мен … арасында": an item of a list named head last,
            // then its parties after a dash: the name is all of it up to the kind word.
            : documentWord && kindAt > 0 && DashAfter(item, KindEnd(item, kindAt)) ? item[..KindEnd(item, kindAt)]
            : item[start..];
        var title = Title(named);
        return new AgreementDraft(kind, WritesKazakh(item) ? KazakhNominative(title) : title, Domain(item, parties, title), signed, place, parties, item);
    }

    /// <summary>
    /// "Ынтымақтастық туралы ниет хаттамасына" → "Ынтымақтастық туралы ниет хаттамасы", "Хаттамасына" → "Хаттама": a title
    /// closing with a Kazakh kind word is given without the case ending the sentence put on it, and a title that is the kind
    /// word alone without its possessive ending too, as long as what is left is still the kind word.
    /// </summary>
    static string KazakhNominative(string title)
    {
        var kinds = KindsIn(title);
        if (kinds.Count == 0 || KindEnd(title, kinds[^1].Index) != title.Length) return title;
        var at = kinds[^1].Index;
        var word = Cut(title[at..], AgreementVocabulary.KazakhCaseEndings);
        if (at == 0) word = Cut(word, AgreementVocabulary.KazakhPossessiveEndings);
        return title[..at] + word;

        // The ending off, when the kind's pattern still reads the rest as that kind.
        string Cut(string w, IReadOnlyList<string> endings)
        {
            foreach (var ending in endings)
                if (w.Length > ending.Length + 3 && w.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                    && KindsIn(w[..^ending.Length]) is [{ Index: 0 } k] && k.Kind == kinds[^1].Kind)
                    return w[..^ending.Length];
            return w;
        }
    }

    /// <summary>Whether the item's signing is of an act that ratifies (a law or decree on the ratification), not of the agreement.</summary>
    static bool SignsRatifyingAct(string item)
    {
        var tokens = TokenList.Of(item);
        return AgreementWords.Ratification.First(tokens) is not null && AgreementWords.NamesLaw(tokens) && !SignedThenLater(item);
    }

    /// <summary>
    /// A document named, then said to be signed, and only then a later step ("Спогодба за … (подписана на 13 ноември 1997 г. в
    /// Алмати) — ратифицирана със закон …", "the Convention …, signed at Almaty on 13 November 1997 and ratified by …"): the
    /// signing is the document's own, not of the act of the later step.
    /// </summary>
    /// <remarks>Only a signing whose own clause (up to the bracket, dash or comma after its verb) tells its day ("подписана на 13
    /// ноември 1997 г. в Алмати)"): "…, подписано през 1997 г., влезе в сила …" and "келісімге 1999 жылы … қол қойылды, ал ол 2001
    /// жылғы 20 тамызда күшіне енді" tell of the later step, and the year of signing is background to it.</remarks>
    static bool SignedThenLater(string item)
    {
        if (KindsIn(item) is not [var (_, kindAt), ..] || AgreementVocabulary.SigningVerb(item) is not { Success: true } verb || kindAt >= verb.Index) return false;
        var later = AgreementWords.First(AgreementWords.InForce, item);
        var clauseEnd = item.IndexOfAny([')', '—', ';', ','], verb.Index + verb.Length);
        return later > verb.Index && clauseEnd > 0 && clauseEnd < later
            && DateFinder.Find(item[kindAt..clauseEnd], null).Any(d => d.Start.Day is not null);
    }

    /// <summary>
    /// Where the name of a document signed after it starts: "Recall that, the agreement … was signed", "Еске сала кетейік,
    /// келісімге … қол қойылған" — a kind word that opens its clause (after a comma) starts the name, not the words of the
    /// clause before it.
    /// </summary>
    static int BareKindStart(string item, int start, int kindAt)
    {
        if (start >= kindAt) return start;
        var comma = item.LastIndexOf(',', kindAt - 1, kindAt - start);
        if (comma >= 0 && string.IsNullOrWhiteSpace(item[(comma + 1)..kindAt])) return kindAt;
        // "Комитет отмечает, что Соглашение было подписано …", "… notes that the Agreement was signed": a clause opened by
        // "that" starts with the document, whoever said it.
        if (comma >= 0 && AgreementVocabulary.OpensClause(item[(comma + 1)..kindAt])) return kindAt;
        // "Член единствен. Ратифицира Споразумението …, подписано …", "Статья 1. Ратифицировать Соглашение …", "To approve the
        // Agreement … signed …": a law's article head and the act's own verb before the kind word tell what the law does with
        // the document, no part of its name.
        var before = TokenList.Of(item[start..kindAt]);
        return AgreementWords.Ratification.First(before) is not null || AgreementWords.Approval.First(before) is not null ? kindAt : start;
    }

    /// <summary>
    /// Where that name ends: a date right after the kind word ("келісімге 1999 жылғы 15 қыркүйекте Софияда … қол қойылған")
    /// tells when it was signed, and the words after the date are the signing's circumstances, not a subject.
    /// </summary>
    static int BareKindEnd(string item, int kindAt, int verbAt, PartialDate? documentDate)
    {
        var kindEnd = KindEnd(item, kindAt);
        if (kindEnd >= verbAt) return verbAt;
        return DateFinder.Find(item[kindEnd..verbAt], documentDate) is [{ Index: var at }, ..] && string.IsNullOrWhiteSpace(item[kindEnd..(kindEnd + at)])
            ? kindEnd : verbAt;
    }

    /// <summary>
    /// "The most important is the memorandum on the Trans-Caspian corridor", "Ең маңыздысы — Транскаспий дәлізі бойынша
    /// меморандум": the text names one document together with its subject, not only in passing ("the memorandum could …").
    /// </summary>
    public static bool NamesOneDocument(string text) => KindsIn(text) is [var (_, at)] && HasSubject(text, at);

    /// <summary>
    /// "The new documents are a memorandum on X and an agreement on Y": the text names two or more documents, one at least
    /// with its subject ("land for a pilot programme and a new programme" names none).
    /// </summary>
    public static bool NamesSeveralDocuments(string text) => KindsIn(text) is { Count: >= 2 } kinds && kinds.Exists(k => HasSubject(text, k.Index));

    /// <summary>Whether the kind word at <paramref name="at"/> comes with its subject: after it ("memorandum on X"), or before it as Kazakh writes it.</summary>
    static bool HasSubject(string text, int at)
    {
        if (TopicFirst(text, at) is not null) return true;
        var end = at;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        return AgreementVocabulary.SubjectStart.Match(text, end) is { Success: true } subject && subject.Index - end <= 25;
    }

    /// <summary>
    /// "Ең маңыздысы — Транскаспий дәлізі бойынша меморандум": where the kind word closes the item, its subject stands
    /// before it (as Kazakh writes it), from the last dash, colon or comma on.
    /// </summary>
    /// <param name="wholeItem">The text is an item of a list of documents ("3. Спорт саласындағы ынтымақтастық туралы келісім."): all of it before the kind word may be the subject.</param>
    static string? TopicFirst(string item, int kindAt, bool wholeItem = false)
    {
        var kindEnd = kindAt;
        while (kindEnd < item.Length && char.IsLetter(item[kindEnd])) kindEnd++;
        if (!item.AsSpan(kindEnd).Trim(" .;,!»\"”").IsEmpty) return null;
        var from = kindAt == 0 ? -1 : item.LastIndexOfAny(['—', '–', ':', ','], kindAt - 1);
        if (from < 0 && !(wholeItem && kindAt > 0)) return null;
        return Tokenizer.Words(item[(from + 1)..kindAt]).Count() is 0 or > 6 ? null : item[(from + 1)..kindEnd].Trim();
    }

    /// <summary>
    /// "… Болгария Көлік министрлігі Транскаспий бағытын дамыту туралы меморандумына қол қойды": where the kind word
    /// stands right before the signing verb, as Kazakh writes it, the document's name is the words before the kind word,
    /// back to the parties — after the last head noun of an institution ("министрлігі") or the word after the parties
    /// ("арасында"), whichever is last in its clause; null in any other order or without the parties before it.
    /// </summary>
    static int? HeadFinalTitleStart(string item, int kindAt, Match verb)
    {
        var kindEnd = KindEnd(item, kindAt);
        // The kind word right before the signing verb, or closing one name of a list ("… туралы меморандумға және …").
        var closes = item.AsSpan(kindEnd).Trim(" .;,").IsEmpty;
        if (!closes && (!verb.Success || verb.Index < kindEnd || !string.IsNullOrWhiteSpace(item[kindEnd..verb.Index]))) return null;
        var clause = item.LastIndexOfAny([',', ';', ':', '—', '–'], Math.Max(0, kindAt - 1)) + 1;
        var start = -1;
        foreach (var after in AgreementVocabulary.BetweenAfter.EnumerateMatches(item, clause))
            if (after.Index < kindAt) start = Math.Max(start, after.Index + after.Length);
        var position = clause;
        while (Tokenizer.Next(item.AsSpan(0, kindAt), ref position, out var wordStart, out var length))
            if (Entities.NameRules.OrgHead(item.Substring(wordStart, length)) is not null) start = Math.Max(start, wordStart + length);
        // A later name of a list written head last starts the item, in lower case: all of it is the name.
        if (start < 0 && item.TrimStart() is [var first, ..] && char.IsLower(first) && Tokenizer.Words(item[..kindAt]).Any()) start = 0;
        // "Алматы мен Варна ынтымақтастық туралы ниет хаттамасына қол қойған": the parties' names, then the subject closed by
        // "туралы": the name runs from the lower-case words right before "туралы" (back to the last capitalised word) to the kind.
        if (start < 0) start = SubjectFrom(item, clause, kindAt) ?? -1;
        // Without the parties before it ("during the visit the parties signed five memoranda") there is no name to read.
        return start >= 0 && Tokenizer.Words(item[start..kindAt]).Any() ? start + (item.Length - start - item[start..].TrimStart().Length) : null;
    }

    /// <summary>Where a head-last subject starts: the first of the lower-case words before the last "туралы" ahead of the kind, after a capitalised word.</summary>
    static int? SubjectFrom(string item, int clause, int kindAt)
    {
        var subject = -1;
        foreach (var m in AgreementVocabulary.SubjectBeforeWord.EnumerateMatches(item.AsSpan(clause, kindAt - clause))) subject = clause + m.Index;
        if (subject < 0) return null;
        var words = new List<(int Start, int Length)>();
        var position = clause;
        while (Tokenizer.Next(item.AsSpan(0, subject), ref position, out var wordStart, out var length)) words.Add((wordStart, length));
        var from = subject;
        for (var k = words.Count - 1; k >= 0; k--)
        {
            if (char.IsUpper(item[words[k].Start])) return from < subject ? from : null;
            from = words[k].Start;
        }
        return null;
    }

    static bool DashAfter(string item, int end) => item.AsSpan(end).TrimStart() is ['—' or '–', ..];

    /// <summary>
    /// "Ратифицируемый договор — Соглашение о …", "Treaty ratified — Agreement on …": a kind word ending a field's label right
    /// before a dash names the field, and the document is the one named right after the dash.
    /// </summary>
    static bool IsLabel(string item, int labelAt, int namedAt)
    {
        var dash = item.IndexOf(" — ", labelAt, StringComparison.Ordinal);
        return dash >= 0 && dash < namedAt && string.IsNullOrWhiteSpace(item[KindEnd(item, labelAt)..dash])
            && string.IsNullOrWhiteSpace(item[(dash + 3)..namedAt]);
    }

    static int KindEnd(string item, int kindAt)
    {
        var end = kindAt;
        while (end < item.Length && char.IsLetter(item[end])) end++;
        return end;
    }

    /// <summary>
    /// A party neither the entity index nor its own words place takes the country the document writes with the same name
    /// ("the Bulgarian National Assembly"); of two parties in a document about two countries, one left without a country
    /// is from the country the other is not.
    /// </summary>
    static List<Party> WithCountries(List<Party> parties, SigningContext context)
    {
        if (parties.TrueForAll(p => p.Country is not null)) return parties;
        var filled = parties.ConvertAll(p => p.Country is null && context.CountryNamed?.Invoke(p.Name) is { } c ? p with { Country = c } : p);
        if (filled.Count != 2 || context.DocumentParties.Count != 2 || filled.Count(p => p.Country is null) != 1) return filled;
        var known = filled.First(p => p.Country is not null).Country;
        var countries = context.DocumentParties.Select(p => p.Country).ToList();
        if (!countries.Contains(known) || countries.FirstOrDefault(c => c is not null && c != known) is not { } other) return filled;
        return filled.ConvertAll(p => p.Country is null ? p with { Country = other } : p);
    }

    /// <summary>
    /// The parties of the sentence that introduces a list, read once for all of its items (each item that names fewer than
    /// two parties of its own asks for them): again only for another sentence, date or state of the entity index.
    /// </summary>
    List<Party> IntroParties(string intro, PartialDate? documentDate)
    {
        if (_intro is { } last && ReferenceEquals(last.Text, intro) && last.Date == documentDate && last.Version == entities.Version) return last.Parties;
        var parties = Parties(intro, documentDate);
        _intro = (intro, documentDate, entities.Version, parties);
        return parties;
    }

    (string Text, PartialDate? Date, int Version, List<Party> Parties)? _intro;

    /// <summary>The parties an item names; <paramref name="documentDate"/> dates a day without its year that opens them.</summary>
    List<Party> Parties(string item, PartialDate? documentDate)
    {
        var between = AgreementVocabulary.Between.Match(item);
        if (between.Success)
        {
            var rest = item[(between.Index + between.Length)..];
            rest = AgreementVocabulary.PartyGroupPrefix.Replace(rest, "");
            // The parties end where the subject, the signing verb or the name of a document begins.
            // "between A and B was signed": the auxiliary before the verb is no part of B.
            var partyText = AgreementVocabulary.SubjectTrailer.Replace(rest[..PartiesEnd(rest)], "");
            var split = BestSplit(partyText.TrimEnd('.', ' '));
            if (split is not null) return split;
        }
        // Kazakh "Қазақстан мен Болгария арасында": the parties stand before the word, back to the clause's start.
        else if (AgreementVocabulary.BetweenAfter.Match(item) is { Success: true, Index: > 0 } after)
        {
            var before = item[..after.Index];
            if (BestSplit(WithoutOpeningTimeAndPlace(before[(before.LastIndexOfAny([',', ';', ':', '—', '–']) + 1)..].Trim(), documentDate)) is { } split) return split;
        }
        // "X and Y signed a memorandum …": the parties are the subject of the signing verb.
        if (AgreementVocabulary.Signing.Match(item) is { Success: true, Index: > 0 } signing)
        {
            // Kazakh "A мен B … туралы меморандумға қол қойды": the document's name between the parties and the verb is no part of B.
            var subjectEnd = KindsIn(item[..signing.Index]) is [.., var last] && HeadFinalTitleStart(item, last.Index, signing) is { } titleStart
                ? titleStart : signing.Index;
            var subject = AfterLastComma(item, subjectEnd);
            subject = AgreementVocabulary.SubjectTrailer.Replace(subject, "");
            // "10 февраля 2026 года Казпочта и …", "On 3 June Kazpost and …": a date (and a city) that opens the clause is no part of a party.
            subject = WithoutOpeningTimeAndPlace(subject, documentDate);
            // Two known sides of two countries, or two proper names ("Lozen Chem and the Ministry of Health of Kazakhstan"),
            // whose countries the document then tells (see WithCountries): never two sides of one country.
            if (BestSplit(subject) is { } named && named[0].Country is var a && named[1].Country is var b
                && (a is not null && b is not null ? a != b : named.TrueForAll(p => IsProperName(p.Name))))
                return named;
        }
        // Otherwise the entities named in the item, one per country; a city is a party only when no institution is named.
        var found = entities.FindIn(item).Where(m => m.Entity.Country is not null && m.Entity.Type != "person").ToList();
        var institutions = found.Where(m => m.Entity.Type != "city").ToList();
        return (institutions.Count > 0 ? institutions : found)
            .GroupBy(m => m.Entity.Country).Select(g => ToParty(g.First().Entity.Name, g.First().Entity, true))
            .OrderBy(p => p.Country, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The text before <paramref name="end"/> from after the last comma of its first line and the spaces after it ("On
    /// Monday, Kazpost and …" → "Kazpost and …"), or all of it when that line has no comma: what the expression
    /// <c>^.*,\s*</c> removed, read without an expression asked of every signing sentence through the expressions' cache.
    /// </summary>
    static string AfterLastComma(string text, int end)
    {
        var line = text.AsSpan(0, end);
        if (line.IndexOf('\n') is >= 0 and var lineEnd) line = line[..lineEnd];
        var comma = line.LastIndexOf(',');
        if (comma < 0) return text[..end];
        var from = comma + 1;
        while (from < end && char.IsWhiteSpace(text[from])) from++;
        return text[from..end];
    }

    /// <summary>
    /// A clause before the parties without the date and the city that open it ("14 наурызда Астанада Қазақстан …" →
    /// "Қазақстан …"): the city is told by its place-mention ending ("-да"), so a party named for a city ("Астана
    /// қаласының әкімдігі") stays whole.
    /// </summary>
    string WithoutOpeningTimeAndPlace(string clause, PartialDate? documentDate)
    {
        // "Сапар барысында Қазақстан …", "В ходе визита Казахстан и …": the circumstance is no part of the first party.
        // It opens the clause: no capitalised word (a party's) stands before it but the clause's first.
        if (AgreementVocabulary.OpeningCircumstance.Match(clause) is { Success: true } circumstance
            && !HasCapital(clause.AsSpan(1, Math.Max(0, circumstance.Index - 1)))
            && FromCapital(clause, circumstance.Index + circumstance.Length) is { Length: > 0 } afterCircumstance) clause = afterCircumstance;
        clause = DatelineOpening.Without(clause);
        // "9 November 2026 (BTA) – Bulgaria's minister …": the agency and dash after an opening date are the dateline's too.
        if (DateFinder.Find(clause, documentDate) is [{ Index: <= 3 } opening, ..]) clause = FromCapital(DatelineOpening.Without(clause[opening.EndIndex..]), 0);
        var space = clause.IndexOf(' ');
        if (space <= 0) return clause;
        var first = clause[..space];
        foreach (var ending in AgreementVocabulary.PlaceMentionEndings)
            if (first.Length > ending.Length + 2 && first.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                && (Resolve(first).Entity ?? Resolve(first[..^ending.Length]).Entity) is { Type: "city" or "place" or "region" })
                return clause[(space + 1)..].TrimStart();
        return clause;
    }

    static int PartiesEnd(string rest)
    {
        var end = rest.Length;
        if (AgreementVocabulary.SubjectStart.Match(rest) is { Success: true } subject) end = subject.Index;
        if (AgreementVocabulary.Signing.Match(rest) is { Success: true } verb && verb.Index < end) end = verb.Index;
        foreach (var (_, pattern) in AgreementVocabulary.Kinds)
            if (pattern.Match(rest) is { Success: true, Index: > 0 } kind && kind.Index < end) end = kind.Index;
        return end;
    }

    /// <summary>"memorandum of understanding on rail freight on 20 November 2026 in Sofia, the agency reports" → up to the date or clause.</summary>
    static string NamePart(string fromKind)
    {
        var end = AgreementVocabulary.NameEnd.Match(fromKind);
        return end.Success ? fromKind[..end.Index] : fromKind;
    }

    /// <summary>Of every "X and Y" split, the one whose sides both resolve to known entities, else the first.</summary>
    List<Party>? BestSplit(string text)
    {
        List<Party>? best = null;
        var bestScore = -1;
        foreach (var sep in AgreementVocabulary.PartySeparator.EnumerateMatches(text))
        {
            var left = Clean(text[..sep.Index]);
            var right = Clean(text[(sep.Index + sep.Length)..]);
            if (left.Length == 0 || right.Length == 0) continue;
            // Each side's names are found once, for both what it resolves to and whether it is all one name.
            var (leftSpans, rightSpans) = (entities.FindSpans(left), entities.FindSpans(right));
            var (l, lWhole) = Resolve(left, leftSpans);
            var (r, rWhole) = Resolve(right, rightSpans);
            // A side that is all one known name ("Bulgarian Chamber of Commerce and Industry") outweighs one that only holds one.
            var score = (l is null ? 0 : 1) + (r is null ? 0 : 1) + (l is not null && r is not null && l.Id != r.Id ? 1 : 0)
                + (lWhole && IsAllOneName(left, leftSpans) ? 1 : 0) + (rWhole && IsAllOneName(right, rightSpans) ? 1 : 0);
            // Of two splits as good, the one whose second side opens with a capital, as a name does: in "Сауда және
            // интеграция министрлігі мен Болгария …" the first "and" is inside a name, the second joins the parties.
            if (score < bestScore || score == bestScore && (best is null || !StartsCapitalised(right) || StartsCapitalised(best[1].Name))) continue;
            bestScore = score;
            best = [ToParty(left, l, lWhole), ToParty(right, r, rWhole)];
        }
        return best;
    }

    /// <summary>
    /// The entity a party's words name, in whatever case they stand ("Софией", "Шымкентом"), and whether the name is all
    /// of them: a known name with only lower-case words beside it ("Софией были") is the party itself, one inside a longer
    /// name ("Kazakhstan Temir Zholy") only tells the party's country.
    /// </summary>
    (Entity? Entity, bool Whole) Resolve(string name) => Resolve(name, entities.FindSpans(name));

    /// <summary>The same, with the names the index finds in <paramref name="name"/> already found.</summary>
    (Entity? Entity, bool Whole) Resolve(string name, IReadOnlyList<EntitySpan> spans)
    {
        if (spans.Where(s => s.Entity.Type != "person").MaxBy(s => s.Length) is { } span
            && !HasCapitalisedWord(name[..span.Start]) && !HasCapitalisedWord(name[span.End..]))
            return (span.Entity, true);
        return (entities.Resolve(name), false);
    }

    /// <summary>The text from its first capitalised word at or after <paramref name="from"/> ("года Казпочта" → "Казпочта"), else nothing.</summary>
    static bool HasCapital(ReadOnlySpan<char> text)
    {
        foreach (var c in text) if (char.IsUpper(c)) return true;
        return false;
    }

    static string FromCapital(string text, int from)
    {
        var i = from;
        while (i < text.Length && !char.IsUpper(text[i])) i++;
        return text[i..];
    }

    /// <summary>A name as a party is written: capitalised, a few words long.</summary>
    static bool IsProperName(string name) => name.Length > 1 && char.IsUpper(name[0]) && Tokenizer.Words(name).Take(9).Count() <= 8;

    /// <summary>Whether one known name spans all of the text (no word beside it, such as "индустрии" in "индустрии Болгарии").</summary>
    static bool IsAllOneName(string text, IReadOnlyList<EntitySpan> spans) =>
        spans.Any(s => s.Entity.Type != "person" && s.Start == 0 && s.Start + s.Length >= text.TrimEnd('.', ',', ' ').Length);

    static bool StartsCapitalised(string text) => text.Length > 0 && char.IsUpper(text[0]);

    static bool HasCapitalisedWord(string text) =>
        Tokenizer.Words(text).Any(w => char.IsUpper(w[0]));

    static string Clean(string s)
    {
        var unquoted = Quotes().Replace(s, "");
        // Trimmed in place: one copy at most, where trimming each way made one per step.
        var trimmed = unquoted.AsSpan().Trim().Trim(".,");
        return AgreementVocabulary.LeadingArticle.Replace(trimmed.Length == unquoted.Length ? unquoted : trimmed.ToString(), "").Trim();
    }

    // A party that is all one known name is named in its base form ("Шымкент", not "Шымкентом").
    static Party ToParty(string name, Entity? entity, bool whole) =>
        new(whole && entity is not null ? entity.Name : name, entity?.Country ?? AgreementVocabulary.CountryOf(name), entity?.Id);


    /// <summary>
    /// The domain of a document: municipal between two cities; else what its own name tells ("Соглашение о … защите
    /// инвестиций" is on investment, whatever "…, подписано … в городе София" after it says), else the rest of its sentence.
    /// </summary>
    string Domain(string item, List<Party> parties, string? title = null)
    {
        if (parties.Count >= 2 && parties.All(p => p.EntityId is { } id && entities.Get(id)?.Type == "city")) return "municipal";
        return title is not null && DomainNamed(title) is var named && named != "general" ? named : DomainNamed(item);
    }

    /// <summary>The domain a document's name tells by its words (its subject first, then the whole name), else "general".</summary>
    public static string DomainNamed(string item)
    {
        var subject = AgreementVocabulary.SubjectStart.Match(item);
        // The item's words tell which domains may be named in it at all (the subject is a part of the item).
        var named = AgreementVocabulary.DomainGate.MayMatch(TokenList.Of(item));
        // The subject first, then the whole item: each read where it stands (a span is its own text, as a copy was).
        for (var scope = subject.Success ? 0 : 1; scope < 2; scope++)
        {
            var text = scope == 0 ? item.AsSpan(subject.Index) : item.AsSpan();
            for (var d = 0; d < AgreementVocabulary.Domains.Length; d++)
                if (PhraseGate.Has(named, d) && AgreementVocabulary.Domains[d].Pattern.IsMatch(text)) return AgreementVocabulary.Domains[d].Domain;
        }
        return "general";
    }

    /// <summary>
    /// The agreement a document is the text of (<see cref="AgreementText"/>): named by its whole heading, its parties those
    /// the heading names (else the two countries of the document), signed when and where its final clause says.
    /// </summary>
    internal AgreementDraft OfText(AgreementText.Own text, SigningContext context)
    {
        var parties = Parties(text.Heading, context.DocumentDate);
        if (parties.Count < 2 && context.DocumentParties.Count == 2) parties = [.. context.DocumentParties];
        parties = WithCountries(parties, context);
        var title = Title(text.Heading);
        return new AgreementDraft(text.Kind, WritesKazakh(title) ? KazakhNominative(title) : title, Domain(text.Heading, parties), text.Signed, text.Place?.Name, parties, text.Clause);
    }

    /// <summary>The title of the document whose kind word stands at <paramref name="kindAt"/>, up to a date or clause.</summary>
    internal static string TitleAt(string text, int kindAt) => Title(NamePart(text[kindAt..]));

    /// <summary>
    /// The title of the first document of <paramref name="kind"/> the text names with its subject ("… «On the ratification of
    /// the Convention between … on the avoidance of double taxation»"), or null: what a later "The convention was signed
    /// in Almaty on 13 November 1997" names by its kind alone.
    /// </summary>
    static readonly System.Buffers.SearchValues<char> ClosingQuotes = System.Buffers.SearchValues.Create("»“”\"");

    internal static string? NamedTitle(string text, string kind)
    {
        foreach (var (named, at) in KindsIn(text))
        {
            if (named != kind) continue;
            // "«… инвестицияларды өзара көтермелеу және қорғау туралы келісімді ратификациялау туралы»": written head last,
            // the name runs from its opening quote (or its clause's start) to the kind word.
            if (AgreementVocabulary.SubjectBeforeKind.IsMatch(text.AsSpan(0, at)))
            {
                var quoteAt = Math.Max(text.LastIndexOfAny(['«', '“', '"', ',', ';', ':'], Math.Max(0, at - 1)), -1);
                if (Title(text[(quoteAt + 1)..KindEnd(text, at)].Trim()) is { Length: > 0 } headLast && !Storage.AgreementIdentity.NamesNoSubject(headLast))
                    return headLast;
                continue;
            }
            // The name as a title is read ("… between A and B" ends it), else all of it to its closing quote: a law's title
            // quotes the document's whole name, its parties in the middle ("Конвенции между … и … об избежании …»").
            var quoted = text.AsSpan(at).IndexOfAny(ClosingQuotes) is >= 0 and var close ? text[at..(at + close)] : null;
            // Inside a quoted title (an opening quote before the kind word, not closed before it) the quote holds all of the name.
            var opened = text.LastIndexOfAny(['«', '“'], Math.Max(0, at - 1)) is >= 0 and var open && text.AsSpan(open, at - open).IndexOfAny(ClosingQuotes) < 0;
            // Outside quotes, "в меморандуме не названы маршруты" mentions a document without naming it: no name goes on after its kind word.
            if (!opened && !AgreementVocabulary.NameGoesOn(text.AsSpan(KindEnd(text, at)))) continue;
            foreach (var name in opened ? new[] { quoted, NamePart(text[at..]) } : new[] { NamePart(text[at..]), quoted })
                // "A memorandum of understanding was also signed.": a name that runs into a signing verb is a signing told with
                // its own name, not a name given before.
                if (name is not null && !AgreementVocabulary.Signing.IsMatch(name) && Title(Quotes().Replace(name, "").Trim()) is { Length: > 0 } title && !Storage.AgreementIdentity.NamesNoSubject(title))
                    return title;
        }
        return null;
    }

    /// <remarks>Cut, trimmed and capitalised with one copy of the title, not one per step: every agreement drafted is named here.</remarks>
    static string Title(string item)
    {
        // Up to the first sentence end in it.
        var end = item.Length;
        foreach (var m in SentenceEnd().EnumerateMatches(item))
        {
            end = m.Index;
            break;
        }
        // "… о сотрудничестве в области карантина растений — подписано в Софии …; ратифицировано Законом …": a list's item
        // gives its document's name, then a dash and what became of it.
        var dash = SpacedDash(item.AsSpan(0, end));
        // ("Главный из них — соглашение об …": a dash before the kind word leads to the name, it does not end it.)
        if (dash > 0 && KindsIn(item[..dash]).Count > 0) end = dash;
        var cut = Unclosed(item.AsSpan(0, end).Trim()).TrimEnd(".;,").TrimEnd().TrimEnd("—–").TrimEnd();
        var t = AgreementVocabulary.LeadingJoinAndArticle.Replace(cut.Length == item.Length ? item : cut.ToString(), "");
        if (t.Length == 0) return t;
        var first = char.ToUpper(t[0], CultureInfo.InvariantCulture);
        return first == t[0] ? t : first + t[1..];
    }

    /// <summary>
    /// Where a dash standing between spaces starts what became of the document (" — подписано …", " – ratified by …", " — 1999
    /// жылғы …"): a lower-case word or a number after it; a name after it ("Chamber of Kazakhstan – Bulgarian Chamber …",
    /// "Shymkent – Plovdiv") goes on with the name. -1 when there is none.
    /// </summary>
    static int SpacedDash(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
            if (text[i] is '—' or '–' && text[i - 1] == ' ' && text[i + 1] == ' ' && (char.IsLower(text[i + 2]) || char.IsDigit(text[i + 2]))) return i - 1;
        return -1;
    }

    /// <summary>
    /// "… на доход и капитал (Алматы", "… о взаимной защите секретной информации\" (": a bracket the name opens and does not
    /// close, or a quote it closes and never opened, is where a note after the name began — the name ends before it.
    /// </summary>
    static ReadOnlySpan<char> Unclosed(ReadOnlySpan<char> name)
    {
        var open = name.LastIndexOf('(');
        if (open > 0 && name[open..].IndexOf(')') < 0) name = name[..open].TrimEnd();
        if (name.Length > 1 && name[^1] is '"' or '»' or '”' && name[..^1].IndexOfAny('«', '“', '"') < 0) name = name[..^1].TrimEnd();
        return name;
    }

    static bool WritesKazakh(string text)
    {
        foreach (var c in text)
            if (Alphabet.IsKazakhLetter(char.ToLowerInvariant(c))) return true;
        return false;
    }

    string? PlaceIn(string sentence)
    {
        var m = AgreementVocabulary.PlacePhrase.Match(sentence);
        if (m.Success && Resolve(m.Groups["p"].Value).Entity is { Type: "city" } city) return city.Name;
        // "1999 жылғы 15 қыркүйекте Софияда … қол қойылған": Kazakh tells the place by the locative ending on the city's name.
        if (!WritesKazakh(sentence)) return null;
        foreach (var word in Tokenizer.Words(sentence))
        {
            if (word.Length < 4 || !char.IsUpper(word[0])) continue;
            // What is left without the ending must be a city's name whole ("Софияда" → "София"; "Караганда" leaves no name).
            foreach (var ending in AgreementVocabulary.PlaceMentionEndings)
                if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                    && entities.FindSpans(word[..^ending.Length]).FirstOrDefault(s => s.Start == 0 && s.Length == word.Length - ending.Length) is { Entity.Type: "city" } named)
                    return named.Entity.Name;
        }
        return null;
    }
}
