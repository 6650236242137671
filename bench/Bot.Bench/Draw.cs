namespace Bot.Bench;

/// <summary>Seeded choices for the synthetic corpus: the same seed gives the same documents and questions on every run.</summary>
internal static class Draw
{
    public static T One<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    /// <summary>Word frequencies in news follow Zipf's law: a few words are everywhere, most are rare; FTS costs depend on that shape.</summary>
    public static T Zipf<T>(this Random rng, IReadOnlyList<T> items)
    {
        // Inverse of a continuous 1/x distribution over ranks 1..n: rank 1 is drawn about ln(n) times as often as the median.
        var rank = (int)Math.Floor(Math.Exp(rng.NextDouble() * Math.Log(items.Count + 1))) - 1;
        return items[Math.Clamp(rank, 0, items.Count - 1)];
    }

    public static List<T> Several<T>(this Random rng, IReadOnlyList<T> items, int count)
    {
        var picked = new List<T>(count);
        for (var guard = 0; picked.Count < Math.Min(count, items.Count) && guard < count * 10; guard++)
        {
            var item = rng.One(items);
            if (!picked.Contains(item)) picked.Add(item);
        }
        return picked;
    }
}
