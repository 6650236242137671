namespace Bot.Sources.Dedup;

/// <summary>
/// MinHash over word 3-shingles: the share of positions two signatures agree on estimates the Jaccard similarity of
/// their shingle sets (128 hashes: ±0.035 standard error at 0.8). Shingles of three words, not single words, so that
/// two different stories on the same subject, which share vocabulary but not phrasing, stay far apart.
/// </summary>
public static class MinHash
{
    public const int Size = 128;
    const int ShingleWords = 3;

    public static (uint[] Signature, int Shingles) Sign(IReadOnlyList<string> words)
    {
        var signature = new uint[Size];
        Array.Fill(signature, uint.MaxValue);
        var shingles = 0;
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var (h1, h2) = ShingleHashes(words, i);
            shingles++;
            // Kirsch–Mitzenmacher: h1 + k·h2 behaves as 128 independent hash functions for this purpose.
            for (var k = 0; k < Size; k++)
            {
                var h = (uint)(Mix(h1 + (ulong)k * h2) >> 32);
                if (h < signature[k]) signature[k] = h;
            }
        }
        return (signature, shingles);
    }

    /// <summary>Estimated Jaccard similarity, or a value below <paramref name="floor"/> as soon as it cannot reach it.</summary>
    public static double Similarity(uint[] a, uint[] b, double floor = 0)
    {
        var allowedMisses = (int)Math.Floor((1 - floor) * Size);
        var misses = 0;
        for (var k = 0; k < Size; k++)
            if (a[k] != b[k] && ++misses > allowedMisses) return (double)(Size - misses) / Size;
        return (double)(Size - misses) / Size;
    }

    static (ulong, ulong) ShingleHashes(IReadOnlyList<string> words, int start)
    {
        // FNV-1a over the shingle's characters with a separator, then two differently seeded finalizers.
        var h = 14695981039346656037UL;
        for (var w = start; w < start + ShingleWords; w++)
        {
            foreach (var c in words[w])
            {
                h ^= c;
                h *= 1099511628211UL;
            }
            h ^= 0x1F;
            h *= 1099511628211UL;
        }
        return (Mix(h), Mix(h ^ 0x9E3779B97F4A7C15UL) | 1);
    }

    // SplitMix64's finalizer: FNV alone leaves the high bits poorly mixed.
    static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
