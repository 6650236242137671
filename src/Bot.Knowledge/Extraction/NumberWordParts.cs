using Bot.Knowledge.Text;

namespace Bot.Knowledge.Extraction;

/// <summary>
/// The words of a number written in words besides its whole numbers (calendar.json): decimals and fractions
/// ("sixty-three point nine", "шестьдесят три целых девять десятых", "алпыс үш бүтін оннан тоғыз"), a half ("три с
/// половиной", "полтора"), a number glued to the unit of an adjective ("двухдневный", "двудневно"), and a scale word standing for
/// one of its scale ("nearly a thousand", "около тысячи", "мыңға жуық").
/// </summary>
internal static class NumberWordParts
{
    static readonly CalendarWords.FractionWords F = CalendarWords.File.NumberFractions;
    static readonly HashSet<string> Points = Folded(F.Point.All);
    static readonly HashSet<string> Wholes = Folded(F.Whole.All);
    static readonly Dictionary<string, int> Denominators = F.Denominators.ToDictionary(p => TextNormalizer.Fold(p.Key), p => p.Value, StringComparer.Ordinal);
    static readonly Dictionary<string, int> DenominatorsBefore = F.DenominatorsBefore.ToDictionary(p => TextNormalizer.Fold(p.Key), p => p.Value, StringComparer.Ordinal);
    static readonly HashSet<string> OneAndAHalves = Folded(F.OneAndAHalf.All);
    static readonly string[][] Halves = [.. F.Half.All.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Fold).ToArray())];
    static readonly (string Prefix, int Value)[] Prefixes = [.. CalendarWords.File.CompoundNumbers.Prefixes
        .Select(p => (TextNormalizer.Fold(p.Key), p.Value)).OrderByDescending(p => p.Item1.Length)];
    static readonly HashSet<string> LoneBefore = Folded(CalendarWords.File.LoneScaleWords.Before.All);

    // Most words are no scale: only a word starting as one does ("тыс", "хил", "мың", "mil") is tried against the scales.
    static readonly HashSet<string> ScaleStarts = Figures.FigureWords.Default.AllScales.Select(w => TextNormalizer.Fold(w.TrimEnd('*')))
        .Where(w => w.Length >= 3).Select(w => w[..3]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Words a number's part starts with, beside the number words themselves: the first parts of compounds, "one and a half", and the first letters of the scales.</summary>
    internal static IEnumerable<string> Starts => Prefixes.Select(p => p.Prefix).Concat(OneAndAHalves).Concat(ScaleStarts);

    static HashSet<string> Folded(IEnumerable<string> words) => words.Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    public static bool IsPoint(string folded) => Points.Contains(folded);

    public static bool IsWhole(string folded) => Wholes.Contains(folded);

    /// <summary>A word worth one and a half on its own ("полтора", "полутора").</summary>
    public static bool IsOneAndAHalf(string folded) => OneAndAHalves.Contains(folded);

    public static int? Denominator(string folded) => Denominators.TryGetValue(folded, out var d) ? d : null;

    public static int? DenominatorBefore(string folded) => DenominatorsBefore.TryGetValue(folded, out var d) ? d : null;

    public static bool IsLoneScaleArticle(string folded) => LoneBefore.Contains(folded);

    /// <summary>How many words from <paramref name="at"/> say "and a half", or 0.</summary>
    public static int HalfAt(Func<int, string?> foldedWordAt, int at)
    {
        foreach (var half in Halves)
        {
            var k = 0;
            while (k < half.Length && foldedWordAt(at + k) == half[k]) k++;
            if (k == half.Length) return k;
        }
        return 0;
    }

    /// <summary>The number a word starts with when the rest of it names a unit ("двухдневный" → 2, 4 letters), else null.</summary>
    public static (int Value, int Length)? Glued(string folded)
    {
        foreach (var (prefix, value) in Prefixes)
            if (folded.Length > prefix.Length + 2 && folded.StartsWith(prefix, StringComparison.Ordinal)
                && QuantityFinder.UnitOf(folded[prefix.Length..]) is not null)
                return (value, prefix.Length);
        return null;
    }

    /// <summary>The scale a word names on its own ("тысячи", "хиляда", "мыңға" with its case ending), or null.</summary>
    public static string? Scale(string folded)
    {
        if (folded.Length < 3 || !ScaleStarts.Contains(folded[..3])) return null;
        foreach (var form in TextNormalizer.IsCyrillic(folded) ? [folded, KazakhSuffixes.Strip(folded)] : new[] { folded })
            if (NumberReader.WholeScale(form) is { } scale) return scale;
        return null;
    }
}
