using System.Text.Json.Serialization;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Spans;

/// <summary>The span finders' language knowledge (embedded spans.json).</summary>
public sealed class SpanWords
{
    sealed record SpanFile(
        Dictionary<string, double> Multiples,
        [property: JsonPropertyName("counted_skip")] Dictionary<string, List<string>> CountedSkip,
        [property: JsonPropertyName("ordinal_suffixes")] Dictionary<string, List<string>> OrdinalSuffixes);

    public static SpanWords Default { get; } = Load();

    /// <summary>Folded word → the multiple it states on its own ("elevenfold" → 11, "вчетверо" → 4).</summary>
    public IReadOnlyDictionary<string, double> Multiples { get; }

    /// <summary>Folded words that may stand between a number and what it counts.</summary>
    public IReadOnlySet<string> CountedSkip { get; }

    /// <summary>Folded endings that make a hyphenated number an ordinal ("5-й", "5-ші").</summary>
    public IReadOnlySet<string> OrdinalSuffixes { get; }

    SpanWords(SpanFile file)
    {
        Multiples = file.Multiples.ToDictionary(m => TextNormalizer.Fold(m.Key), m => m.Value, StringComparer.Ordinal);
        CountedSkip = file.CountedSkip.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        OrdinalSuffixes = file.OrdinalSuffixes.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    }

    static SpanWords Load() => new(EmbeddedJson.Load<SpanFile>("spans.json"));
}
