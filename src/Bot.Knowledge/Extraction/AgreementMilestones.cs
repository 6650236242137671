using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Events;
using Bot.Knowledge.Extraction.Reading;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Ingestion.Reading.Tables;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// The later events of a signed agreement a sentence states: its ratification (with the law that ratified it) and its
/// entry into force, each an event dated as the text dates it, whose label is the agreement's title. The agreement is
/// the one of the sentence's kind the document has already told of (the last), else the one the sentence names. Neither
/// is a signing: the agreement keeps its own date, and gains no second record and no alert.
/// </summary>
public static partial class AgreementMilestones
{
    // "No. 969", "№ 45-V", "N 12": the number after the law's word.
    // "Закон «О ратификации …» № 88-IV": the act's quoted title may stand between its word and its number.
    [GeneratedRegex(@"^\s*(?:[«“""][^«»“”""]{0,400}[»”""]\s*)?(?<n>(?:No\.?|№|N)\s*[\p{L}\p{N}][\p{L}\p{N}\-–/]*)", RegexOptions.CultureInvariant)]
    private static partial Regex LawNumber();

    // "Законом Республики Казахстан от 15 мая 2001 года N 202-II", "Law of the Republic of Kazakhstan No. 269": the issuer and
    // the date between the law's word and its number, within one clause (no comma, no bracket, no quote).
    [GeneratedRegex(@"^[^,;()«»“”""\n]{1,90}?\s(?<n>(?:No\.?|№|N)\s*\d[\p{L}\p{N}\-–/]*)", RegexOptions.CultureInvariant)]
    private static partial Regex IssuerThenNumber();

