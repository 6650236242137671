using System.Globalization;
using System.Text;

namespace Bot.Bench;

/// <summary>Fills "{slot}" placeholders: context values first (the article's city, year…), then invented names, numbers and slot words.</summary>
internal static class Template
{
    public static string Fill(Random rng, string template, IReadOnlyDictionary<string, string[]> slots, IReadOnlyDictionary<string, string> context)
    {
        var sb = new StringBuilder(template.Length + 64);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0) { sb.Append(template, i, template.Length - i); break; }
            var close = template.IndexOf('}', open);
            sb.Append(template, i, open - i);
            sb.Append(Value(rng, template[(open + 1)..close], slots, context));
            i = close + 1;
        }
        return sb.ToString();
    }

    static string Value(Random rng, string slot, IReadOnlyDictionary<string, string[]> slots, IReadOnlyDictionary<string, string> context)
    {
        if (context.TryGetValue(slot, out var fixedValue)) return fixedValue;
        return slot switch
        {
            "n" => rng.Next(2, 900).ToString(CultureInfo.InvariantCulture),
            "pct" => (rng.Next(15, 450) / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
            "year" => rng.Next(CooperationWorld.FirstYear, CooperationWorld.LastYear + 3).ToString(CultureInfo.InvariantCulture),
            "company" => NameForge.Company(rng, rng.Chance(0.5) ? "KZ" : "BG"),
            "kzperson" => NameForge.Person(rng, "KZ"),
            "bgperson" => NameForge.Person(rng, "BG"),
            "village" => NameForge.Village(rng),
            "project" => NameForge.Project(rng),
            _ => rng.Zipf(slots[slot]),
        };
    }
}
