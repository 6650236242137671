using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Events;
using Bot.Knowledge.Extraction.Reading;
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
    [GeneratedRegex(@"^\s*(?:No\.?|№|N)\s*[\p{L}\p{N}][\p{L}\p{N}\-–/]*", RegexOptions.CultureInvariant)]
    private static partial Regex LawNumber();

    /// <param name="earlier">How many of <paramref name="drafted"/> came from sentences before this one.</param>
    public static EventDraft? Read(SentenceFacts s, IReadOnlyList<AgreementDraft> drafted, int earlier, PartialDate? published)
    {
        var (kind, cue) = AgreementWords.Ratification.First(s.Tokens) is { } r ? (EventKinds.Ratification, r)
            : AgreementWords.EntryIntoForce.First(s.Tokens) is { } f ? (EventKinds.EntryIntoForce, f) : (null, default);
        if (kind is null) return null;
        var named = AgreementExtractor.KindsIn(s.Text).FirstOrDefault();
        var agreement = Meant(s.Text, named, drafted, earlier);
        var title = agreement?.Title ?? (named.Kind is null ? null : AgreementExtractor.TitleAt(s.Text, named.Index));
        if (title is null) return null;
        var date = AgreementWords.OnSigningDay.IsMatch(s.Tokens) ? agreement?.Signed : StatedDate(s, cue.Start);
        var status = EventWords.Planned.IsMatch(s.Tokens) || date is { } d && published is { } p && d.Start > p.End ? EventStatuses.Planned : EventStatuses.Held;
        var parties = agreement?.Parties.Select(p => new EventActor(p.Name, p.EntityId, p.Country, "party")).ToList() ?? [];
        return new EventDraft(kind, Law(s) is { } law ? $"{title} — {law}" : title, parties, [], null, date, null, status, null, null, null, null, null, s.Text);
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

    /// <summary>"Law No. 45-V", "Указ № 969": the act named with its number, as the text writes it.</summary>
    static string? Law(SentenceFacts s)
    {
        foreach (var word in AgreementWords.LawWords.Matches(s.Tokens))
            if (LawNumber().Match(s.Text[word.End..]) is { Success: true } number)
                return s.Text[word.Start..(word.End + number.Length)].Trim();
        return null;
    }
}
