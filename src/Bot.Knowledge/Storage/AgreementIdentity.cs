using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Storage;

/// <summary>
/// What makes two reports the same agreement: the same kind of document, signing dates that can be the same day (a
/// year-only report fits any day of its year), and parties that can be the same. Outlets name one signing's parties
/// differently — as canonical entities, as the two countries ("Kazakhstan and Bulgaria signed a memorandum on X"), in
/// another script, or cut short — so parties decide alone only when they are the same; when they merely can be the
/// same (a country for one of its institutions, a name in another script), the subject must agree too. The domain is a
/// guess from each outlet's wording, so it only stands in for the subject across languages and breaks ties (see
/// <see cref="Likeness"/>).
/// </summary>
public static class AgreementIdentity
{
    /// <summary>How the parties of two reports compare.</summary>
    public enum PartyFit { Different, Possible, Same }

    /// <summary>
    /// The part of the stored key every report of one agreement shares: kind and signing year (parties are compared, not
    /// keyed: see <see cref="Parties"/>). An undated report has no date to compare, so its title's words stand in for one.
    /// </summary>
    public static string GroupOf(AgreementDraft draft)
    {
        var when = draft.Signed is { } d ? d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "undated:" + string.Join('_', TitleOf(draft.Title).Keys.Take(12));
        return $"{draft.Kind}|{when}|";
    }

    /// <summary>A stored key for a new agreement of the group: the group, the parties, the date, and how many the group held before.</summary>
    public static string KeyFor(AgreementDraft draft, int alreadyInGroup) =>
        $"{GroupOf(draft)}{string.Join('+', draft.Parties.Select(PartyKey).Distinct().Order(StringComparer.Ordinal))}|{draft.Signed?.ToString() ?? "-"}#{alreadyInGroup}";

    /// <summary>Whether a report is of a known agreement of its group: the same day, and parties that are the same, or can be and the subject agrees.</summary>
    public static bool SameAgreement(AgreementDraft draft, PartialDate? signed, string title, string domain, IReadOnlyList<Party> parties) =>
        SameAgreement(draft, signed, title, domain, parties, Parties(draft.Parties, parties));

    /// <summary>As above, with <paramref name="fit"/> the <see cref="Parties"/> of the draft's and these parties, worked out already.</summary>
    public static bool SameAgreement(AgreementDraft draft, PartialDate? signed, string title, string domain, IReadOnlyList<Party> parties, PartyFit fit) =>
        SameDay(signed, draft.Signed) && fit switch
        {
            PartyFit.Same => true,
            PartyFit.Possible => SameSubject(draft, title, domain, parties),
            _ => false,
        };

    /// <summary>
    /// Whether two reports' parties are the same, can be, or cannot be. Each party of the shorter list needs a partner in
    /// the other: the same entity or name; or a possible one — a country for a party of that country, a name in the other
    /// script, a name that holds the other's words (a party cut short) — never two known entities that differ, parties of
    /// two countries, or two names in one script with words apart. A report with no parties can be of any.
    /// </summary>
    public static PartyFit Parties(IReadOnlyList<Party> a, IReadOnlyList<Party> b)
    {
        if (a.Count == 0 || b.Count == 0) return PartyFit.Possible;
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        var best = PartyFit.Different;
        foreach (var order in Orders(longer.Count, shorter.Count))
        {
            var fit = PartyFit.Same;
            for (var i = 0; i < shorter.Count && fit != PartyFit.Different; i++)
                fit = (PartyFit)Math.Min((int)fit, (int)Fit(shorter[i], longer[order[i]]));
            if (fit > best) best = fit;
        }
        return best == PartyFit.Same && a.Count != b.Count ? PartyFit.Possible : best;
    }

    static PartyFit Fit(Party p, Party q)
    {
        var (pi, qi) = (IdOf(p), IdOf(q));
        if (pi is not null && pi == qi) return PartyFit.Same;
        var pk = NameWords(p.Name);
        var qk = NameWords(q.Name);
        if (pk.SetEquals(qk) && pk.Count > 0) return PartyFit.Same;
        if (p.Country is { } pc && q.Country is { } qc && pc != qc) return PartyFit.Different;
        if (IsCountry(p) || IsCountry(q)) return PartyFit.Possible;
        if (Specific(pi) && Specific(qi)) return PartyFit.Different;
        // A city itself ("Astana") against a name the gazetteer did not know: it knows a city's names in every script,
        // so an unknown name in another script is some other body ("Мемлекеттік басқару академиясы").
        if (IsPlaceItself(p) && qi is null || IsPlaceItself(q) && pi is null) return PartyFit.Different;
        if (NameOf(p.Name).Cyrillic != NameOf(q.Name).Cyrillic) return PartyFit.Possible;
        return pk.Count > 0 && qk.Count > 0 && (pk.IsSubsetOf(qk) || qk.IsSubsetOf(pk)) ? PartyFit.Possible : PartyFit.Different;
    }

