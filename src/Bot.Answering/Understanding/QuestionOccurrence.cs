using System.Text.Json.Serialization;
using Bot.Answering.Lexicon;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Understanding;

/// <summary>Which time of a thing done more than once a question asks about.</summary>
public enum Occurrence
{
    Any,
    /// <summary>"When did Zhelev first visit", "впервые", "за първи път", "алғаш рет".</summary>
    First,
    /// <summary>"When did he last visit", "в последний раз", "за последен път", "соңғы рет".</summary>
    Last,
}

/// <summary>
/// Reads from a question whether it asks the first or the last time of what it names (embedded occurrence.json), and
/// whether evidence says its time was the last. "Last year", "последние пять лет" are periods, not times.
/// </summary>
public sealed class QuestionOccurrence
{
    sealed record OccurrenceFile(
        Dictionary<string, List<string>> First, Dictionary<string, List<string>> Last,
        [property: JsonPropertyName("not_before")] Dictionary<string, List<string>> NotBefore,
        [property: JsonPropertyName("stated_last")] Dictionary<string, List<string>> StatedLast);

    public static QuestionOccurrence Default { get; } = new(EmbeddedJson.Load<OccurrenceFile>("occurrence.json"));

    readonly List<string[]> _first;
    readonly List<string[]> _last;
    readonly List<string[]> _statedLast;
    readonly HashSet<string> _notBefore;

    QuestionOccurrence(OccurrenceFile file)
    {
        _first = Phrases(file.First);
        _last = Phrases(file.Last);
        _statedLast = Phrases(file.StatedLast);
        _notBefore = file.NotBefore.Values.SelectMany(v => v).Select(TextNormalizer.Fold).ToHashSet(StringComparer.Ordinal);
    }

    static List<string[]> Phrases(Dictionary<string, List<string>> byLanguage) =>
        byLanguage.Values.SelectMany(v => v).Select(p => Tokenizer.Words(p).Select(TextNormalizer.Fold).ToArray()).Where(p => p.Length > 0)
            .OrderByDescending(p => p.Length).ToList();

    /// <summary>The time the question asks of, from its folded words.</summary>
    public Occurrence Of(IReadOnlyList<string> folded) => Read(folded).Time;

    /// <summary>The time the question asks of, and the words that say so.</summary>
    public (Occurrence Time, IReadOnlySet<string> Words) Read(IReadOnlyList<string> folded)
    {
        for (var i = 0; i < folded.Count; i++)
        {
            if (MatchAt(_first, folded, i) is var f and > 0) return (Occurrence.First, folded.Skip(i).Take(f).ToHashSet(StringComparer.Ordinal));
            if (MatchAt(_last, folded, i) is var n and > 0 && !PeriodAfter(folded, i + n)) return (Occurrence.Last, folded.Skip(i).Take(n).ToHashSet(StringComparer.Ordinal));
        }
        return (Occurrence.Any, None);
    }

    static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>The text says its time was the last ("the last visit", "последний визит", "соңғы сапары").</summary>
    public bool SaysLast(string text)
    {
        var folded = Tokenizer.Words(text).Select(TextNormalizer.Fold).ToList();
        for (var i = 0; i < folded.Count; i++)
            if (MatchAt(_statedLast, folded, i) is var n and > 0 && !PeriodAfter(folded, i + n)) return true;
        return false;
    }

    /// <summary>"Last year", "последние пять лет", "соңғы 10 жылда": a period or a count follows.</summary>
    bool PeriodAfter(IReadOnlyList<string> folded, int at) =>
        at < folded.Count && (_notBefore.Contains(folded[at]) || folded[at].All(char.IsDigit) || CalendarWords.SmallNumber(folded[at]) is not null);

    static int MatchAt(List<string[]> phrases, IReadOnlyList<string> folded, int at)
    {
        foreach (var phrase in phrases)
        {
            if (at + phrase.Length > folded.Count) continue;
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++) all = folded[at + k] == phrase[k];
            if (all) return phrase.Length;
        }
        return 0;
    }
}
