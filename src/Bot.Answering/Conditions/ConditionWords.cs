using System.Text.Json.Serialization;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>The words conditions are judged by (embedded evidence-conditions.json), folded, read once.</summary>
public sealed class ConditionWords
{
    sealed record ConditionWordFile(
        [property: JsonPropertyName("ordinal_suffixes")] Dictionary<string, List<string>> OrdinalSuffixes,
        [property: JsonPropertyName("anniversary_words")] Dictionary<string, List<string>> AnniversaryWords,
        [property: JsonPropertyName("visit_words")] Dictionary<string, List<string>> VisitWords,
        [property: JsonPropertyName("destination_words")] Dictionary<string, List<string>> DestinationWords,
        [property: JsonPropertyName("destination_endings")] Dictionary<string, List<string>> DestinationEndings,
        [property: JsonPropertyName("origin_words")] Dictionary<string, List<string>> OriginWords,
        [property: JsonPropertyName("origin_endings")] Dictionary<string, List<string>> OriginEndings,
        [property: JsonPropertyName("next_stop_words")] Dictionary<string, List<string>> NextStopWords,
        [property: JsonPropertyName("agent_words")] Dictionary<string, List<string>> AgentWords,
        [property: JsonPropertyName("event_kinds")] List<string> EventKinds,
        [property: JsonPropertyName("place_reach")] int PlaceReach,
        [property: JsonPropertyName("year_words")] Dictionary<string, List<string>> YearWords,
        [property: JsonPropertyName("unfinished")] Dictionary<string, List<string>> Unfinished,
        [property: JsonPropertyName("unfinished_acts")] List<string> UnfinishedActs,
        [property: JsonPropertyName("succession_acts")] List<string> SuccessionActs,
        [property: JsonPropertyName("dated_bodies")] List<string> DatedBodies,
        [property: JsonPropertyName("former_words")] Dictionary<string, List<string>> FormerWords,
        [property: JsonPropertyName("new_words")] Dictionary<string, List<string>> NewWords,
        [property: JsonPropertyName("source_words")] Dictionary<string, List<string>>? SourceWords = null,
        [property: JsonPropertyName("as_of_words")] Dictionary<string, List<string>>? AsOfWords = null);

    public static ConditionWords Default { get; } = new(EmbeddedJson.Load<ConditionWordFile>("evidence-conditions.json"));

    public IReadOnlySet<string> OrdinalSuffixes { get; }
    public IReadOnlySet<string> AnniversaryWords { get; }

    /// <summary>Phrases of a visit, as folded words, longest first.</summary>
    public IReadOnlyList<string[]> VisitPhrases { get; }
    public IReadOnlySet<string> DestinationWords { get; }
    public IReadOnlyList<string> DestinationEndings { get; }
    public IReadOnlySet<string> OriginWords { get; }
    public IReadOnlyList<string> OriginEndings { get; }

    /// <summary>Words marking the stop before the one a question asks ("after", "после", "след"; Kazakh "кейін" after it), folded.</summary>
    public IReadOnlySet<string> NextStopWords { get; }
    /// <summary>Words after which a visit word's object is its visitor ("visited by"), folded.</summary>
    public IReadOnlySet<string> AgentWords { get; }
    public int PlaceReach { get; }

    /// <summary>Lexicon concepts of kinds of event a question may ask of ("consultations", "session", "forum").</summary>
    public IReadOnlySet<string> EventKinds { get; }
    public IReadOnlySet<string> YearWords { get; }

    /// <summary>Phrases saying what was begun was never done, as folded words, longest first.</summary>
    public IReadOnlyList<string[]> Unfinished { get; }
    public IReadOnlySet<string> UnfinishedActs { get; }
    public IReadOnlySet<string> SuccessionActs { get; }

    /// <summary>Lexicon concepts of bodies whose events a date question asks ("embassy", "group", "commission").</summary>
    public IReadOnlySet<string> DatedBodies { get; }

