namespace Bot.Sources.Dedup;

/// <summary>
/// The articles already taken in (within Sources:NearDuplicateWindow), and the test a new one must pass to be more
/// than a copy of one of them: not the same words (exact hash), and not a light edit — estimated Jaccard similarity
/// of word 3-shingles at or above the threshold while bringing no number the earlier copy lacked.
/// </summary>
public sealed class DuplicateFinder(double threshold)
{
    /// <summary>Below this many shingles (about a sentence) similarity says little: only exact copies are caught.</summary>
    public const int MinShingles = 20;

    sealed record Known(string Url, ArticleFingerprint Fingerprint);

    readonly Dictionary<string, string> _byHash = new(StringComparer.Ordinal);
    readonly List<Known> _known = [];

    public void Add(string url, ArticleFingerprint fingerprint)
    {
        _byHash.TryAdd(fingerprint.ContentHash, url);
        if (fingerprint.Shingles >= MinShingles) _known.Add(new Known(url, fingerprint));
    }

    /// <returns>Why the article is a duplicate, or null when it is new. A page's own earlier version does not count.</returns>
    public string? Check(string url, ArticleFingerprint fingerprint)
    {
        if (_byHash.TryGetValue(fingerprint.ContentHash, out var same) && same != url) return $"duplicate: same text as {same}";
        if (fingerprint.Shingles < MinShingles) return null;
        foreach (var known in _known)
        {
            if (known.Url == url) continue;
            var similarity = MinHash.Similarity(fingerprint.Signature, known.Fingerprint.Signature, threshold);
            // A templated report (monthly trade, say) with new figures is news even when its wording is not.
            if (similarity >= threshold && fingerprint.Numbers.IsSubsetOf(known.Fingerprint.Numbers))
                return $"near-duplicate of {known.Url} (similarity {similarity.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)})";
        }
        return null;
    }
}
