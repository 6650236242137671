using Bot.Knowledge.Extraction.Figures;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// Numbers with the unit of measure written after them: "4.5 million tonnes", "11 thousand km", "a two-day visit", "thirty
/// years" in any of the four languages (units in figure-words.json); a number with no unit after it is returned too, with none.
/// </summary>
public static class QuantityFinder
{
    /// <summary>A number (<see cref="Number"/>, its scale included) and the unit after it; <see cref="Length"/> covers both.</summary>
    public sealed record Quantity(NumberReader.Mention Number, string? Unit, int Length)
    {
        public int Index => Number.Index;

        public int End => Index + Length;
    }

    public static List<Quantity> Find(string text) =>
        NumberReader.Find(text).Select(n => UnitAfter(text, n)).ToList();

    /// <summary>Whether a metric's unit is one of the units of measure numbers are read in ("tonnes"; not "currency" or "people").</summary>
    public static bool IsUnit(string unit) => FigureWords.Default.Units.Any(u => u.Unit == unit);

    /// <summary>The unit a word names ("tonnes", "kilometres", "days", with any case ending), or null.</summary>
    public static string? UnitOf(string word)
    {
        var folded = TextNormalizer.Fold(word);
        foreach (var (unit, _, whole) in FigureWords.Default.Units)
            if (whole.IsMatch(folded)) return unit;
        return null;
    }

    static Quantity UnitAfter(string text, NumberReader.Mention n)
    {
        foreach (var (unit, after, _) in FigureWords.Default.Units)
            if (after.Match(text, n.End) is { Success: true } m) return new Quantity(n, unit, m.Index + m.Length - n.Index);
        return new Quantity(n, null, n.Length);
    }
}