    // A curated entity: learned ones are made from names as they were read and may yet be merged.
    static bool Specific(string? id) => id is not null && !id.StartsWith(EntityLearner.LearnedPrefix, StringComparison.Ordinal);

    static bool IsCountry(Party p) => IdOf(p) is { } id && Gazetteer.IsCountryId(id);

    /// <summary>A party that is a place the gazetteer knows, named by its own name ("Astana", not "Astana city akimat").</summary>
    static bool IsPlaceItself(Party p) =>
        p.EntityId is { } id && Gazetteer.PlaceOf(id) is { } place && NameWords(p.Name).SetEquals(NameWords(place.Name));

    /// <summary>
    /// The entity a party is: an institution named with its country's name ("Академия государственного управления при
    /// Президенте Республики Казахстан") carries the country's id to tell its country, but is not the country, so it
    /// can stand for a country's side only as any other institution can.
    /// </summary>
    static string? IdOf(Party p) =>
        p.EntityId is { } id && Gazetteer.IsCountryId(id) && !IsPlaceItself(p) ? null : p.EntityId;

    /// <summary>Every way of giving each of <paramref name="take"/> parties a different partner among <paramref name="of"/>.</summary>
    static IEnumerable<int[]> Orders(int of, int take)
    {
        if (take == 0) { yield return []; yield break; }
        foreach (var rest in Orders(of, take - 1))
            for (var i = 0; i < of; i++)
                if (Array.IndexOf(rest, i) < 0) yield return [.. rest, i];
    }

    /// <summary>
    /// Whether two reports that can share their parties tell of the same subject: most of the fewer words their titles hold
    /// beyond the parties' names and the words every title holds; across scripts (no word can be shared), the same domain.
    /// </summary>
    static bool SameSubject(AgreementDraft draft, string title, string domain, IReadOnlyList<Party> parties)
    {
        var mine = SubjectKeys(draft.Title, draft.Parties);
        var theirs = SubjectKeys(title, parties);
        if (mine.Count > 0 && theirs.Count > 0 && TitleOf(draft.Title).Cyrillic == TitleOf(title).Cyrillic)
            return mine.Intersect(theirs).Count() * 2 >= Math.Min(mine.Count, theirs.Count);
        // Across scripts: one party (not a country) signing one document of a kind with a counterpart of the same country on the same day.
        return draft.Domain == domain && domain != GeneralDomain
            || draft.Signed is { Day: not null } && draft.Parties.Any(p => !IsCountry(p) && parties.Any(q => Fit(p, q) == PartyFit.Same));
    }

    const string GeneralDomain = "general";

    /// <summary>
    /// Whether two reports in one document name one document twice ("a memorandum between A and B on X" and, further
    /// down the same list, "a memorandum of understanding between A and B on X"): the same kind, days that can be one,
    /// the same parties, and the same words of subject once the words every title holds ("of understanding", "on
    /// cooperation") are set aside. A document lists two papers of one kind between the same sides only when their
    /// subjects differ, so two that do not differ are one, told twice.
    /// </summary>
    public static bool SameDocumentTold(AgreementDraft a, AgreementDraft b)
    {
        if (a.Kind != b.Kind || a.Signed is not null && b.Signed is not null && !SameDay(a.Signed, b.Signed)) return false;
        if (a.Parties.Count == 0 || Parties(a.Parties, b.Parties) != PartyFit.Same) return false;
        var mine = SubjectKeys(a.Title, a.Parties);
        return mine.Count > 0 && mine.SetEquals(SubjectKeys(b.Title, b.Parties));
    }

    /// <summary>A title of nothing but words every title may hold ("Меморандум", "the memorandum of understanding"): it names no subject.</summary>
    public static bool NamesNoSubject(string title) => SubjectKeys(title, []).Count == 0;

