using Bot.Answering.Evidence;
using Bot.Answering.Lexicon;
using Bot.Answering.Understanding;
using Bot.Knowledge.Entities;
using Bot.Knowledge.Extraction;
using Bot.Knowledge.Text;

namespace Bot.Answering.Conditions;

/// <summary>
/// "When were the previous political consultations held?" over a release on this year's round whose background
/// paragraph tells of the one before: the round the release reports ("On 21 October … held political consultations") is
/// not the previous one. A question calling the round previous or earlier is answered by a sentence that says so, or by
/// the sentence right after one that does ("Тогда болгарскую делегацию возглавляла …"); a sentence stating neither
/// answers for another round. Words in held-events.json.
/// </summary>
public sealed class PreviousRound : EvidenceCondition
{
    public static PreviousRound Default { get; } = new(EmbeddedJson.Load<RoundFile>("held-events.json"));

    readonly Words _previous;
    readonly Words _rounds;
    readonly HashSet<string> _bodies;
    readonly int _reach;

    PreviousRound(RoundFile file)
    {
        _previous = new Words(file.Previous);
        _rounds = new Words(file.Rounds);
        _bodies = (file.Bodies ?? []).ToHashSet(StringComparer.Ordinal);
        _reach = file.Reach;
        _bounds = new Words(file.Bounds);
    }

    readonly Words _bounds;

    // "before October 2023", "prior to 2023", "2023 жылғы қазанға дейін": the bound stands next to the time, or one word off.
    const int BoundReach = 2;

    /// <summary>
    /// "When were the previous consultations held before October 2023?": the time from <paramref name="start"/> to
    /// <paramref name="end"/> of a question calling the round previous (<see cref="Asks"/>, which the caller reads once per
    /// question) bounds it (a bound word before it, or after it as Kazakh writes it), and is no period its answer must be of.
    /// </summary>
    public bool Bounds(string text, int start, int end) =>
        NearWords.Before(text, start, BoundReach).Any(_bounds.Has) || NearWords.After(text, end, BoundReach).Any(_bounds.Has);

    sealed record RoundFile(
        [property: System.Text.Json.Serialization.JsonPropertyName("previous_words")] Dictionary<string, List<string>>? Previous,
        [property: System.Text.Json.Serialization.JsonPropertyName("round_words")] Dictionary<string, List<string>>? Rounds,
        [property: System.Text.Json.Serialization.JsonPropertyName("bilateral_bodies")] List<string>? Bodies,
        [property: System.Text.Json.Serialization.JsonPropertyName("previous_reach")] int Reach,
        [property: System.Text.Json.Serialization.JsonPropertyName("bound_words")] Dictionary<string, List<string>>? Bounds);

    public override string Name => "round";

    public override bool Key => true;

    public override Verdict Judge(Question q, ScoredWindow w, EntityIndex entities)
    {
        if (!Asks(q.Text)) return Verdict.Met;
        return Asks(w.Window.Sentence) || w.Window.Before is { } before && Asks(before) ? Verdict.Met : Verdict.NotStated;
    }

    /// <summary>A neighbour sentence an answer is read from tells of the previous round too, or follows the window's own sentence that does.</summary>
    public static bool Agrees(Question q, EvidenceWindow window, string sentence) =>
        !Default.Asks(q.Text) || Default.Asks(sentence) || sentence == window.After && Default.Asks(window.Sentence);

    /// <summary>Whether a text calls a round, session or meeting the previous or an earlier one.</summary>
    public bool Asks(string text)
    {
        var words = Tokenizer.Words(TextNormalizer.Fold(text)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!_previous.Has(words[i])) continue;
            for (var j = i + 1; j < words.Count && j <= i + _reach; j++)
            {
                if (_rounds.Has(words[j]) || DomainLexicon.Default.ConceptsOfWord(words[j]).Any(_bodies.Contains)) return true;
                // "в прошлом году заседание": a previous year, not a previous round.
                if (CalendarWords.IsTimeWord(words[j]) || words[j].Any(char.IsDigit)) break;
            }
        }
        return false;
    }

    /// <summary>Folded words, those ending in '*' standing for any word they begin.</summary>
    sealed class Words
    {
        readonly HashSet<string> _whole = new(StringComparer.Ordinal);
        readonly List<string> _stems = [];

        public Words(Dictionary<string, List<string>>? byLanguage)
        {
            foreach (var word in (byLanguage ?? []).Values.SelectMany(v => v).Select(TextNormalizer.Fold))
                if (word.EndsWith('*')) _stems.Add(word.TrimEnd('*'));
                else _whole.Add(word);
        }

        public bool Has(string folded) => _whole.Contains(folded) || _stems.Exists(s => folded.StartsWith(s, StringComparison.Ordinal));
    }
}
