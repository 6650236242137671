using Bot.Knowledge.Text;

namespace Bot.Sources.Relevance;

/// <summary>
/// The two countries named by their names and adjectives in the four languages, by folded prefix (relevance.json).
/// They back up the entity catalog, so the filter works on a store with no entities loaded.
/// </summary>
public static class CountryWords
{
    static readonly IReadOnlyList<(string Country, string Prefix)> Prefixes =
        [.. RelevanceWords.Default.CountryPrefixes.SelectMany(c => c.Value.Select(p => (c.Key, TextNormalizer.Fold(p))))];

    /// <summary>"KZ" and/or "BG" for the countries the text names.</summary>
    public static HashSet<string> In(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Tokenizer.Words(text))
        {
            var folded = TextNormalizer.Fold(word);
            foreach (var (country, prefix) in Prefixes)
                if (folded.StartsWith(prefix, StringComparison.Ordinal)) found.Add(country);
            if (found.Count == 2) break;
        }
        return found;
    }
}
