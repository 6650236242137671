using System.Text.RegularExpressions;

namespace Bot.Knowledge.Metrics;

/// <summary>
/// The words that tie a figure to Kazakhstan or Bulgaria and how: as its owner ("Kazakh", "Болгарии", "Қазақстанның"),
/// its origin ("from Bulgaria", "из Болгарии") or its destination ("to Kazakhstan", "в Болгарию", "Болгарияға").
/// </summary>
public sealed class CountryRoles
{
    public enum Role { Owner, Origin, Destination }

    public sealed record Mention(int Index, int Length, string Country, Role Role);

    readonly Regex _pattern;
    readonly string[] _countries;

    internal CountryRoles(Dictionary<string, Dictionary<string, List<string>>> countries)
    {
        _countries = [.. countries.Keys];
        // One alternation over every cue, longest first, each in a group named for its country and role: a text is
        // scanned once, and "в экономику Казахстана" is a destination before "Казахстана" can be read as an owner.
        var cues = from c in countries from r in c.Value from cue in r.Value select (Group: $"{c.Key}_{r.Key}", Cue: cue);
        var alternatives = cues.OrderByDescending(x => x.Cue.Length).Select(x => $"(?<{x.Group}>{CuePattern.Alternation([x.Cue])})");
        _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', alternatives)})(?![\p{{L}}])", CuePattern.Options | RegexOptions.Compiled);
    }

    /// <summary>The other country of the pair.</summary>
    public string Other(string country) => _countries.First(c => c != country);

    public List<Mention> Find(string text, int from, int to)
    {
        var found = new List<Mention>();
        foreach (Match m in _pattern.Matches(text[..to], from))
            foreach (Group g in m.Groups)
                if (g.Success && g.Name.Contains('_'))
                {
                    var parts = g.Name.Split('_');
                    found.Add(new Mention(m.Index, m.Length, parts[0], Enum.Parse<Role>(parts[1], ignoreCase: true)));
                    break;
                }
        return found;
    }
}
