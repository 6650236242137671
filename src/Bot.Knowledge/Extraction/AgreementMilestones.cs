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

    // "№ 202 Заңымен", "№ 202 Қазақстан Республикасының Заңына": Kazakh writes the number first, the law's issuer between them.
    [GeneratedRegex(@"(?:No\.?|№|N)\s*\d[\p{L}\p{N}\-–/]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberBefore();

    /// <param name="earlier">How many of <paramref name="drafted"/> came from sentences before this one.</param>
    /// <param name="own">The agreement the document is the text of (<see cref="AgreementText"/>), if it is one: a clause naming
    /// the text itself ("This Agreement shall enter into force …", "Настоящее Соглашение вступает в силу …") and a note with no
    /// agreement of its own ("(ратифицировано Законом РК от … № …)") are of it.</param>
    public static IEnumerable<EventDraft> Read(SentenceFacts s, IReadOnlyList<AgreementDraft> drafted, int earlier, PartialDate? published, AgreementDraft? own = null)
    {
        if (RowFields.Read(s.Text) is { } row) return FromRow(row, s.Text, drafted, earlier, published);
        // A legal database's notes over the text ("(ратифицировано Законом РК от … № …) (вступило в силу …)"): each its own
        // event, dated by what follows its own words.
        if (own is not null && AgreementWords.Ratification.First(s.Tokens) is { } ratified && AgreementWords.EntryIntoForce.First(s.Tokens) is { } inForce)
        {
            var cut = Math.Max(ratified.Start, inForce.Start);
            var first = s.Text[..cut].TrimEnd(' ', '(');
            string[] parts = [first, s.Text[first.Length..].Trim()];
            if (Array.TrueForAll(parts, p => DateFinder.Find(p, published).Count > 0))
                return parts.Select(part => FromSentence(Line(s, part, published), drafted, earlier, published, own)).OfType<EventDraft>().ToList();
        }
        return FromSentence(s, drafted, earlier, published, own) is { } one ? [one] : [];
    }

    static SentenceFacts Line(SentenceFacts s, string line, PartialDate? published) =>
        new(s.Unit with { Text = line }, TokenList.Of(line), tokens => DateFinder.Find(tokens, published), [], []);

    static (string? Kind, PhraseMatch Cue) Cue(TokenList tokens) =>
        AgreementWords.Ratification.First(tokens) is { } r ? (EventKinds.Ratification, r)
            : AgreementWords.EntryIntoForce.First(tokens) is { } f ? (EventKinds.EntryIntoForce, f) : (null, default);

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

    static EventDraft? FromSentence(SentenceFacts s, IReadOnlyList<AgreementDraft> drafted, int earlier, PartialDate? published, AgreementDraft? own)
    {
        var (kind, cue) = Cue(s.Tokens);
        // "Source: https://…/on-the-ratification-of-the-convention…": a word of an address tells no event.
        if (kind is null || InAddress(s.Text, cue.Start)) return null;
        var named = AgreementExtractor.KindsIn(s.Text).FirstOrDefault();
        var agreement = own is not null && (named.Kind is null && earlier == 0 || named.Kind is not null && AgreementText.NamesItself(s.Tokens, named.Index))
            ? own : Meant(s.Text, named, drafted, earlier);
        // A law's title quotes the agreement's whole name ("«… келісімді ратификациялау туралы»", "Закон «О ратификации Конвенции … »"):
        // read as a name, not from the kind word to the first comma.
        var title = agreement?.Title ?? (named.Kind is null ? null : AgreementExtractor.NamedTitle(s.Text, named.Kind) ?? AgreementExtractor.TitleAt(s.Text, named.Index));
        if (title is null) return null;
        var date = AgreementWords.OnSigningDay.IsMatch(s.Tokens) ? agreement?.Signed : StatedDate(s, cue.Start);
        var status = EventWords.Planned.IsMatch(s.Tokens) || date is { } d && published is { } p && d.Start > p.End ? EventStatuses.Planned : EventStatuses.Held;
        var parties = agreement?.Parties.Select(p => new EventActor(p.Name, p.EntityId, p.Country, "party")).ToList() ?? [];
        return new EventDraft(kind, Law(s.Tokens) is { } law ? $"{title} — {law}" : title, parties, [], null, date, null, status, null, null, null, null, null, s.Text);
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
        return before.LastOrDefault(OfKind) ?? drafted.LastOrDefault(OfKind);
    }

    /// <summary>The date the milestone is given: the first after its words, else the last before them, never a signing's ("signed in 2011").</summary>
    static PartialDate? StatedDate(SentenceFacts s, int cueAt)
    {
        var dates = s.Dates.Where(d => !AfterSigning(s.Text, d.Index)).ToList();
        return (dates.FirstOrDefault(d => d.Index >= cueAt) ?? dates.LastOrDefault(d => d.Index < cueAt))?.Start;
    }

    static bool AfterSigning(string text, int dateAt) =>
        AgreementVocabulary.Signing.Match(text, Math.Max(0, dateAt - 25), Math.Min(25, dateAt)) is { Success: true };

    static bool InAddress(string text, int at)
    {
        var start = at;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        return text.AsSpan(start, at - start).Contains("://", StringComparison.Ordinal) || text.AsSpan(start).StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Law No. 45-V", "Указ № 969", "№ 202 Заңымен": the act named with its number, as the text writes it.</summary>
    static string? Law(TokenList tokens)
    {
        foreach (var word in AgreementWords.LawWords.Matches(tokens))
        {
            if (LawNumber().Match(tokens.Text[word.End..]) is { Success: true } number)
                return number.Groups["n"].Index == 0 || tokens.Text.AsSpan(word.End, number.Groups["n"].Index).IsWhiteSpace()
                    ? tokens.Text[word.Start..(word.End + number.Length)].Trim()
                    : tokens.Text[word.Start..word.End] + " " + number.Groups["n"].Value;
            // Kazakh puts the number first: "№ 202 Заңымен".
            if (NumberBefore().Match(tokens.Text[..word.Start]) is { Success: true } before)
                return tokens.Text[before.Index..word.End].Trim();
        }
        return null;
    }
}
