using Bot.Knowledge.Entities;
using Bot.Knowledge.Text;

namespace Bot.Sources.Relevance;

/// <summary>
/// Keeps an article only when it is about both countries: each named directly (<see cref="CountryWords"/>), or through
/// one of its people, places or institutions the store knows (Tokayev, Burgas, Kazpost, Sofia University…) in any
/// spelling. A story about Kazakhstan and Uzbekistan, or about Bulgaria alone, is not ours to store. Entity matches are
/// held to two extra rules against common words: an alias of one word counts only where the text capitalises it
/// ("Oral" the city, not an oral agreement), and an alias of institution words alone counts not at all (<see cref="GenericNames"/>).
/// </summary>
public sealed class CooperationFilter(EntityIndex entities)
{
    public bool IsAbout(string text, out string reason)
    {
        var countries = CountryWords.In(text);
        if (countries.Count < 2) AddFromEntities(text, countries);
        reason = countries.Count switch
        {
            2 => "",
            1 => $"off-topic: about {(countries.Contains("KZ") ? "Kazakhstan" : "Bulgaria")} only",
            _ => "off-topic: about neither Kazakhstan nor Bulgaria",
        };
        return countries.Count == 2;
    }

    void AddFromEntities(string text, HashSet<string> countries)
    {
        var capitalized = AliasKeys.ForText(string.Join(' ', Tokenizer.Words(text).Where(w => char.IsUpper(w[0]))));
        foreach (var match in entities.FindIn(text))
        {
            if (match.Entity.Country is not ("KZ" or "BG") || GenericNames.IsGeneric(match.Keys)) continue;
            if (match.Keys.Count == 1 && !capitalized.Contains(match.Keys.First())) continue;
            countries.Add(match.Entity.Country);
        }
    }
}
