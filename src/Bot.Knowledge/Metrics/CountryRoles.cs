namespace Bot.Knowledge.Metrics;

/// <summary>
/// The words that tie a figure to Kazakhstan or Bulgaria and how: as its owner ("Kazakh", "Болгарии", "Қазақстанның"),
/// its origin ("from Bulgaria", "из Болгарии") or its destination ("to Kazakhstan", "в Болгарию", "Болгарияға").
/// </summary>
public sealed class CountryRoles
{
    /// <summary>
    /// Owner, origin, destination; and maker, a country's adjective ("Bulgarian", "болгарского", "казахстанской"): the owner of
    /// the flow word it stands right before ("Bulgarian imports"), else where the goods it qualifies come from ("imports of
    /// Bulgarian wine", "Импорт болгарского вина в Казахстан" — Kazakhstan's imports).
    /// </summary>
    public enum Role { Owner, Origin, Destination, Maker }

    public sealed record Mention(int Index, int Length, string Country, Role Role);

    readonly CueMatcher<(string Country, Role Role)> _cues;
    readonly string[] _countries;

    internal CountryRoles(Dictionary<string, Dictionary<string, List<string>>> countries)
    {
        _countries = [.. countries.Keys];
        _cues = new CueMatcher<(string, Role)>(
            from c in countries from r in c.Value from cue in r.Value select (cue, (c.Key, Enum.Parse<Role>(r.Key, ignoreCase: true))));
    }

    /// <summary>The other country of the pair.</summary>
    public string Other(string country) => _countries.First(c => c != country);

    /// <summary>The country is one of the pair (its code: "KZ", "BG").</summary>
    public bool InPair(string country) => _countries.Contains(country, StringComparer.Ordinal);

    public List<Mention> Find(string text, int from, int to) =>
        _cues.Find(text, from, to).Select(h => new Mention(h.Index, h.Length, h.Value.Country, h.Value.Role)).ToList();
}
