using System.Globalization;
using Bot.Knowledge.Model;

namespace Bot.Answering.Figures;

/// <summary>
/// Figures of one metric and period that say the same thing at different precision: "USD 375 million, four times" in
/// one source and "USD 375.2 million, 3.9 times" in another are one figure rounded, not a disagreement. Each value is as
/// precise as its source wrote it (375 to the million, 375.2 to the hundred thousand); two agree when they differ by
/// no more than half the coarser one's last stated digit, with the same unit, and the coarser one's qualifier is the
/// precise one's or "about" ("около 211 млн" beside "211,4 млн"). A cluster is headed by its most precise value.
/// </summary>
public static class RoundedAgreement
{
    public sealed record Cluster(IReadOnlyList<Figure> Head, IReadOnlyList<IReadOnlyList<Figure>> Rounded)
    {
        public IEnumerable<Figure> All => Head.Concat(Rounded.SelectMany(r => r));
    }

    /// <summary>Groups of equal stated values, joined into clusters of values that agree when rounded.</summary>
    public static List<Cluster> Of(IEnumerable<IReadOnlyList<Figure>> sameValueGroups)
    {
        var clusters = new List<(IReadOnlyList<Figure> Head, List<IReadOnlyList<Figure>> Rounded)>();
        foreach (var group in sameValueGroups.OrderBy(g => Step(g[0].Value) * Figure.ScaleFactor(g[0].Scale)))
        {
            var f = group[0];
            var i = clusters.FindIndex(c => c.Head[0].Unit == f.Unit && (c.Head[0].Qualifier == f.Qualifier || f.Qualifier == "about")
                && Agree(c.Head[0].AbsoluteValue, f.AbsoluteValue, Step(f.Value) * Figure.ScaleFactor(f.Scale)));
            if (i < 0) clusters.Add((group, []));
            else clusters[i].Rounded.Add(group);
        }
        return [.. clusters.Select(c => new Cluster(c.Head, c.Rounded))];
    }

    /// <summary>True when <paramref name="precise"/> is written more precisely than <paramref name="coarse"/> and rounds to it.</summary>
    public static bool Refines(double? precise, double? coarse) =>
        precise is { } p && coarse is { } c && Step(p) < Step(c) && Agree(p, c, Step(c));

    /// <summary>The value of the last digit written: 375 → 1, 375.2 → 0.1, 66.65 → 0.01.</summary>
    public static double Step(double value)
    {
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 || text.Contains('E', StringComparison.Ordinal) ? 1 : Math.Pow(10, -(text.Length - dot - 1));
    }

    // A hair of slack for binary fractions: 375.2e6 - 375e6 is not exactly 0.2e6.
    static bool Agree(double precise, double coarse, double coarseStep) => Math.Abs(precise - coarse) <= coarseStep / 2 * (1 + 1e-9);
}
