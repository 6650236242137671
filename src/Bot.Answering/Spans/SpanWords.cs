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
        [property: JsonPropertyName("clause_joiners")] Dictionary<string, List<string>> ClauseJoiners,
        [property: JsonPropertyName("modifier_endings")] Dictionary<string, List<string>> ModifierEndings,
        [property: JsonPropertyName("change_markers")] Dictionary<string, List<string>> ChangeMarkers,
        [property: JsonPropertyName("count_nouns")] Dictionary<string, List<string>> CountNouns,
        [property: JsonPropertyName("learning_verbs")] Dictionary<string, List<string>> LearningVerbs);

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

    /// <summary>Folded endings of past participles, longest first ("подписанными", "signed", "қол қойылған").</summary>
    public IReadOnlyList<string> ModifierEndings { get; }

    // Letters that must stand before a modifier's ending: "red" is no "-ed" participle, "signed" is.
    const int ModifierStem = 3;

    /// <summary>The word reads as a past participle by its ending.</summary>
    public bool IsModifier(string folded) => ModifierEndings.Any(e => folded.Length - e.Length >= ModifierStem && folded.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Folded words that, after a word of growth or decline, put the amount after them as a change ("by", "на", "с").</summary>
    public IReadOnlySet<string> ChangeMarkers { get; }

    /// <summary>Folded words for the number of something ("number", "число", "броят", "саны").</summary>
    public IReadOnlySet<string> CountNouns { get; }

    /// <summary>Folded verbs of learning a language ("study", "изучават", "оқиды"): a country word after one names the language.</summary>
    public IReadOnlySet<string> LearningVerbs { get; }

    SpanWords(SpanFile file)
    {
        LearningVerbs = WithKazakhLatin(file.LearningVerbs).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        CountNouns = WithKazakhLatin(file.CountNouns).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        ChangeMarkers = WithKazakhLatin(file.ChangeMarkers).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
        ModifierEndings = file.ModifierEndings.SelectMany(p => p.Value).Select(TextNormalizer.Fold).Distinct(StringComparer.Ordinal).OrderByDescending(e => e.Length).ToList();
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
