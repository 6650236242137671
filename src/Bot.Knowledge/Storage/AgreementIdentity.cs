using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Storage;

/// <summary>
/// What makes two reports the same agreement: the same kind of document, signing dates that can be the same day (a
/// year-only report fits any day of its year), and the same parties as canonical entities, whatever script or case
/// each outlet wrote them in. The domain is left out on purpose: it is a guess from each outlet's wording ("education"
/// in one article, "culture" in another), so it only breaks ties between candidates (see <see cref="Likeness"/>).
/// </summary>
public static class AgreementIdentity
{
    /// <summary>
    /// The part of the stored key every report of one agreement shares: kind, signing year and parties. An undated
    /// report has no date to compare, so its title's words stand in for one.
    /// </summary>
    public static string GroupOf(AgreementDraft draft)
    {
        var parties = draft.Parties.Select(PartyKey).Distinct().Order(StringComparer.Ordinal);
        var when = draft.Signed is { } d ? d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "undated:" + string.Join('_', TermAnalyzer.Keys(draft.Title).Take(12));
        return $"{draft.Kind}|{when}|{string.Join('+', parties)}|";
    }

    /// <summary>A stored key for a new agreement of the group: the group, the date, and how many the group held before.</summary>
    public static string KeyFor(AgreementDraft draft, int alreadyInGroup) =>
        $"{GroupOf(draft)}{draft.Signed?.ToString() ?? "-"}#{alreadyInGroup}";

    /// <summary>The group part of a stored key.</summary>
    public static string GroupOfKey(string key) => key[..(key.LastIndexOf('|') + 1)];

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

    static HashSet<string> TitleKeys(string title) =>
        Tokenizer.Words(title).Select(w => NameKey.Of(Transliterator.ToLatin(TokenList.Fold(w)))).Where(k => k.Length > 3).ToHashSet(StringComparer.Ordinal);
}
