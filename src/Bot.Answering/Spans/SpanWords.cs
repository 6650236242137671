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
        [property: JsonPropertyName("ordinal_suffixes")] Dictionary<string, List<string>> OrdinalSuffixes,
        [property: JsonPropertyName("people_counters")] Dictionary<string, List<string>> PeopleCounters,
        [property: JsonPropertyName("clause_joiners")] Dictionary<string, List<string>> ClauseJoiners);

    public static SpanWords Default { get; } = Load();

    /// <summary>Folded word → the multiple it states on its own ("elevenfold" → 11, "вчетверо" → 4).</summary>
    public IReadOnlyDictionary<string, double> Multiples { get; }

    /// <summary>Folded words that may stand between a number and what it counts.</summary>
    public IReadOnlySet<string> CountedSkip { get; }

    /// <summary>Folded endings that make a hyphenated number an ordinal ("5-й", "5-ші").</summary>
    public IReadOnlySet<string> OrdinalSuffixes { get; }

    /// <summary>Folded words that count people of any kind ("people", "души", "адам").</summary>
    public IReadOnlySet<string> PeopleCounters { get; }

    /// <summary>Folded words that join two clauses, each with a value of its own ("and", "а", "және").</summary>
    public IReadOnlySet<string> ClauseJoiners { get; }

    SpanWords(SpanFile file)
    {
        ClauseJoiners = WithKazakhLatin(file.ClauseJoiners).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        PeopleCounters = WithKazakhLatin(file.PeopleCounters).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        Multiples = file.Multiples.ToDictionary(m => TextNormalizer.Fold(m.Key), m => m.Value, StringComparer.Ordinal);
        CountedSkip = WithKazakhLatin(file.CountedSkip).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        OrdinalSuffixes = WithKazakhLatin(file.OrdinalSuffixes).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every language's words, the Kazakh ones also as the Kazakh Latin alphabet spells them ("20-dan astam").</summary>
    static IEnumerable<string> WithKazakhLatin(Dictionary<string, List<string>> byLanguage) =>
        byLanguage.SelectMany(p => p.Key == "kk" ? KazakhLatin.WithLatin(p.Value) : p.Value);

    static SpanWords Load() => new(EmbeddedJson.Load<SpanFile>("spans.json"));
}
