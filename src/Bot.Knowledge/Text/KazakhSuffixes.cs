using System.Text.Json;

namespace Bot.Knowledge.Text;

/// <summary>Kazakh suffix stripping from the rules in kazakh-suffixes.json: "Қазақстандағы" → "қазақстан", "келіссөздерді" → "келіссөз".</summary>
public static class KazakhSuffixes
{
    sealed record RuleFile(int MinStem, int MaxStrips, List<string> Suffixes);

    // New options for the one read, not kept: see VocabularyFile.
    static JsonSerializerOptions JsonOptions => new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    static readonly RuleFile Rules = Load();

    // Longest first, so "лардың" is tried before "ың"-less "лар".
    static readonly string[] Ordered = [.. Rules.Suffixes.OrderByDescending(s => s.Length)];

    public static string Strip(string folded)
    {
        var word = folded;
        for (var strips = 0; strips < Rules.MaxStrips; strips++)
        {
            var suffix = Ordered.FirstOrDefault(s => word.Length - s.Length >= Rules.MinStem && word.EndsWith(s, StringComparison.Ordinal));
            if (suffix is null) break;
            word = word[..^suffix.Length];
        }
        return word;
    }

    /// <summary>The word with its last suffix off ("Варнаның" → "варна", "саудасын" → "сауда"): its bare form, where <see cref="Strip"/> may cut into the stem of a foreign name.</summary>
    public static string StripOnce(string folded) =>
        Ordered.FirstOrDefault(s => folded.Length - s.Length >= Rules.MinStem && folded.EndsWith(s, StringComparison.Ordinal)) is { } suffix ? folded[..^suffix.Length] : folded;

    static RuleFile Load()
    {
        using var stream = typeof(KazakhSuffixes).Assembly.GetManifestResourceStream("kazakh-suffixes.json")
            ?? throw new InvalidOperationException("kazakh-suffixes.json resource missing");
        return JsonSerializer.Deserialize<RuleFile>(stream, JsonOptions)!;
    }
}
