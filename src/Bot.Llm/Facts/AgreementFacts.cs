using System.Globalization;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Llm.Facts;

/// <summary>Agreements as facts: kind, title, parties, date and place, and how many matched (counted here, not by the model).</summary>
public static class AgreementFacts
{
    public const int MaxListed = 12;

    /// <summary>The listed agreements and, when there are several, a computed fact with their number.</summary>
    public static IReadOnlyList<Fact> Listing(IReadOnlyList<Agreement> matched)
    {
        var listed = matched.Take(MaxListed).Select(Describe).ToList();
        if (matched.Count < 2) return listed;
        var ids = listed.Select(f => f.Id).ToList();
        var count = new Fact($"{FactKinds.Computed}:count:{string.Join(',', ids)}", "computed",
        [
            FactField.Of("what", "number of agreements matching the search" + (matched.Count > MaxListed ? $" (the first {MaxListed} are listed)" : "")),
            FactField.Of("count", matched.Count.ToString(CultureInfo.InvariantCulture)),
        ], listed.SelectMany(f => f.Sources).DistinctBy(s => s.DocumentId).ToList());
        return [count, .. listed];
    }

    public static Fact Describe(Agreement a)
    {
        var fields = new List<FactField>
        {
            FactField.Of("kind", a.Kind),
            FactField.Of("title", FactText.Clean(a.Title)),
            FactField.Of("domain", a.Domain),
        };
        if (a.Signed is { } signed) fields.Add(FactField.Of("signed", signed.ToString()));
        if (a.Place is { } place) fields.Add(FactField.Of("place", place));
        fields.Add(FactField.List("parties", a.Parties.Select(p => p.Country is null ? p.Name : $"{p.Name} ({p.Country})")));
        fields.Add(FactField.List("sources", a.Sources.Select(s => s.Published is null ? s.Title : $"{s.Title} ({s.Published})")));
        return new Fact(FactKinds.Agreement + a.Id.ToString(CultureInfo.InvariantCulture), "agreement", fields, a.Sources)
        {
            EntityIds = a.Parties.Select(p => p.EntityId).OfType<string>().ToList(),
        };
    }

    /// <summary>The tool's filters: each one optional, all of them must hold.</summary>
    public static IReadOnlyList<Agreement> Filter(IReadOnlyList<Agreement> all, EntityIndex entities, string? topic, string? place, string? party, PartialDate? from, PartialDate? to)
    {
        IEnumerable<Agreement> found = all;
        if (from is { } f) found = found.Where(a => a.Signed is { } s && s.End >= f.Start);
        if (to is { } t) found = found.Where(a => a.Signed is { } s && s.Start <= t.End);
        if (Present(place) is { } p)
        {
            var names = NamesOf(entities, p);
            found = found.Where(a => a.Place is { } at && names.Contains(TextNormalizer.Fold(at)));
        }
        if (Present(party) is { } who)
        {
            var entity = entities.Resolve(who);
            var keys = AliasKeys.ForAlias(who);
            found = found.Where(a => a.Parties.Any(x => entity is not null ? x.EntityId == entity.Id : keys.All(AliasKeys.ForText(x.Name).Contains)));
        }
        if (Present(topic) is { } about)
        {
            var keys = AliasKeys.ForAlias(about);
            var folded = TextNormalizer.Fold(about);
            found = found.Where(a => a.Domain == folded || keys.Any(AliasKeys.ForText($"{a.Title} {a.Domain}").Contains));
        }
        return found.ToList();
    }

    static string? Present(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>A place in any spelling: "Астана" finds agreements signed in "Astana".</summary>
    static HashSet<string> NamesOf(EntityIndex entities, string place)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { TextNormalizer.Fold(place) };
        if (entities.Resolve(place) is { } e)
            foreach (var alias in e.Aliases.Append(e.Name)) names.Add(TextNormalizer.Fold(alias));
        return names;
    }
}