    /// <remarks>Read only: a title's set is shared by every comparison that reads it (see <see cref="TitleOf"/>).</remarks>
    static HashSet<string> SubjectKeys(string title, IReadOnlyList<Party> parties)
    {
        var subject = TitleOf(title).Subject;
        if (parties.Count == 0 || subject.Count == 0) return subject;
        HashSet<string>? names = null;
        foreach (var p in parties) (names ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(TitleOf(p.Name).Keys);
        return names is null || !subject.Overlaps(names) ? subject : subject.Where(k => !names.Contains(k)).ToHashSet(StringComparer.Ordinal);
    }

    static readonly HashSet<string> GenericKeys = AgreementVocabulary.GenericTitleWords.SelectMany(TermAnalyzer.Keys).ToHashSet(StringComparer.Ordinal);

    static HashSet<string> NameWords(string name) => NameOf(name).Words;

    /// <summary>What comparing reports reads of a party's name: its words as name keys, and its script.</summary>
    sealed record NameFacts(HashSet<string> Words, bool Cyrillic);

    /// <summary>What comparing reports reads of a title (or a party's name, for the words a subject leaves out): its search keys,
    /// its words as name keys, its subject words (<see cref="SubjectKeys"/> before the parties' names are taken out), and its script.</summary>
    sealed record TitleFacts(List<string> Keys, HashSet<string> TitleKeys, HashSet<string> Subject, bool Cyrillic);

    // Every report of an agreement is held against each of its group's agreements of the same day, and a save reads
    // each stored one's names and title again for every report: each name and title is worked out once (bounded, and
    // let go when an ingestion run ends). The sets are shared, so nothing here changes them.
    static readonly WordCache<NameFacts> Names = new(4096);
    static readonly WordCache<TitleFacts> Titles = new(4096);

    /// <summary>Lets go of the names and titles worked out during an ingestion run.</summary>
    public static void ForgetWords()
    {
        Names.Clear();
        Titles.Clear();
    }

    static NameFacts NameOf(string name) => Names.TryGet(name, out var facts) ? facts : Names.Add(name, new NameFacts(
        Tokenizer.Words(name).Select(w => NameKey.Of(Transliterator.ToLatin(TokenList.Fold(w)))).Where(k => k.Length > 2).ToHashSet(StringComparer.Ordinal),
        TextNormalizer.IsCyrillic(TokenList.Fold(name))));

    static TitleFacts TitleOf(string title)
    {
        if (Titles.TryGet(title, out var facts)) return facts;
        var keys = TermAnalyzer.Keys(title).ToList();
        return Titles.Add(title, new TitleFacts(keys,
            Tokenizer.Words(title).Select(w => NameKey.Of(Transliterator.ToLatin(TokenList.Fold(w)))).Where(k => k.Length > 3).ToHashSet(StringComparer.Ordinal),
            keys.Where(k => k.Length > 3 && !GenericKeys.Contains(k)).ToHashSet(StringComparer.Ordinal),
            TextNormalizer.IsCyrillic(TokenList.Fold(title))));
    }

    /// <summary>Whether two stated signing dates can be the same day: equal, or one names the year or month the other falls in.</summary>
    public static bool SameDay(PartialDate? a, PartialDate? b)
    {
        if (a is not { } x || b is not { } y) return a is null && b is null;
        return x.Start >= y.Start && x.End <= y.End || y.Start >= x.Start && y.End <= x.End;
    }

    /// <summary>How alike a report and a known agreement of its group are: the same domain first, then shared title words.</summary>
    public static double Likeness(AgreementDraft draft, string title, string domain)
    {
        var mine = TitleKeys(draft.Title);
        var theirs = TitleKeys(title);
        var shared = mine.Count == 0 || theirs.Count == 0 ? 0 : (double)mine.Intersect(theirs).Count() / Math.Min(mine.Count, theirs.Count);
        return (draft.Domain == domain ? 1 : 0) + shared;
    }

    /// <summary>The more exact of two dates that can be the same day.</summary>
    public static PartialDate? Finer(PartialDate? known, PartialDate? reported) =>
        reported is { } r && (known is not { } k || Precision(r) > Precision(k)) ? reported : known;

    static int Precision(PartialDate d) => d.Day is not null ? 3 : d.Month is not null ? 2 : 1;

    static string PartyKey(Party p) =>
        p.EntityId ?? "name:" + string.Join('_', AliasKeys.ForSpans(Transliterator.ToLatin(TokenList.Fold(p.Name))));

    static HashSet<string> TitleKeys(string title) => TitleOf(title).TitleKeys;
}