    // "№ 202 Заңымен", "№ 202 Қазақстан Республикасының Заңына": Kazakh writes the number first, the law's issuer between them.
    [GeneratedRegex(@"(?:No\.?|№|N)\s*\d[\p{L}\p{N}\-–/]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberBefore();

    /// <param name="earlier">How many of <paramref name="drafted"/> came from sentences before this one.</param>
    /// <param name="own">The agreement the document is the text of (<see cref="AgreementText"/>), if it is one: a clause naming
    /// the text itself ("This Agreement shall enter into force …", "Настоящее Соглашение вступает в силу …") and a note with no
    /// agreement of its own ("(ратифицировано Законом РК от … № …)", "(Соглашение ратифицировано Законом …)") are of it.</param>
    /// <param name="related">The sentence is an item of a list of related documents ("Связанные документы:"): it is of the
    /// document it names itself, never of the agreement the page is the text of nor of one told of before it.</param>
    public static IEnumerable<EventDraft> Read(SentenceFacts s, IReadOnlyList<AgreementDraft> drafted, int earlier, PartialDate? published, AgreementDraft? own = null,
        bool related = false)
    {
        if (RowFields.Read(s.Text) is { } row) return FromRow(row, s.Text, drafted, earlier, published);
        // "(Ратифицировано Законом … № 202-II) (Вступило в силу 20 августа 2001 года) (В Соглашение внесены изменения …)": a
        // legal database's notes, read one by one — what one note names is not of the next.
        if (Notes(s.Text) is { Count: > 1 } notes) return FromNotes(notes, s, drafted, earlier, published, related ? null : own, related);
        // A legal database's notes over the text ("(ратифицировано Законом РК от … № …) (вступило в силу …)"): each its own
        // event, dated by what follows its own words.
        if (own is not null && AgreementWords.Ratification.First(s.Tokens) is { } ratified && AgreementWords.EntryIntoForce.First(s.Tokens) is { } inForce)
        {
            var cut = Math.Max(ratified.Start, inForce.Start);
            var first = s.Text[..cut].TrimEnd(' ', '(');
            string[] parts = [first, s.Text[first.Length..].Trim()];
            if (DateFinder.Find(parts[0], published).Count > 0 && DateFinder.Find(parts[1], published).Count > 0) return FromNotes(parts, s, drafted, earlier, published, own, false);
        }
        return FromSentence(s, drafted, earlier, published, related ? null : own, related) is { } one ? [one] : [];
    }

    // The notes' events in a method of its own: a lambda over Read's arguments would cost every sentence read an object.
    static List<EventDraft> FromNotes(IEnumerable<string> notes, SentenceFacts s, IReadOnlyList<AgreementDraft> drafted, int earlier, PartialDate? published,
        AgreementDraft? own, bool related)
    {
        var events = new List<EventDraft>();
        foreach (var note in notes)
            if (FromSentence(Line(s, note, published), drafted, earlier, published, own, related) is { } e) events.Add(e);
        return events;
    }

    /// <summary>
    /// The step a law's heading tells of the agreement it names ("Law … No. 301-VI of 27 January 2020 «On ratification of the
    /// Agreement …»", "Закон Республики Казахстан от 9 июля 1998 года № 269-I «О ратификации Конвенции …»"): only a heading
    /// naming an act with its number; null for any other heading.
    /// </summary>
    public static EventDraft? OfActHeading(SentenceFacts s, PartialDate? published) =>
        Law(s.Tokens) is null ? null : FromSentence(s, [], 0, published, null);

    /// <summary>
    /// The agreement a bill proposes to ratify, as its heading names it ("Законопроект № 412-II «О ратификации Соглашения … о
    /// взаимном поощрении и защите инвестиций»", "Bill No. 12 on the ratification of the Convention …", "… келісімді
    /// ратификациялау туралы заң жобасы"), or null for any other line.
    /// </summary>
    public static (string Kind, string Title)? BillSubject(SentenceFacts s)
    {
        if (!AgreementWords.NamesBill(s.Tokens) || AgreementWords.Ratification.First(s.Tokens) is null) return null;
        if (AgreementExtractor.KindsIn(s.Text) is not [var named, ..]) return null;
        var title = AgreementExtractor.NamedTitle(s.Text, named.Kind) ?? AgreementExtractor.TitleAt(s.Text, named.Index);
        return title.Length == 0 ? null : (named.Kind, title);
    }

    /// <summary>
    /// The law a bill became, on the bill's own page ("Статус — Подписан Президентом: Закон Республики Казахстан от 15 мая 2001
    /// года № 202", "Status: signed into law, Law No. 202 of 15 May 2001", "Заң: 2001 жылғы 15 мамырдағы № 202"): a line naming an
    /// act by its number, and no document or step of its own, is the ratification of the agreement the bill is of, numbered
    /// and dated as the act is. Another bill's number is no act; a line naming its own document is read as it says.
    /// </summary>
    public static EventDraft? Enacted(SentenceFacts s, (string Kind, string Title) bill, IReadOnlyList<AgreementDraft> drafted, PartialDate? published)
    {
        if (Cue(s.Tokens).Kind is not null || AgreementExtractor.KindsIn(s.Text).Count > 0 || Law(s.Tokens) is not { } law) return null;
        var domain = AgreementExtractor.DomainNamed(bill.Title);
        var agreement = drafted.LastOrDefault(a => a.Kind == bill.Kind && (a.Title == bill.Title || domain != "general" && a.Domain == domain));
        var date = DateOf(s, law);
        var status = date is { } d && published is { } p && d.Start > p.End ? EventStatuses.Planned : EventStatuses.Held;
        var parties = agreement?.Parties.Select(p => new EventActor(p.Name, p.EntityId, p.Country, "party")).ToList() ?? [];
        return new EventDraft(EventKinds.Ratification, $"{agreement?.Title ?? bill.Title} — {law}", parties, [], null, date, null, status, null, null, null, null, null, s.Text);
    }

    /// <summary>The parenthesised notes a line is made of, each without its brackets; none when anything stands outside them.</summary>
    static List<string>? Notes(string text)
    {
        // Most lines open with a word: no list is made for them.
        if (text.AsSpan().TrimStart() is not ['(', ..]) return null;
        var notes = new List<string>();
        var depth = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(' && depth++ == 0) start = i + 1;
            else if (c == ')' && depth > 0 && --depth == 0) notes.Add(text[start..i].Trim());
            else if (depth == 0 && !char.IsWhiteSpace(c)) return [];
        }
        return depth == 0 ? notes : [];
    }

    static SentenceFacts Line(SentenceFacts s, string line, PartialDate? published) =>
        new(s.Unit with { Text = line }, TokenList.Of(line), tokens => DateFinder.Find(tokens, published), [], []);

    /// <summary>
    /// The event a sentence tells: a ratification, an entry into force, or an approval by an act named with it ("Постановление
    /// … «Об утверждении Соглашения …»", "одобрено с Постановление … № 969"), which stands for the ratification of its side —
    /// never a draft approved or a text initialled (otherSteps).
    /// </summary>
    static (string? Kind, PhraseMatch Cue) Cue(TokenList tokens) =>
        AgreementWords.Ratification.First(tokens) is { } r ? (EventKinds.Ratification, r)
            : AgreementWords.EntryIntoForce.First(tokens) is { } f ? (EventKinds.EntryIntoForce, f)
            : AgreementWords.Approval.First(tokens) is { } a && AgreementWords.NamesLaw(tokens) && !AgreementWords.OtherSteps.IsMatch(tokens) ? (EventKinds.Ratification, a)
            : (null, default);

    /// <summary>
    /// A row of a table of documents tells each later event in a cell of its own ("Ratified: Law No. 202 of 15 May 2001;
    /// 20.08.2001 entered into force"): each part of a cell with its own words, or under a header naming the event, is
    /// that event of the row's document, dated by the date in that part alone — never by the row's signing date. A
    /// header alone, over a cell without a date ("Entry into force: twinning not completed"), states no event.
    /// </summary>
    static IEnumerable<EventDraft> FromRow(RowFields row, string line, IReadOnlyList<AgreementDraft> drafted, int earlier, PartialDate? published)
    {
        var agreement = drafted.Count > earlier ? drafted[^1] : null;
        var titleCell = row.Cells.FirstOrDefault(c => AgreementExtractor.KindsIn(c.Value).Count > 0).Value;
        var title = agreement?.Title ?? (titleCell is null ? null : AgreementExtractor.TitleAt(titleCell, AgreementExtractor.KindsIn(titleCell)[0].Index));
        if (title is null) yield break;
        var parties = agreement?.Parties.Select(p => new EventActor(p.Name, p.EntityId, p.Country, "party")).ToList() ?? [];
        foreach (var cell in row.Cells)
        {
            if (ReferenceEquals(cell.Value, titleCell)) continue;
            foreach (var part in cell.Value.Split(TableText.CellSeparator))
            {
                var tokens = TokenList.Of(part);
                var (kind, _) = Cue(tokens);
                var fromHeader = kind is null;
                if (fromHeader) kind = Cue(TokenList.Of(cell.Header)).Kind;
                if (kind is null) continue;
                var date = DateFinder.Find(tokens, published) is [var first, ..] ? first.Start : (PartialDate?)null;
                if (fromHeader && date is null) continue;
                var status = date is { } d && published is { } p && d.Start > p.End ? EventStatuses.Planned : EventStatuses.Held;
                yield return new EventDraft(kind, Law(tokens) is { } law ? $"{title} — {law}" : title, parties, [], null, date, null, status, null, null, null, null, null, line);
            }
        }
    }

    static EventDraft? FromSentence(SentenceFacts s, IReadOnlyList<AgreementDraft> drafted, int earlier, PartialDate? published, AgreementDraft? own, bool related = false)
    {
        var (kind, cue) = Cue(s.Tokens);
        // "Source: https://…/on-the-ratification-of-the-convention…": a word of an address tells no event.
        if (kind is null || InAddress(s.Text, cue.Start)) return null;
        // "The agreement does not require ratification", "пока не ратифицировано": no step was taken.
        if (TakenBack.StepNotDone(s.Tokens, cue)) return null;
        var named = AgreementExtractor.KindsIn(s.Text).FirstOrDefault();
        // An item of a related list names its own document, or it is of none.
        if (related && named.Kind is null && drafted.Count == earlier) return null;
        var agreement = own is not null && (named.Kind is null && earlier == 0 || named.Kind is not null && (AgreementText.NamesItself(s.Tokens, named.Index) || Bare(s.Tokens, named.Index, cue)))
            ? own : related ? Meant(s.Text, named, drafted.Skip(earlier).ToList(), 0) : Meant(s.Text, named, drafted, earlier);
        // A law's title quotes the agreement's whole name ("«… келісімді ратификациялау туралы»", "Закон «О ратификации Конвенции … »"):
        // read as a name, not from the kind word to the first comma.
        var title = agreement?.Title ?? (named.Kind is null ? null : AgreementExtractor.NamedTitle(s.Text, named.Kind) ?? AgreementExtractor.TitleAt(s.Text, named.Index));
        if (title is null) return null;
        var law = Law(s.Tokens);
        // "Закон … от 9 июля 1998 года № 269-I «О ратификации Конвенции …», Конвенция совершена … 13 ноября 1997 года": the
        // act's own date is the step's; another date of the sentence is another step's.
        var date = AgreementWords.OnSigningDay.IsMatch(s.Tokens) ? agreement?.Signed : DateOf(s, law) ?? StatedDate(s, cue.Start);
        // A step told as done is held though dated after the page's date: the page was updated ("(дополнено): … вступило в силу …").
        var status = EventWords.Planned.IsMatch(s.Tokens)
            || date is { } d && published is { } p && d.Start > p.End && !AgreementWords.StepDone.IsMatch(s.Tokens) ? EventStatuses.Planned : EventStatuses.Held;
        var parties = agreement?.Parties.Select(p => new EventActor(p.Name, p.EntityId, p.Country, "party")).ToList() ?? [];
        return new EventDraft(kind, law is not null ? $"{title} — {law}" : title, parties, [], null, date, null, status, null, null, null, null, null, s.Text);
    }

    // "№ 12 от 20 януари": at most one short word between an act's number and its date.
    const int DateAfterNumber = 6;

    /// <summary>The date written within the act's name ("Законом … от 15 мая 2001 года N 202-II"), or null.</summary>
    static PartialDate? DateOf(SentenceFacts s, string? law)
    {
        if (law is null || s.Text.IndexOf(law, StringComparison.Ordinal) is not (>= 0 and var at)) return null;
        var end = at + law.Length;
        // "Указ № 12 от 20 януари 2017 г.", "Law No. 202 of 15 May 2001": the act's date may follow its number, after one short word.
        return s.Dates.FirstOrDefault(d => d.Index >= at && d.EndIndex <= end && d.Start.Day is not null)?.Start
            ?? s.Dates.FirstOrDefault(d => d.Index >= end && d.Index - end <= DateAfterNumber && d.Start.Day is not null
                && Tokenizer.Words(s.Text[end..d.Index]).Count() <= 1)?.Start;
    }

    /// <summary>
    /// The agreement the milestone is of. A bare kind word ("The agreement entered into force …") points back to one told of
    /// before this sentence, not to another the same sentence mentions ("… refers to the agreement of 30 July 1997"); a
    /// titled one is the drafted agreement of that title.
    /// </summary>
    static AgreementDraft? Meant(string text, (string Kind, int Index) named, IReadOnlyList<AgreementDraft> drafted, int earlier)
    {
        bool OfKind(AgreementDraft a) => named.Kind is null || a.Kind == named.Kind;
        var before = drafted.Take(earlier);
        if (named.Kind is null) return before.LastOrDefault();
        var title = AgreementExtractor.TitleAt(text, named.Index);
        if (Tokenizer.Words(title).Skip(1).Any()
            && drafted.LastOrDefault(a => string.Equals(a.Title, title, StringComparison.OrdinalIgnoreCase)) is { } titled) return titled;
        // "Law … «On ratification of the Agreement … on cooperation in the field of veterinary medicine»" on a page whose own
        // agreement is on civil protection: a name whose subject tells another domain is of no agreement drafted under another.
        // Only the document's own name tells its subject so: "The agreement entered into force …; … the agreement on trade of
        // 1997" names its document by the kind word alone, and the next kind word's name is another document's.
        var next = AgreementExtractor.KindsIn(text).Select(k => k.Index).FirstOrDefault(i => i > named.Index, text.Length);
        var domain = AgreementExtractor.NamedTitle(text[named.Index..next], named.Kind) is { } name ? AgreementExtractor.DomainNamed(name) : "general";
        bool Fits(AgreementDraft a) => OfKind(a) && (domain == "general" || a.Domain == domain);
        return before.LastOrDefault(Fits) ?? drafted.LastOrDefault(Fits);
    }

    /// <summary>
    /// "(Соглашение ратифицировано Законом …)", "(The Agreement was ratified by …)", "(Келісім … Заңымен ратификацияланды)":
    /// a note naming a document by its kind alone, first in its line, with no parties or subject before the event's words —
    /// the text it stands over.
    /// </summary>
    static bool Bare(TokenList tokens, int kindAt, PhraseMatch cue)
    {
        if (cue.Start <= kindAt) return false;
        var before = tokens.Text[..kindAt].Trim(' ', '(', '[');
        // Only an article may stand before it: "The Agreement was ratified …".
        if (before.Length > 0 && AgreementVocabulary.LeadingArticle.Match(before + " ").Length != before.Length + 1) return false;
        var end = kindAt;
        while (end < tokens.Text.Length && char.IsLetter(tokens.Text[end])) end++;
        var between = " " + tokens.Text[end..cue.Start] + " ";
        return !AgreementVocabulary.Between.IsMatch(between) && !AgreementVocabulary.BetweenAfter.IsMatch(between)
            && !AgreementVocabulary.SubjectStart.IsMatch(between) && !AgreementVocabulary.SubjectBeforeWord.IsMatch(between);
    }

    /// <summary>The date the milestone is given: the first after its words, else the last before them, never a signing's ("signed in 2011").</summary>
    static PartialDate? StatedDate(SentenceFacts s, int cueAt)
    {
        var dates = s.Dates.Where(d => !AfterSigning(s.Text, d.Index)).ToList();
        return (dates.FirstOrDefault(d => d.Index >= cueAt) ?? dates.LastOrDefault(d => d.Index < cueAt))?.Start;
    }

    // "Ратифицировать Соглашение …, совершенное в Астане 1 июня 2011 года", "… done at Sofia on 12 May 2018": a date after the
    // verb that signed or concluded the agreement is its signing's, never the later step's.
    static bool AfterSigning(string text, int dateAt) =>
        AgreementVocabulary.Signing.Match(text, Math.Max(0, dateAt - 25), Math.Min(25, dateAt)) is { Success: true }
        || AgreementWords.FinalClauseVerbs.First(TokenList.Of(text[Math.Max(0, dateAt - 25)..dateAt])) is not null;

    static bool InAddress(string text, int at)
    {
        var start = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return text.AsSpan(start, at - start).Contains("://", StringComparison.Ordinal) || text.AsSpan(start).StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Law No. 45-V", "Указ № 969", "№ 202 Заңымен": the act named with its number, as the text writes it.</summary>
    static string? Law(TokenList tokens)
    {
        foreach (var word in AgreementWords.Laws(tokens))
        {
            if (LawNumber().Match(tokens.Text[word.End..]) is { Success: true } number)
                return number.Groups["n"].Index == 0 || tokens.Text.AsSpan(word.End, number.Groups["n"].Index).IsWhiteSpace()
                    ? tokens.Text[word.Start..(word.End + number.Length)].Trim()
                    : tokens.Text[word.Start..word.End] + " " + number.Groups["n"].Value;
            if (IssuerThenNumber().Match(tokens.Text[word.End..]) is { Success: true } issued)
                return tokens.Text[word.Start..(word.End + issued.Length)].Trim();
            // Kazakh puts the number first: "№ 202 Заңымен".
            if (NumberBefore().Match(tokens.Text[..word.Start]) is { Success: true } before)
                return tokens.Text[before.Index..word.End].Trim();
        }
        return null;
    }
}
