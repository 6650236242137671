using Bot.Knowledge.Entities;

namespace Bot.Knowledge.Ingestion.Reading;

/// <summary>
/// Whether a text is about Kazakhstan and Bulgaria both: each named (in any of the four languages) or present through
/// a person, place or institution of the entity catalog. The store keeps a page it was given whatever it is about, but
/// not another story the page happened to carry (<see cref="AppendedArticles"/>): "Radev and Mirziyoyev signed 14
/// documents in Tashkent" is not a Kazakh–Bulgarian fact, and stored it would answer a question about Radev's visit to
/// Astana. An entity named by one word counts only where the text capitalises it, as in the feed monitor's test.
/// </summary>
public static class BothCountries
{
    public static bool Named(SourceDocument doc, EntityIndex entities) => Named(doc.Title + "\n" + string.Join("\n", doc.Paragraphs), entities);

    public static bool Named(string text, EntityIndex entities)
    {
        var found = Gazetteer.CountryCues(text).Select(c => c.Country).ToHashSet(StringComparer.Ordinal);
        if (found.Count == 2) return true;
        foreach (var match in entities.FindIn(text))
        {
            if (match.Entity.Country is not ("KZ" or "BG")) continue;
            if (match.Keys.Count == 1 && !Capitalised(text, match.Alias)) continue;
            if (found.Add(match.Entity.Country) && found.Count == 2) return true;
        }
        return false;
    }

    static bool Capitalised(string text, string alias)
    {
        var at = text.IndexOf(alias, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && char.IsUpper(text[at]);
    }
}