    /// <summary>Phrases before a post that make its holder a past one ("the then", "бывший"), as folded words, longest first.</summary>
    public IReadOnlyList<string[]> FormerWords { get; }

    /// <summary>Phrases before a post that make its holder a new one ("the newly elected", "новоизбрания"), as folded words, longest first.</summary>
    public IReadOnlyList<string[]> NewWords { get; }

    /// <summary>Whether a folded word names the piece a figure was stated in ("interview", "интервью", "сұхбатында").</summary>
    public bool IsSourceWord(string folded) =>
        _sourceWords.Contains(folded) || _sourceStems.Any(s => folded.StartsWith(s, StringComparison.Ordinal));

    /// <summary>Whether a folded word names the knowledge a date is given for ("information", "данным", "ақпарат").</summary>
    public bool IsAsOfWord(string folded) =>
        _asOfWords.Contains(folded) || _asOfStems.Any(s => folded.StartsWith(s, StringComparison.Ordinal));

    readonly HashSet<string> _sourceWords;
    readonly List<string> _sourceStems;
    readonly HashSet<string> _asOfWords;
    readonly List<string> _asOfStems;

    ConditionWords(ConditionWordFile file)
    {
        // One word each: a phrase's first word ("press" of "press release*") would make any "press" a source.
        var sources = (file.SourceWords ?? []).Values.SelectMany(v => v).Where(w => !w.Contains(' ', StringComparison.Ordinal)).Select(w => TextNormalizer.Fold(w)).ToList();
        _sourceWords = sources.Where(w => !w.EndsWith('*')).ToHashSet(StringComparer.Ordinal);
        _sourceStems = sources.Where(w => w.EndsWith('*')).Select(w => w.TrimEnd('*')).ToList();
        var asOf = (file.AsOfWords ?? []).Values.SelectMany(v => v).Select(w => TextNormalizer.Fold(w)).ToList();
        _asOfWords = asOf.Where(w => !w.EndsWith('*')).ToHashSet(StringComparer.Ordinal);
        _asOfStems = asOf.Where(w => w.EndsWith('*')).Select(w => w.TrimEnd('*')).ToList();
        OrdinalSuffixes = Set(file.OrdinalSuffixes);
        AnniversaryWords = Set(file.AnniversaryWords);
        VisitPhrases = Phrases(file.VisitWords);
        DestinationWords = Set(file.DestinationWords);
        DestinationEndings = Endings(file.DestinationEndings);
        OriginWords = Set(file.OriginWords);
        OriginEndings = Endings(file.OriginEndings);
        NextStopWords = Set(file.NextStopWords);
        AgentWords = Set(file.AgentWords);
        PlaceReach = file.PlaceReach;
        EventKinds = file.EventKinds.ToHashSet(StringComparer.Ordinal);
        YearWords = Set(file.YearWords);
        Unfinished = Phrases(file.Unfinished);
        UnfinishedActs = file.UnfinishedActs.ToHashSet(StringComparer.Ordinal);
        SuccessionActs = file.SuccessionActs.ToHashSet(StringComparer.Ordinal);
        DatedBodies = file.DatedBodies.ToHashSet(StringComparer.Ordinal);
        FormerWords = Phrases(file.FormerWords);
        NewWords = Phrases(file.NewWords);
    }

    static List<string[]> Phrases(Dictionary<string, List<string>> byLanguage) =>
        byLanguage.Values.SelectMany(v => v).Select(p => Tokenizer.Words(TextNormalizer.Fold(p)).ToArray())
            .Where(p => p.Length > 0).OrderByDescending(p => p.Length).ToList();

    static HashSet<string> Set(Dictionary<string, List<string>> byLanguage) =>
        byLanguage.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    // Longest first: "дағы" before "да".
    static List<string> Endings(Dictionary<string, List<string>> byLanguage) =>
        byLanguage.Values.SelectMany(v => v).Select(TextNormalizer.Fold).Distinct().OrderByDescending(e => e.Length).ToList();
}
