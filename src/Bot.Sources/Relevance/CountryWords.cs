using Bot.Knowledge.Text;

namespace Bot.Sources.Relevance;

/// <summary>
/// The two countries' names and adjectives in the four languages, by folded prefix ("казахстанск…", "българск…",
/// "қазақстан…"). They back up the entity catalog, so the filter works on a store with no entities loaded.
/// </summary>
public static class CountryWords
{
    static readonly string[] Kazakhstan = ["kazakh", "kazakstan", "qazaq", "казах", "қазақ", "казакстан"];
    static readonly string[] Bulgaria = ["bulgari", "bălgari", "balgari", "болгар", "българ"];

    /// <summary>"KZ" and/or "BG" for the countries the text names.</summary>
    public static HashSet<string> In(string text)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Tokenizer.Words(text))
        {
            var folded = TextNormalizer.Fold(word);
            if (Kazakhstan.Any(p => folded.StartsWith(p, StringComparison.Ordinal))) found.Add("KZ");
            else if (Bulgaria.Any(p => folded.StartsWith(p, StringComparison.Ordinal))) found.Add("BG");
            if (found.Count == 2) break;
        }
        return found;
    }
}
