using System.Text.RegularExpressions;
using Bot.Knowledge.Extraction.Vocabulary;
using Bot.Knowledge.Model;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Facts;

/// <summary>The hand-read gold file of agreements, events and roles (Gold/devcorpus-facts.json).</summary>
internal sealed record GoldFacts(List<GoldAgreement> Agreements, List<GoldEvent> Events, List<GoldRole> Roles);

/// <summary>
/// An agreement a document states: kind, signing date, place, parties and a word its title holds. The same agreement
/// told by another document more precisely ("9 June 2025" where this one says "June") is stored with the finer date:
/// a date inside the stated one matches.
/// </summary>
internal sealed record GoldAgreement(
    string Doc, string Kind, string Signed, string? Place, List<string> Parties,
    [property: System.Text.Json.Serialization.JsonPropertyName("party_ids")] List<string>? PartyIds, string Topic, string Quote)
{
    public bool Matches(string doc, Agreement a) =>
        doc == Doc && a.Kind == Kind && a.Signed is { } signed && PartialDate.Parse(Signed) is { } stated && signed.Start >= stated.Start && signed.End <= stated.End
        && (Place is null || a.Place == Place)
        && a.Parties.Select(p => p.Country).OfType<string>().Distinct().Order(StringComparer.Ordinal).SequenceEqual(Parties)
        && (PartyIds is null || a.Parties.Select(p => p.EntityId).OfType<string>().Distinct().Order(StringComparer.Ordinal).SequenceEqual(PartyIds))
        && Regex.IsMatch(a.Title, Topic, RegexOptions.IgnoreCase);

    public override string ToString() => $"{Doc}: {Kind} {Signed} {Place} {string.Join('+', Parties)} /{Topic}/ «{Quote}»";
}

/// <summary>An event a document states; an extracted date inside the stated one matches (a day of a stated month).</summary>
internal sealed record GoldEvent(string Doc, string Kind, string? Start, string? Actor, string? Place, int? Ordinal, string Quote)
{
    public bool Matches(string doc, Event e) =>
        doc == Doc && e.Kind == Kind
        && (Start is null || e.Start is { } s && PartialDate.Parse(Start) is { } g && s.Start >= g.Start && s.End <= g.End)
        && (Actor is null || e.Actors.Concat(e.Counterparts).Any(a => Names.Holds(a.Name, Actor)))
        && (Place is null || e.Place?.EntityId == Place)
        && (Ordinal is null || e.Ordinal == Ordinal);

    public override string ToString() => $"{Doc}: {Kind} {Start} {Actor} {Place} {Ordinal} «{Quote}»";
}

/// <summary>A post a document says someone holds: the person's surname and the title keys that state it.</summary>
internal sealed record GoldRole(string Doc, string Person, List<string> Titles, string Quote)
{
    public bool Matches(string doc, Event e) =>
        doc == Doc && e.Kind == EventKinds.Role && e.RoleTitle is { } t && Titles.Contains(t) && e.Actors.Any(a => Names.Holds(a.Name, Person));

    public override string ToString() => $"{Doc}: {Person} {string.Join('|', Titles)} «{Quote}»";
}

/// <summary>Whether a name as extracted (any script, any case) holds a surname given in Latin letters.</summary>
internal static class Names
{
    public static bool Holds(string name, string surname)
    {
        var wanted = Skeleton(surname);
        return Tokenizer.Words(name).Select(Skeleton).Any(w => w.StartsWith(wanted, StringComparison.Ordinal) && w.Length - wanted.Length <= 2);
    }

    // Spellings differ ("Tokaev", "Tokayev", "Тоқаев", "Dimitrov", "Димитровым", "Хаджиев" as Hadzhiev or Khadzhiev):
    // consonants compared, a case ending allowed.
    static string Skeleton(string word) =>
        new(Transliterator.ToLatin(TokenList.Fold(word)).Replace("kh", "h", StringComparison.Ordinal).Replace('q', 'k').Where(c => char.IsAsciiLetter(c) && "aeiouyjhw".IndexOf(c) < 0).ToArray());
}
